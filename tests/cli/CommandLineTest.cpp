#include "cli/CommandLine.h"

#include "TestSupport.h"

using namespace Qt::StringLiterals;
using toward::CommandLine;
using toward::SoundMode;
using Action = toward::CommandLineRequest::Action;

TEST_CASE("The command line starts the app by default", "[cli]")
{
    const auto request = CommandLine::parse({u"toward"_s});
    CHECK(request.action == Action::StartApp);
    CHECK(request.dataDir.isEmpty());
    CHECK(request.modelPath.isEmpty());
    CHECK(request.practiceId.isEmpty());
    CHECK_FALSE(request.quitAfterStart);
}

TEST_CASE("The command line reads every option", "[cli]")
{
    const auto request = CommandLine::parse(
        {u"toward"_s, u"--data-dir"_s, u"/tmp/d"_s, u"--model=m.json"_s, u"--quit-after-start"_s});
    CHECK(request.action == Action::StartApp);
    CHECK(request.dataDir == u"/tmp/d"_s);
    CHECK(request.modelPath == u"m.json"_s);
    CHECK(request.quitAfterStart);

    CHECK(CommandLine::parse({u"toward"_s, u"--check-model"_s, u"x.json"_s}).checkModelPath
        == u"x.json"_s);
    CHECK(CommandLine::parse({u"toward"_s, u"--check-model"_s, u"x.json"_s}).action
        == Action::CheckModel);
    CHECK(CommandLine::parse({u"toward"_s, u"--check-in"_s}).checkIn);
    const auto practice = CommandLine::parse({u"toward"_s, u"--practice"_s, u"neck-rescue"_s});
    CHECK(practice.action == Action::StartApp);
    CHECK(practice.practiceId == u"neck-rescue"_s);
    CHECK(CommandLine::parse({u"toward"_s, u"--help"_s}).action == Action::ShowHelp);
    CHECK(CommandLine::parse({u"toward"_s, u"-v"_s}).action == Action::ShowVersion);
}

TEST_CASE("A bad command line fails with a reason", "[cli]")
{
    const auto unknown = CommandLine::parse({u"toward"_s, u"--frobnicate"_s});
    CHECK(unknown.action == Action::Fail);
    CHECK(unknown.error.contains(u"frobnicate"_s));

    const auto missingValue = CommandLine::parse({u"toward"_s, u"--data-dir"_s});
    CHECK(missingValue.action == Action::Fail);
    CHECK(missingValue.error.contains(u"data-dir"_s));

    const auto stray = CommandLine::parse({u"toward"_s, u"model.json"_s});
    CHECK(stray.action == Action::Fail);
    CHECK(stray.error == u"Unexpected argument: model.json"_s);

    const auto practiceAndExport = CommandLine::parse(
        {u"toward"_s, u"--practice"_s, u"neck-rescue"_s, u"--export-csv"_s, u"j.csv"_s});
    CHECK(practiceAndExport.action == Action::Fail);
    CHECK(practiceAndExport.error.startsWith(u"--practice goes with the app"_s));

    const auto checkInAndReport =
        CommandLine::parse({u"toward"_s, u"--check-in"_s, u"--report-pdf"_s, u"r.pdf"_s});
    CHECK(checkInAndReport.action == Action::Fail);
    CHECK(checkInAndReport.error.startsWith(u"--check-in goes with the app"_s));

    const auto soundAndCheck = CommandLine::parse(
        {u"toward"_s, u"--sound"_s, u"tones"_s, u"--check-model"_s, u"m.json"_s});
    CHECK(soundAndCheck.action == Action::Fail);
    CHECK(soundAndCheck.error.startsWith(u"--sound goes with the app"_s));

    const auto hiddenAndImport =
        CommandLine::parse({u"toward"_s, u"--hidden"_s, u"--import-csv"_s, u"j.csv"_s});
    CHECK(hiddenAndImport.action == Action::Fail);
    CHECK(hiddenAndImport.error.startsWith(u"--hidden goes with the app"_s));

    const auto loud = CommandLine::parse({u"toward"_s, u"--sound"_s, u"loud"_s});
    CHECK(loud.action == Action::Fail);
    CHECK(loud.error == u"Not a sound: loud (choose off, tones or voice)."_s);
}

