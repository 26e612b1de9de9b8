#include "practice/CheckInDraft.h"

#include "model/JsonNode.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr int MaxStepBreaths = 30; // as in the model format

QString timeText(const QDateTime &moment)
{
    return moment.toString(Qt::ISODateWithMs);
}

template<typename Enum>
QJsonArray wordArray(const QList<Enum> &values)
{
    QJsonArray words;
    for (Enum value : values)
        words.append(wordOf(value));
    return words;
}

QJsonArray leaningsJson(const QMap<QString, Leaning> &leanings)
{
    QJsonArray entries;
    for (auto it = leanings.cbegin(); it != leanings.cend(); ++it)
        entries.append(QJsonObject {{u"direction"_s, it.key()}, {u"leaning"_s, wordOf(*it)}});
    return entries;
}

QJsonObject practiceJson(const Practice &practice)
{
    QJsonArray steps;
    for (const PracticeStep &step : practice.steps)
        steps.append(QJsonObject {{u"cue"_s, step.cueId}, {u"breaths"_s, step.breaths}});
    QJsonObject json {{u"id"_s, practice.id}, {u"title"_s, practice.title},
        {u"kind"_s, wordOf(practice.kind)},
        {u"contexts"_s, QJsonArray::fromStringList(contextWords(practice.contexts))},
        {u"steps"_s, steps}};
    if (!practice.breathPatternId.isEmpty())
        json.insert(u"breathPattern"_s, practice.breathPatternId);
    return json;
}

QJsonArray ratingsJson(const QList<std::optional<CueFeeling>> &feelings)
{
    QJsonArray ratings;
    for (qsizetype step = 0; step < feelings.size(); ++step) {
        if (feelings.at(step))
            ratings.append(
                QJsonObject {{u"step"_s, int(step)}, {u"feeling"_s, wordOf(*feelings.at(step))}});
    }
    return ratings;
}

// Reads every field, recording each problem on the way.
class DraftReader {
public:
    explicit DraftReader(const QJsonObject &json)
        : m_root(json, QString(), m_issues)
    {
    }

    Result<CheckInDraft> read()
    {
        if (!checkFormat())
            return failure();
        CheckInDraft draft;
        draft.id = uuid(m_root["id"_L1]);
        draft.startedAt = moment(m_root["startedAt"_L1], Presence::Required);
        draft.endedAt = moment(m_root["endedAt"_L1], Presence::Optional);
        draft.stage =
            m_root["stage"_L1].word<CheckInStage>(Presence::Required).value_or(draft.stage);
        draft.defaultBreathPatternId =
            m_root["defaultBreathPattern"_L1].id(Presence::Optional).value_or(QString());
        draft.regionIds = ids(m_root["regions"_L1]);
        draft.context = m_root["context"_L1].word<Context>(Presence::Optional);
        if (m_root["practice"_L1].isObject(Presence::Optional))
            draft.practice = practice(m_root["practice"_L1]);
        draft.practiceSource = m_root["practiceSource"_L1]
                                   .word<PracticeSource>(Presence::Required)
                                   .value_or(draft.practiceSource);
        draft.breathPatternId =
            m_root["breathPattern"_L1].id(Presence::Optional).value_or(QString());
        draft.painBefore = m_root["painBefore"_L1].integer(Presence::Optional, MinPain, MaxPain);
        draft.leaningsBefore = leanings(m_root["leaningsBefore"_L1]);
        draft.redFlags = redFlags(m_root["redFlags"_L1]);
        draft.rateCuesAtEnd =
            m_root["rateCuesAtEnd"_L1].boolean(Presence::Optional).value_or(false);
        draft.currentStep = count(m_root["currentStep"_L1]);
        draft.reachedSteps = count(m_root["reachedSteps"_L1]);
        draft.feelings =
            feelings(m_root["ratings"_L1], draft.practice ? draft.practice->steps.size() : 0);
        draft.ending = m_root["ending"_L1].word<PracticeEnding>(Presence::Optional);
        draft.resumeStage = m_root["resumeStage"_L1]
                                .word<CheckInStage>(Presence::Required)
                                .value_or(draft.resumeStage);
        draft.painAfter = m_root["painAfter"_L1].integer(Presence::Optional, MinPain, MaxPain);
        draft.leaningsAfter = leanings(m_root["leaningsAfter"_L1]);
        draft.note = m_root["note"_L1].string(Presence::Optional).value_or(QString());
        if (!m_issues.isEmpty())
            return failure();
        return draft;
    }

private:
    bool checkFormat()
    {
        if (m_root["format"_L1].string(Presence::Required) != CheckInDraft::Format) {
            if (m_issues.isEmpty())
                m_root["format"_L1].error(QCoreApplication::translate("CheckInDraft", "must be %1")
                                              .arg(JsonNode::quoted(CheckInDraft::Format)));
            return false;
        }
        const std::optional<int> version =
            m_root["version"_L1].integer(Presence::Required, 1, std::numeric_limits<int>::max());
        if (version > CheckInDraft::Version)
            m_root["version"_L1].error(QCoreApplication::translate("CheckInDraft",
                "was written by a newer version of Toward (draft version %1; this version reads "
                "up to %2)")
                                           .arg(*version)
                                           .arg(CheckInDraft::Version));
        return m_issues.isEmpty();
    }

