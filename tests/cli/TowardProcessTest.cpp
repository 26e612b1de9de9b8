#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs toward with no display at all, so only what needs none can succeed.
Run runToward(const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TOWARD_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    return environment;
}

const QString MinimalModelPath = QStringLiteral(TOWARD_TEST_DATA_DIR "/minimal-model.json");

} // namespace

TEST_CASE("toward --check-model passes a valid model without a display", "[process]")
{
    const Run run = runToward({u"--check-model"_s, MinimalModelPath}, withoutDisplay());
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(u"Test model (version 0.1)\n"_s));
    CHECK(run.out.contains(u"Neck rescue (rescue): 1 min 20 s, 2 steps"_s));
}

TEST_CASE("toward --check-model rejects a broken model with every problem", "[process]")
{
    toward::test::TemporaryDataDir dir;
    QByteArray json = toward::test::readFile(MinimalModelPath);
    json.replace(
        "\"need\": \"space\", \"mode\": \"support\"", "\"need\": \"power\", \"mode\": \"support\"");
    json.replace("\"inhale\": 5.5", "\"inhale\": 5.2");
    const QString path = dir.writeFile(u"broken.json"_s, json);

    const Run run = runToward({u"--check-model"_s, path}, withoutDisplay());
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err
        == u"error: regions[0].cues[0].need: must be \"strength\" or \"space\", not \"power\"\n"
           "error: breathPatterns[0].inhale: must be a multiple of 0.5 seconds, not 5.2\n"_s
            + path + u": not a valid practice model (2 errors)\n"_s);
}

TEST_CASE("toward --check-model reports a missing file and a syntax error", "[process]")
{
    toward::test::TemporaryDataDir dir;
    const Run missing =
        runToward({u"--check-model"_s, dir.filePath(u"nope.json"_s)}, withoutDisplay());
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.startsWith(u"error: cannot read the file: "_s));

    const QString broken = dir.writeFile(
        u"syntax.json"_s, "{\n  \"format\": \"toward-practice-model\",\n  \"schema\": 1,,\n}");
    const Run syntax = runToward({u"--check-model"_s, broken}, withoutDisplay());
    CHECK(syntax.exitCode == 1);
    CHECK(syntax.err.startsWith(u"error: line 3, column "_s));
}

TEST_CASE("toward --version and --help print and exit without a display", "[process]")
{
    const Run version = runToward({u"--version"_s}, withoutDisplay());
    CHECK(version.exitCode == 0);
    CHECK(version.out == u"Toward " TOWARD_VERSION "\n"_s);

    const Run help = runToward({u"--help"_s}, withoutDisplay());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"--check-model <FILE>"_s));
    CHECK(help.out.contains(u"--data-dir <DIR>"_s));
}

TEST_CASE("toward refuses an unknown option with a reason", "[process]")
{
    for (const QString &option : {u"--frobnicate"_s, u"-frobnicate"_s}) {
        const Run run = runToward({option}, withoutDisplay());
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(u"Unknown option 'frobnicate'.\n"_s));
        CHECK(run.err.contains(u"--help"_s));
    }
}

TEST_CASE("toward takes Qt's standard options", "[process]")
{
    const Run help = runToward({u"-style"_s, u"fusion"_s, u"--help"_s}, withoutDisplay());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"--data-dir <DIR>"_s));

    toward::test::TemporaryDataDir dir;
    const Run app = runToward({u"-platform"_s, u"offscreen"_s, u"-style"_s, u"fusion"_s,
                                  u"--quit-after-start"_s, u"--data-dir"_s, dir.path()},
        withoutDisplay());
    CHECK(app.exitCode == 0);
    CHECK_FALSE(app.err.contains(u"option"_s));
    CHECK(QFileInfo::exists(dir.filePath(u"settings.ini"_s)));
}

TEST_CASE("toward --quit-after-start shows the window, quits, and keeps its data in --data-dir",
    "[process]")
{
    toward::test::TemporaryDataDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const Run run = runToward({u"--quit-after-start"_s, u"--data-dir"_s, dir.path()}, environment);
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(dir.filePath(u"settings.ini"_s)));
}

TEST_CASE("A second toward for the same data folder hands over to the first and exits 0; another "
          "folder runs beside it",
    "[process]")
{
    toward::test::TemporaryDataDir dir;
    toward::test::TemporaryDataDir otherDir;
    toward::test::TemporaryDataDir runtime; // the sockets, away from the user's own
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());

    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(TOWARD_EXECUTABLE), {u"--data-dir"_s, dir.path()});
    REQUIRE(first.waitForStarted());
    // Listening once its socket is there.
    const auto sockets = [&runtime] {
        return QDir(runtime.path()).entryList({u"toward-*"_s}, QDir::System);
    };
    const QDeadlineTimer deadline(30000);
    while (sockets().isEmpty() && !deadline.hasExpired())
        QThread::msleep(20);
    REQUIRE(sockets().size() == 1);

    const Run second = runToward({u"--data-dir"_s, dir.path(), u"--check-in"_s}, environment);
    CHECK(second.exitCode == 0);
    CHECK(first.state() == QProcess::Running);

    const Run beside =
        runToward({u"--data-dir"_s, otherDir.path(), u"--quit-after-start"_s}, environment);
    CHECK(beside.exitCode == 0);
    CHECK(QFileInfo::exists(otherDir.filePath(u"settings.ini"_s)));

    // Killed, it leaves its socket behind; the next start replaces it.
    first.kill();
    REQUIRE(first.waitForFinished(30000));
    const Run next = runToward({u"--data-dir"_s, dir.path(), u"--quit-after-start"_s}, environment);
    CHECK(next.exitCode == 0);
}

TEST_CASE("toward speaks German in a German locale: its help and the model check", "[process][de]")
{
    QProcessEnvironment environment = withoutDisplay();
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);

    const Run help = runToward({u"--help"_s}, environment);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"Diese Hilfe zeigen und beenden."_s));
    CHECK_FALSE(help.out.contains(u"Show this help and exit."_s));

    const Run check = runToward({u"--check-model"_s, MinimalModelPath}, environment);
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(u"Bereiche:"_s));
}