TEST_CASE("--hidden starts the app in the tray", "[cli]")
{
    CHECK_FALSE(CommandLine::parse({u"toward"_s}).startHidden);
    const auto hidden = CommandLine::parse({u"toward"_s, u"--hidden"_s});
    CHECK(hidden.action == Action::StartApp);
    CHECK(hidden.startHidden);
}

TEST_CASE("--sound chooses the practice's sound for this run", "[cli]")
{
    CHECK_FALSE(CommandLine::parse({u"toward"_s}).soundMode.has_value());
    CHECK(CommandLine::parse({u"toward"_s, u"--sound"_s, u"off"_s}).soundMode == SoundMode::Off);
    CHECK(CommandLine::parse({u"toward"_s, u"--sound=tones"_s}).soundMode == SoundMode::Tones);
    const auto voice = CommandLine::parse(
        {u"toward"_s, u"--practice"_s, u"neck-rescue"_s, u"--sound"_s, u"voice"_s});
    CHECK(voice.action == Action::StartApp);
    CHECK(voice.soundMode == SoundMode::VoiceAndTones);
}

TEST_CASE("The help text lists the options", "[cli]")
{
    const QString help = CommandLine::helpText();
    for (const QString &option :
        {u"--model"_s, u"--data-dir"_s, u"--check-model"_s, u"--practice"_s, u"--check-in"_s,
            u"--sound"_s, u"--quit-after-start"_s, u"--version"_s, u"--help"_s}) {
        INFO(option);
        CHECK(help.contains(option));
    }
}

TEST_CASE("Qt's standard options are accepted and left for Qt", "[cli]")
{
    const auto request = CommandLine::parse({u"toward"_s, u"-platform"_s, u"offscreen"_s,
        u"-style"_s, u"fusion"_s, u"--data-dir"_s, u"/tmp/d"_s, u"-reverse"_s, u"--style=windows"_s,
        u"-stylesheet=a.qss"_s, u"--qwindowgeometry"_s, u"640x480"_s, u"-display"_s, u":1"_s,
        u"-plugin"_s, u"evdevkeyboard"_s, u"-session"_s, u"s1"_s, u"-widgetcount"_s, u"-nograb"_s,
        u"-dograb"_s, u"-sync"_s, u"-geometry"_s, u"+0+0"_s, u"-title"_s, u"T"_s, u"-name"_s,
        u"n"_s, u"-platformpluginpath"_s, u"/p"_s, u"-qmljsdebugger=port:1234"_s,
        u"--quit-after-start"_s});
    INFO(request.error);
    CHECK(request.action == Action::StartApp);
    CHECK(request.dataDir == u"/tmp/d"_s);
    CHECK(request.quitAfterStart);

    SECTION("with the commands that need no window too")
    {
        CHECK(CommandLine::parse({u"toward"_s, u"-style"_s, u"fusion"_s, u"--help"_s}).action
            == Action::ShowHelp);
        const auto check = CommandLine::parse(
            {u"toward"_s, u"--check-model"_s, u"m.json"_s, u"-platform"_s, u"offscreen"_s});
        CHECK(check.action == Action::CheckModel);
        CHECK(check.checkModelPath == u"m.json"_s);
    }
    SECTION("a Qt option's value is never read as one of Toward's")
    {
        const auto request = CommandLine::parse({u"toward"_s, u"-title"_s, u"--help"_s});
        CHECK(request.action == Action::StartApp);
    }
    SECTION("a Qt option without its value is refused")
    {
        const auto missing =
            CommandLine::parse({u"toward"_s, u"--data-dir"_s, u"d"_s, u"-style"_s});
        CHECK(missing.action == Action::Fail);
        CHECK(missing.error == u"Missing value after '-style'."_s);
    }
    SECTION("only in the spellings Qt reads")
    {
        const auto joined = CommandLine::parse({u"toward"_s, u"--platform=offscreen"_s});
        CHECK(joined.action == Action::Fail);
        CHECK(joined.error
            == u"Qt reads --platform only with its value after a space: --platform offscreen"_s);
        const auto flag = CommandLine::parse({u"toward"_s, u"-reverse=yes"_s});
        CHECK(flag.action == Action::Fail);
        CHECK(flag.error == u"Qt's option -reverse takes no value."_s);
    }
}

TEST_CASE("An unknown option with one dash is named whole", "[cli]")
{
    const auto unknown = CommandLine::parse({u"toward"_s, u"-frobnicate"_s});
    CHECK(unknown.action == Action::Fail);
    CHECK(unknown.error == u"Unknown option 'frobnicate'."_s);
}
