#include "TestSupport.h"
#include "model/PracticeModelLoader.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const QString GermanModelPath = u":/models/default-model.de.json"_s;

PracticeModel loadedModel(const QString &path)
{
    const ModelLoadResult result = PracticeModelLoader::loadFile(path);
    REQUIRE(result.ok());
    return *result.model;
}

QString words(Contexts contexts)
{
    QStringList found;
    for (const Context context : contextList(contexts))
        found.append(wordOf(context));
    return found.join(u',');
}

QString timings(const BreathPattern &pattern)
{
    return u"%1/%2/%3/%4"_s.arg(pattern.inhale.count())
        .arg(pattern.holdIn.count())
        .arg(pattern.exhale.count())
        .arg(pattern.holdOut.count());
}

// Everything in a model but its human text, one line per item in file order.
QStringList skeleton(const PracticeModel &model)
{
    QStringList lines {u"model %1 version %2"_s.arg(model.id, model.version)};
    for (const Region &region : model.regions) {
        QString curve = u"none"_s;
        if (region.curve) {
            curve = wordOf(region.curve->kind);
            if (const auto degrees = region.curve->typicalDegrees)
                curve += u" %1-%2"_s.arg(degrees->min).arg(degrees->max);
        }
        lines.append(u"region %1 curve %2"_s.arg(region.id, curve));
        for (const AwayPattern &away : region.away)
            lines.append(u"  away %1 with %2 causes"_s.arg(away.id).arg(away.causes.size()));
        for (const Cue &cue : region.cues) {
            lines.append(u"  cue %1 %2 %3 [%4] %5 breaths %6 counters %7"_s
                             .arg(cue.id, wordOf(cue.need), wordOf(cue.mode), words(cue.contexts),
                                 wordOf(cue.breath))
                             .arg(cue.breaths)
                             .arg(cue.counters.join(u',')));
        }
    }
    for (const InnerDirection &direction : model.innerDirections)
        lines.append(u"inner direction %1"_s.arg(direction.id));
    for (const BreathPattern &pattern : model.breathPatterns)
        lines.append(u"breath pattern %1 %2"_s.arg(pattern.id, timings(pattern)));
    for (const Practice &practice : model.practices) {
        lines.append(u"practice %1 %2 [%3] %4"_s.arg(practice.id, wordOf(practice.kind),
            words(practice.contexts), practice.breathPatternId));
        for (const PracticeStep &step : practice.steps)
            lines.append(u"  step %1 breaths %2"_s.arg(step.cueId).arg(step.breaths));
    }
    return lines;
}

struct HumanText {
    QString place;
    QString text;
};

// Every text a person reads, named by its place so that two models can be compared item by item.
QList<HumanText> humanTexts(const PracticeModel &model)
{
    QList<HumanText> texts {{u"name"_s, model.name}, {u"description"_s, model.description}};
    for (const Region &region : model.regions) {
        texts.append({region.id + u" name"_s, region.name});
        texts.append({region.id + u" span"_s, region.span});
        if (region.curve)
            texts.append({region.id + u" curve summary"_s, region.curve->summary});
        for (const AwayPattern &away : region.away) {
            texts.append({away.id + u" title"_s, away.title});
            texts.append({away.id + u" text"_s, away.text});
            for (qsizetype i = 0; i < away.causes.size(); ++i)
                texts.append({away.id + u" cause %1"_s.arg(i), away.causes.at(i)});
        }
        for (const Cue &cue : region.cues) {
            texts.append({cue.id + u" title"_s, cue.title});
            texts.append({cue.id + u" text"_s, cue.text});
        }
    }
    for (const InnerDirection &direction : model.innerDirections) {
        texts.append({direction.id + u" toward"_s, direction.toward});
        texts.append({direction.id + u" away"_s, direction.away});
    }
    for (const BreathPattern &pattern : model.breathPatterns) {
        texts.append({pattern.id + u" name"_s, pattern.name});
        texts.append({pattern.id + u" note"_s, pattern.note});
    }
    for (const Practice &practice : model.practices)
        texts.append({practice.id + u" title"_s, practice.title});
    return texts;
}

} // namespace

TEST_CASE("The German built-in model loads with no errors and no warnings", "[model][default][de]")
{
    const ModelLoadResult result = PracticeModelLoader::loadFile(GermanModelPath);
    for (const ModelIssue &issue : result.issues)
        UNSCOPED_INFO(issue.toString());
    CHECK(result.ok());
    CHECK(result.issues.isEmpty());
    REQUIRE(result.model);
    CHECK(result.model->language == u"de"_s);
}

TEST_CASE("The German built-in model is the English one in all but its human text",
    "[model][default][de]")
{
    const QStringList english = skeleton(loadedModel(PracticeModelLoader::DefaultModelPath));
    const QStringList german = skeleton(loadedModel(GermanModelPath));
    REQUIRE(english.size() > 50);
    REQUIRE(german.size() == english.size());
    for (qsizetype i = 0; i < english.size(); ++i)
        CHECK(german.at(i) == english.at(i));
}

TEST_CASE("Every human text of the German built-in model is translated", "[model][default][de]")
{
    // Vertebra ranges read the same in both languages.
    const QSet<QString> sameInBoth {u"C1–C7"_s, u"L1–L5"_s};
    const QList<HumanText> english = humanTexts(loadedModel(PracticeModelLoader::DefaultModelPath));
    const QList<HumanText> german = humanTexts(loadedModel(GermanModelPath));
    REQUIRE(german.size() == english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        INFO(english.at(i).place << ": " << english.at(i).text);
        REQUIRE(german.at(i).place == english.at(i).place);
        CHECK(german.at(i).text.isEmpty() == english.at(i).text.isEmpty());
        if (!english.at(i).text.isEmpty() && !sameInBoth.contains(english.at(i).text))
            CHECK(german.at(i).text != english.at(i).text);
    }
}

TEST_CASE("The built-in model follows the locale's language, falling back to English",
    "[model][default][de]")
{
    const auto languageFor = [](const QLocale &locale) {
        const ModelLoadResult result = PracticeModelLoader::loadDefault(locale);
        REQUIRE(result.ok());
        return result.model->language;
    };
    CHECK(languageFor(QLocale(QLocale::German, QLocale::Germany)) == u"de"_s);
    CHECK(languageFor(QLocale(QLocale::German, QLocale::Switzerland)) == u"de"_s);
    CHECK(languageFor(QLocale(QLocale::French)) == u"en"_s);
    CHECK(languageFor(QLocale(QLocale::English, QLocale::UnitedStates)) == u"en"_s);
    CHECK(languageFor(QLocale::c()) == u"en"_s);
}

TEST_CASE("The built-in model without a locale follows the default locale", "[model][default][de]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
    const QString germanPath = PracticeModelLoader::builtInModelPath();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString englishPath = PracticeModelLoader::builtInModelPath();
    QLocale::setDefault(before);
    CHECK(germanPath == GermanModelPath);
    CHECK(englishPath == PracticeModelLoader::DefaultModelPath);
}
