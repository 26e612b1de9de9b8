#include "cli/CommandLine.h"

#include "TestSupport.h"

using namespace Qt::StringLiterals;
using toward::CommandLine;
using Action = toward::CommandLineRequest::Action;

TEST_CASE("The command line starts the app by default", "[cli]")
{
    const auto request = CommandLine::parse({u"toward"_s});
    CHECK(request.action == Action::StartApp);
    CHECK(request.dataDir.isEmpty());
    CHECK(request.modelPath.isEmpty());
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
}

TEST_CASE("The help text lists the options", "[cli]")
{
    const QString help = CommandLine::helpText();
    for (const QString &option : {u"--model"_s, u"--data-dir"_s, u"--check-model"_s,
             u"--quit-after-start"_s, u"--version"_s, u"--help"_s}) {
        INFO(option);
        CHECK(help.contains(option));
    }
}
