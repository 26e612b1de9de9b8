#include "cli/WhatHelpsCommand.h"

#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "cli/JournalCsvCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace toward;
using Action = CommandLineRequest::Action;
using toward::test::CommandOutput;

namespace {

CommandOutput whatHelps(
    const QString &dataDir, WhatHelpsCommand::Format format, QDate from = {}, QDate to = {})
{
    CommandOutput output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    output.exitCode = WhatHelpsCommand::run(dataDir, {}, from, to, format, out, err);
    return output;
}

// Imports 60 days of desk practice, as a CSV of ids only (the journal gets its titles from the
// built-in model): one cue done every other day, one every third.
void importSixtyDays(const test::TemporaryDataDir &dataDir)
{
    QString csv = u"id,started_at,ended_at,context,regions,pain_before,pain_after,practice,"
                  "breath_pattern,feelings_before,feelings_after,cues,red_flags,note\r\n"_s;
    for (int day = 0; day < 60; ++day) {
        QStringList cues {u"neck-soft-jaw=toward"_s};
        if (day % 2)
            cues.append(u"low-back-sit-bones-back=toward"_s);
        if (day % 3 == 0)
            cues.append(u"upper-back-blades-settle="_s);
        const int before = 4 + day % 4;
        const int after = before - 1 - (day % 2) - (day % 5 == 0 ? 1 : 0);
        csv += u"%1,%2T08:00:00+01:00,,desk,low-back,%3,%4,desk-reset,,,,%5,,\r\n"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces),
            QDate(2026, 9, 1).addDays(day).toString(Qt::ISODate), QString::number(before),
            QString::number(after), cues.join(u';'));
    }
    const QString file = dataDir.filePath(u"journal.csv"_s);
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(csv.toUtf8());
    out.close();
    CommandOutput imported;
    QTextStream importOut(&imported.out), importErr(&imported.err);
    INFO(imported.err.toStdString());
    REQUIRE(JournalCsvCommand::importCsv(dataDir.path(), file, importOut, importErr) == 0);
}

QJsonObject find(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &item : items) {
        if (item[u"id"_s].toString() == id)
            return item.toObject();
    }
    FAIL("no item " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("The command line asks for what helps, as text or JSON, over a range of days",
    "[cli][whathelps]")
{
    const auto json = CommandLine::parse({u"toward"_s, u"--what-helps"_s, u"--format"_s, u"json"_s,
        u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s});
    CHECK(json.action == Action::WhatHelps);
    CHECK(json.whatHelpsJson);
    CHECK(json.reportFrom == QDate(2026, 11, 1));
    CHECK(json.reportTo == QDate(2026, 11, 30));
    CHECK_FALSE(CommandLine::parse({u"toward"_s, u"--what-helps"_s}).whatHelpsJson);

    const auto formatAlone = CommandLine::parse({u"toward"_s, u"--format"_s, u"json"_s});
    CHECK(formatAlone.action == Action::Fail);
    CHECK(formatAlone.error == u"--format goes with --what-helps."_s);
    const auto yaml =
        CommandLine::parse({u"toward"_s, u"--what-helps"_s, u"--format"_s, u"yaml"_s});
    CHECK(yaml.action == Action::Fail);
    CHECK(yaml.error == u"Not a format: yaml (choose text or json)."_s);
    CHECK(CommandLine::parse({u"toward"_s, u"--what-helps"_s, u"--check-in"_s}).action
        == Action::Fail);
    CHECK(CommandLine::helpText().contains(u"--what-helps"_s));
}

TEST_CASE("What helps as JSON on an imported journal, titled from the model", "[cli][whathelps]")
{
    test::TemporaryDataDir dataDir;
    importSixtyDays(dataDir);
    const CommandOutput output = whatHelps(dataDir.path(), WhatHelpsCommand::Format::Json);
    INFO(output.err.toStdString());
    REQUIRE(output.exitCode == 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(output.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);

    CHECK(object[u"checkIns"_s].toInt() == 60);
    CHECK(object[u"rated"_s].toInt() == 60);
    CHECK(object[u"sigma"_s].isDouble());
    CHECK(object[u"tau"_s].isDouble());
    const QJsonArray cues = object[u"cues"_s].toArray();
    REQUIRE(cues.size() == 3);
    const QStringList verdicts {u"helps"_s, u"helps-less"_s, u"about-the-same"_s,
        u"no-clear-difference"_s, u"not-enough-data"_s};
    for (const QJsonValue &cue : cues) {
        CHECK(verdicts.contains(cue[u"verdict"_s].toString()));
        const bool shown = cue[u"verdict"_s].toString() != u"not-enough-data"_s;
        for (const QString &number : {u"estimate"_s, u"low"_s, u"high"_s})
            CHECK(cue[number].isDouble() == shown);
        if (shown)
            CHECK(cue[u"low"_s].toDouble() <= cue[u"high"_s].toDouble());
    }
    const QJsonObject sitBones = find(cues, u"low-back-sit-bones-back"_s);
    CHECK(sitBones[u"title"_s].toString() == u"Sitting bones slightly back"_s);
    CHECK(sitBones[u"uses"_s].toInt() == 30);
    CHECK(sitBones[u"days"_s].toInt() == 30);
    CHECK(sitBones[u"verdict"_s].toString() == u"helps"_s);
    // In every check-in: nothing to compare it with.
    const QJsonObject softJaw = find(cues, u"neck-soft-jaw"_s);
    CHECK(softJaw[u"verdict"_s].toString() == u"not-enough-data"_s);
    CHECK(softJaw[u"estimate"_s].isNull());

    const QJsonArray practices = object[u"practices"_s].toArray();
    REQUIRE(practices.size() == 1);
    CHECK(practices[0][u"title"_s].toString() == u"Desk reset"_s);
    CHECK(practices[0][u"verdict"_s].toString() == u"not-enough-data"_s);
}

TEST_CASE("What helps as text says what the numbers mean, and keeps to the days asked",
    "[cli][whathelps]")
{
    test::TemporaryDataDir dataDir;
    importSixtyDays(dataDir);
    const CommandOutput text = whatHelps(
        dataDir.path(), WhatHelpsCommand::Format::Text, QDate(2026, 9, 1), QDate(2026, 9, 5));
    INFO(text.out.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.startsWith(u"What helps you, from 5 check-ins (5 with pain rated after)."_s));
    CHECK(text.out.contains(u"not proof, and not medical advice"_s));
    CHECK(text.out.contains(
        u"  Sitting bones slightly back: not enough data yet; used 2 times; 5 are needed; "
        "2 uses on 2 days\n"_s));
    CHECK(text.out.contains(u"\nPractices\n  Desk reset:"_s));
}

TEST_CASE("What helps fails plainly without a journal", "[cli][whathelps]")
{
    test::TemporaryDataDir dataDir;
    const CommandOutput output = whatHelps(dataDir.path(), WhatHelpsCommand::Format::Json);
    CHECK(output.exitCode == 1);
    CHECK(output.out.isEmpty());
    CHECK(
        output.err == u"There is no journal at %1.\n"_s.arg(dataDir.filePath(u"journal.sqlite"_s)));
}
