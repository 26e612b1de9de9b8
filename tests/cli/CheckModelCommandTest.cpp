#include "cli/CheckModelCommand.h"

#include "JsonPatch.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

using toward::test::CommandOutput;

namespace {

CommandOutput checkModel(const QString &path)
{
    CommandOutput output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    output.exitCode = toward::CheckModelCommand::run(path, out, err);
    return output;
}

const QString MinimalModelPath = QStringLiteral(TOWARD_TEST_DATA_DIR "/minimal-model.json");

} // namespace

TEST_CASE("Checking a valid model prints its summary and succeeds", "[cli][check-model]")
{
    const CommandOutput output = checkModel(MinimalModelPath);
    CHECK(output.exitCode == 0);
    CHECK(output.err.isEmpty());
    CHECK(output.out.startsWith(u"Test model (version 0.1)"_s));
    CHECK(output.out.contains(u"Neck rescue (rescue): 1 min 20 s"_s));
}

TEST_CASE("Checking the built-in model passes", "[cli][check-model]")
{
    const CommandOutput output = checkModel(u":/models/default-model.json"_s);
    CHECK(output.exitCode == 0);
    CHECK(output.err.isEmpty());
}

TEST_CASE(
    "Checking a broken model prints every problem, one a line, and fails", "[cli][check-model]")
{
    toward::test::TemporaryDataDir dir;
    QJsonValue document =
        QJsonDocument::fromJson(toward::test::readFile(MinimalModelPath)).object();
    document = toward::test::patchJson(document, u"regions[0].cues[0].need"_s, u"power"_s);
    document = toward::test::patchJson(document, u"breathPatterns[0].inhale"_s, 4.2);
    document = toward::test::patchJson(document, u"colour"_s, u"blue"_s);
    const QString path = dir.writeFile(u"broken.json"_s, toward::test::toJsonBytes(document));

    const CommandOutput output = checkModel(path);
    CHECK(output.exitCode == 1);
    CHECK(output.out.isEmpty());
    const QStringList lines = output.err.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0)
        == u"error: regions[0].cues[0].need: must be \"strength\" or \"space\", not \"power\""_s);
    CHECK(lines.at(1)
        == u"error: breathPatterns[0].inhale: must be a multiple of 0.5 seconds, not 4.2"_s);
    CHECK(lines.at(2) == u"warning: colour: unknown key, ignored"_s);
    CHECK(lines.at(3) == path + u": not a valid practice model (2 errors)"_s);
}

TEST_CASE("Checking a model with only warnings passes and shows the warnings", "[cli][check-model]")
{
    toward::test::TemporaryDataDir dir;
    QJsonValue document =
        QJsonDocument::fromJson(toward::test::readFile(MinimalModelPath)).object();
    document = toward::test::patchJson(document, u"regions[1].colour"_s, u"blue"_s);
    const CommandOutput output =
        checkModel(dir.writeFile(u"warned.json"_s, toward::test::toJsonBytes(document)));
    CHECK(output.exitCode == 0);
    CHECK(output.err == u"warning: regions[1].colour: unknown key, ignored\n"_s);
    CHECK(output.out.startsWith(u"Test model"_s));
}
