#include "model/BreathPatternJson.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr qsizetype NameChars = 80;
constexpr double MaxBreathSeconds = 20;

milliseconds readSeconds(const JsonNode &node, Presence presence, double min)
{
    const std::optional<double> seconds = node.number(presence, min, MaxBreathSeconds);
    if (!seconds)
        return milliseconds(0);
    if (std::trunc(*seconds * 2) != *seconds * 2) {
        node.error(QCoreApplication::translate(
            "BreathPatternJson", "must be a multiple of 0.5 seconds, not %1")
                       .arg(JsonNode::formatNumber(*seconds)));
        return milliseconds(0);
    }
    return milliseconds(std::llround(*seconds * 1000));
}

double seconds(milliseconds length)
{
    return double(length.count()) / 1000;
}

} // namespace

BreathPattern BreathPatternJson::read(const JsonNode &node)
{
    BreathPattern pattern;
    pattern.name = node["name"_L1].text(Presence::Required, NameChars).value_or(QString());
    pattern.inhale = readSeconds(node["inhale"_L1], Presence::Required, 1);
    pattern.holdIn = readSeconds(node["holdIn"_L1], Presence::Optional, 0);
    pattern.exhale = readSeconds(node["exhale"_L1], Presence::Required, 1);
    pattern.holdOut = readSeconds(node["holdOut"_L1], Presence::Optional, 0);
    pattern.note = node["note"_L1].text(Presence::Optional).value_or(QString());
    node.warnAboutUnknownKeys(
        {"id"_L1, "name"_L1, "inhale"_L1, "holdIn"_L1, "exhale"_L1, "holdOut"_L1, "note"_L1});
    return pattern;
}

QJsonObject BreathPatternJson::write(const BreathPattern &pattern)
{
    QJsonObject object {
        {u"id"_s, pattern.id},
        {u"name"_s, pattern.name},
        {u"inhale"_s, seconds(pattern.inhale)},
        {u"holdIn"_s, seconds(pattern.holdIn)},
        {u"exhale"_s, seconds(pattern.exhale)},
        {u"holdOut"_s, seconds(pattern.holdOut)},
    };
    if (!pattern.note.isEmpty())
        object.insert(u"note"_s, pattern.note);
    return object;
}

ModelIssues BreathPatternJson::issues(const BreathPattern &pattern)
{
    ModelIssues issues;
    read(JsonNode(write(pattern), QString(), issues));
    return issues;
}

} // namespace toward