    Result<CheckInDraft> failure() const
    {
        QStringList problems;
        for (const ModelIssue &issue : m_issues)
            problems.append(issue.path + u": "_s + issue.message);
        return Result<CheckInDraft>::failure(problems.join(u"; "_s));
    }

    static QUuid uuid(const JsonNode &node)
    {
        const std::optional<QString> text = node.string(Presence::Required);
        const QUuid id = QUuid::fromString(text.value_or(QString()));
        if (text && id.isNull())
            node.error(QCoreApplication::translate("CheckInDraft", "must be a UUID, not %1")
                           .arg(JsonNode::quoted(*text)));
        return id;
    }

    static QDateTime moment(const JsonNode &node, Presence presence)
    {
        const std::optional<QString> text = node.string(presence);
        if (!text)
            return {};
        const QDateTime parsed = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!parsed.isValid())
            node.error(QCoreApplication::translate("CheckInDraft",
                "must be a date and time such as 2024-05-01T08:30:00.000+02:00, not %1")
                           .arg(JsonNode::quoted(*text)));
        return parsed.toOffsetFromUtc(parsed.offsetFromUtc());
    }

    static int count(const JsonNode &node)
    {
        return node.integer(Presence::Required, 0, std::numeric_limits<int>::max()).value_or(0);
    }

    static QStringList ids(const JsonNode &node)
    {
        QStringList ids;
        for (const JsonNode &item : node.array(Presence::Required).value_or(QList<JsonNode>())) {
            if (const std::optional<QString> id = item.id(Presence::Required))
                ids.append(*id);
        }
        return ids;
    }

    static Practice practice(const JsonNode &node)
    {
        Practice practice;
        practice.id = node["id"_L1].id(Presence::Required).value_or(QString());
        practice.title = node["title"_L1].text(Presence::Required).value_or(QString());
        practice.kind =
            node["kind"_L1].word<PracticeKind>(Presence::Required).value_or(practice.kind);
        for (const JsonNode &item :
            node["contexts"_L1].array(Presence::Optional).value_or(QList<JsonNode>())) {
            if (const std::optional<Context> context = item.word<Context>(Presence::Required))
                practice.contexts |= *context;
        }
        practice.breathPatternId =
            node["breathPattern"_L1].id(Presence::Optional).value_or(QString());
        for (const JsonNode &item :
            node["steps"_L1].array(Presence::Required, 1).value_or(QList<JsonNode>())) {
            PracticeStep step;
            step.cueId = item["cue"_L1].id(Presence::Required).value_or(QString());
            step.breaths = item["breaths"_L1]
                               .integer(Presence::Required, 1, MaxStepBreaths)
                               .value_or(step.breaths);
            practice.steps.append(step);
        }
        return practice;
    }

    static QMap<QString, Leaning> leanings(const JsonNode &node)
    {
        QMap<QString, Leaning> leanings;
        for (const JsonNode &item : node.array(Presence::Optional).value_or(QList<JsonNode>())) {
            const std::optional<QString> direction = item["direction"_L1].id(Presence::Required);
            const std::optional<Leaning> leaning =
                item["leaning"_L1].word<Leaning>(Presence::Required);
            if (direction && leaning)
                leanings.insert(*direction, *leaning);
        }
        return leanings;
    }

    static QList<RedFlag> redFlags(const JsonNode &node)
    {
        QList<RedFlag> ticked;
        for (const JsonNode &item : node.array(Presence::Optional).value_or(QList<JsonNode>())) {
            if (const std::optional<RedFlag> flag = item.word<RedFlag>(Presence::Required))
                ticked.append(*flag);
        }
        QList<RedFlag> ordered;
        for (RedFlag flag : allValues<RedFlag>()) {
            if (ticked.contains(flag))
                ordered.append(flag);
        }
        return ordered;
    }

    static QList<std::optional<CueFeeling>> feelings(const JsonNode &node, qsizetype steps)
    {
        QList<std::optional<CueFeeling>> feelings(steps);
        for (const JsonNode &item : node.array(Presence::Optional).value_or(QList<JsonNode>())) {
            const std::optional<int> step =
                item["step"_L1].integer(Presence::Required, 0, std::max(0, int(steps) - 1));
            const std::optional<CueFeeling> feeling =
                item["feeling"_L1].word<CueFeeling>(Presence::Required);
            if (steps == 0)
                item.error(QCoreApplication::translate(
                    "CheckInDraft", "rates a step, but there is no practice"));
            else if (step && feeling)
                feelings[*step] = feeling;
        }
        return feelings;
    }

    ModelIssues m_issues;
    JsonNode m_root;
};

} // namespace

