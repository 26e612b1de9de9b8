#pragma once

#include "model/ModelIssue.h"
#include "model/PracticeVocabulary.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <initializer_list>
#include <limits>
#include <optional>

namespace toward {

enum class Presence { Required, Optional };

// A value in a JSON document together with its path ("regions[2].cues[0].need"). Each typed read
// records a precise, plain-words issue when the value is not what the format says, and then
// returns nothing, so a reader can go on and find every problem in one pass.
class JsonNode {
public:
    JsonNode(QJsonValue value, QString path, ModelIssues &issues);

    JsonNode operator[](QLatin1StringView key) const;

    const QString &path() const { return m_path; }
    bool isMissing() const { return m_value.isUndefined(); }

    bool isObject(Presence presence) const;
    std::optional<QList<JsonNode>> array(Presence presence, qsizetype minItems = 0,
        qsizetype maxItems = std::numeric_limits<qsizetype>::max()) const;
    std::optional<QString> string(Presence presence) const;
    // A string that is not empty after trimming, at most `maxChars` characters; returned trimmed.
    std::optional<QString> text(Presence presence, qsizetype maxChars = 2000) const;
    std::optional<QString> id(Presence presence) const;
    std::optional<int> integer(Presence presence, int min, int max) const;
    std::optional<double> number(Presence presence, double min, double max) const;
    std::optional<bool> boolean(Presence presence) const;

    template<typename Enum>
    std::optional<Enum> word(Presence presence) const
    {
        const std::optional<QString> word = string(presence);
        if (!word)
            return std::nullopt;
        if (const std::optional<Enum> value = enumFromWord<Enum>(*word))
            return value;
        error(mustBeOneOf(allWords<Enum>(), *word));
        return std::nullopt;
    }

    // Warns about every key of this object that the format does not define.
    void warnAboutUnknownKeys(std::initializer_list<QLatin1StringView> knownKeys) const;

    void error(const QString &message) const;
    void warning(const QString &message) const;

    static QString quoted(const QString &text);
    static QString formatNumber(double value);
    // "a string", "an array", "null", ...
    static QString describeType(QJsonValue::Type type);

private:
    QString childPath(const QString &key) const;
    std::optional<double> numberInRange(
        Presence presence, double min, double max, const QString &expected) const;
    bool isPresent(Presence presence) const;
    bool hasType(QJsonValue::Type type) const;
    static QString mustBeOneOf(const QStringList &words, const QString &actual);

    QJsonValue m_value;
    QString m_path;
    ModelIssues *m_issues;
};

} // namespace toward
