#include "reminders/AutostartEntry.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace toward;
using namespace Qt::StringLiterals;

namespace {

QString contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("The autostart entry starts Toward hidden and goes away when turned off", "[autostart]")
{
    QTemporaryDir config;
    const AutostartEntry entry(config.path());
    CHECK_FALSE(entry.isEnabled());
    CHECK(entry.filePath() == config.filePath(u"autostart/toward.desktop"_s));

    REQUIRE(entry.enable(u"/usr/bin/toward"_s, {u"--hidden"_s}).ok());
    CHECK(entry.isEnabled());
    const QString written = contentsOf(entry.filePath());
    CHECK(written.startsWith(u"[Desktop Entry]\n"_s));
    CHECK(written.contains(u"\nType=Application\n"_s));
    CHECK(written.contains(u"\nExec=\"/usr/bin/toward\" \"--hidden\"\n"_s));

    REQUIRE(entry.disable().ok());
    CHECK_FALSE(entry.isEnabled());
    CHECK_FALSE(QFile::exists(entry.filePath()));
    CHECK(entry.disable().ok());
}

TEST_CASE("An autostart entry the desktop hid counts as off", "[autostart]")
{
    QTemporaryDir config;
    const AutostartEntry entry(config.path());
    REQUIRE(entry.enable(u"toward"_s, {}).ok());
    QFile file(entry.filePath());
    REQUIRE(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    CHECK_FALSE(entry.isEnabled());
}

TEST_CASE("The Exec line quotes what the specification reserves", "[autostart]")
{
    CHECK(AutostartEntry::execLine(u"/opt/my apps/toward"_s, {u"--data-dir"_s, u"/home/a$b"_s})
        == u"\"/opt/my apps/toward\" \"--data-dir\" \"/home/a\\\\$b\""_s);
    CHECK(AutostartEntry::execLine(u"toward"_s, {u"50%"_s, u"say \"hi\""_s})
        == u"\"toward\" \"50%%\" \"say \\\\\"hi\\\\\"\""_s);
}

TEST_CASE("An autostart folder that cannot be made is reported", "[autostart]")
{
    QTemporaryDir home;
    QFile blocker(home.filePath(u"config"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    const AutostartEntry entry(home.filePath(u"config"_s));
    const Result<void> enabled = entry.enable(u"toward"_s, {});
    REQUIRE_FALSE(enabled.ok());
    CHECK(enabled.error().contains(u"autostart"_s));
}