QJsonObject CheckInDraft::toJson() const
{
    QJsonObject json {{u"format"_s, Format}, {u"version"_s, Version},
        {u"id"_s, id.toString(QUuid::WithoutBraces)}, {u"startedAt"_s, timeText(startedAt)},
        {u"stage"_s, wordOf(stage)}, {u"regions"_s, QJsonArray::fromStringList(regionIds)},
        {u"practiceSource"_s, wordOf(practiceSource)},
        {u"leaningsBefore"_s, leaningsJson(leaningsBefore)}, {u"redFlags"_s, wordArray(redFlags)},
        {u"rateCuesAtEnd"_s, rateCuesAtEnd}, {u"currentStep"_s, currentStep},
        {u"reachedSteps"_s, reachedSteps}, {u"ratings"_s, ratingsJson(feelings)},
        {u"resumeStage"_s, wordOf(resumeStage)}, {u"leaningsAfter"_s, leaningsJson(leaningsAfter)},
        {u"note"_s, note}};
    if (endedAt.isValid())
        json.insert(u"endedAt"_s, timeText(endedAt));
    if (!defaultBreathPatternId.isEmpty())
        json.insert(u"defaultBreathPattern"_s, defaultBreathPatternId);
    if (context)
        json.insert(u"context"_s, wordOf(*context));
    if (practice)
        json.insert(u"practice"_s, practiceJson(*practice));
    if (!breathPatternId.isEmpty())
        json.insert(u"breathPattern"_s, breathPatternId);
    if (painBefore)
        json.insert(u"painBefore"_s, *painBefore);
    if (ending)
        json.insert(u"ending"_s, wordOf(*ending));
    if (painAfter)
        json.insert(u"painAfter"_s, *painAfter);
    return json;
}

Result<CheckInDraft> CheckInDraft::fromJson(const QJsonObject &json)
{
    return DraftReader(json).read();
}

} // namespace toward
