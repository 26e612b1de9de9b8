#include "TestSupport.h"
#include "settings/AppSettings.h"
#include "settings/DataDirectory.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace toward;

TEST_CASE("Settings fall back to their defaults and keep what was set", "[settings]")
{
    test::TemporaryDataDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        AppSettings settings(file);
        CHECK(settings.value(Setting::CustomModelPath).isEmpty());
        CHECK(settings.value(Setting::WindowGeometry).isEmpty());
        settings.setValue(Setting::CustomModelPath, u"/models/teacher.json"_s);
        settings.setValue(Setting::WindowGeometry, QByteArray("\x01\x02geometry", 10));
        REQUIRE(settings.sync());
    }
    AppSettings reopened(file);
    CHECK(reopened.value(Setting::CustomModelPath) == u"/models/teacher.json"_s);
    CHECK(reopened.value(Setting::WindowGeometry) == QByteArray("\x01\x02geometry", 10));
}

TEST_CASE("A data directory is created for its owner only", "[settings]")
{
    test::TemporaryDataDir parent;
    const QString path = parent.filePath(u"nested/data"_s);
    const Result<DataDirectory> dir = DataDirectory::open(path);
    REQUIRE(dir.ok());
    CHECK(QFileInfo(path).isDir());
    CHECK(dir.value().settingsFilePath() == path + u"/settings.ini"_s);
    CHECK(QFile::permissions(path)
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
            | QFile::WriteUser | QFile::ExeUser));
}

TEST_CASE("A data directory that is a file is refused with a reason", "[settings]")
{
    test::TemporaryDataDir parent;
    const QString file = parent.writeFile(u"not-a-dir"_s, "x");
    const Result<DataDirectory> dir = DataDirectory::open(file);
    REQUIRE_FALSE(dir.ok());
    CHECK(dir.error() == file + u" is a file, not a folder."_s);
}
