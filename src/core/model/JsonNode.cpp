#include "model/JsonNode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

QString entries(qsizetype count)
{
    return count == 1 ? u"1 entry"_s : u"%1 entries"_s.arg(count);
}

} // namespace

JsonNode::JsonNode(QJsonValue value, QString path, ModelIssues &issues)
    : m_value(std::move(value))
    , m_path(std::move(path))
    , m_issues(&issues)
{
}

JsonNode JsonNode::operator[](QLatin1StringView key) const
{
    return JsonNode(m_value.toObject().value(key), childPath(QString(key)), *m_issues);
}

bool JsonNode::isObject(Presence presence) const
{
    return isPresent(presence) && hasType(QJsonValue::Object);
}

std::optional<QList<JsonNode>> JsonNode::array(
    Presence presence, qsizetype minItems, qsizetype maxItems) const
{
    if (!isPresent(presence) || !hasType(QJsonValue::Array))
        return std::nullopt;
    const QJsonArray items = m_value.toArray();
    if (items.size() < minItems) {
        error(items.isEmpty()
                ? u"must have at least %1, but it is empty"_s.arg(entries(minItems))
                : u"must have at least %1, not %2"_s.arg(entries(minItems)).arg(items.size()));
    } else if (items.size() > maxItems) {
        error(u"must have at most %1, not %2"_s.arg(entries(maxItems)).arg(items.size()));
    }
    QList<JsonNode> nodes;
    nodes.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        nodes.append(JsonNode(items.at(i), m_path + u'[' + QString::number(i) + u']', *m_issues));
    return nodes;
}

std::optional<QString> JsonNode::string(Presence presence) const
{
    if (!isPresent(presence) || !hasType(QJsonValue::String))
        return std::nullopt;
    return m_value.toString();
}

std::optional<bool> JsonNode::boolean(Presence presence) const
{
    if (!isPresent(presence) || !hasType(QJsonValue::Bool))
        return std::nullopt;
    return m_value.toBool();
}

std::optional<QString> JsonNode::text(Presence presence, qsizetype maxChars) const
{
    std::optional<QString> value = string(presence);
    if (!value)
        return std::nullopt;
    const QString trimmed = value->trimmed();
    if (trimmed.isEmpty()) {
        error(u"must not be empty"_s);
        return std::nullopt;
    }
    if (const qsizetype length = characterCount(trimmed); length > maxChars) {
        error(u"must be at most %1 characters, not %2"_s.arg(maxChars).arg(length));
        return std::nullopt;
    }
    return trimmed;
}

std::optional<QString> JsonNode::id(Presence presence) const
{
    const std::optional<QString> value = string(presence);
    if (!value)
        return std::nullopt;
    if (!isValidId(*value)) {
        error(u"%1 is not a valid id: use 1 to 64 lowercase letters, digits and hyphens, "
              "starting with a letter or digit"_s.arg(quoted(*value)));
        return std::nullopt;
    }
    return value;
}

std::optional<int> JsonNode::integer(Presence presence, int min, int max) const
{
    const std::optional<double> value = numberInRange(presence, min, max, u"a whole number"_s);
    if (!value)
        return std::nullopt;
    if (std::trunc(*value) != *value) {
        error(u"must be a whole number, not %1"_s.arg(formatNumber(*value)));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<double> JsonNode::number(Presence presence, double min, double max) const
{
    return numberInRange(presence, min, max, u"a number"_s);
}

std::optional<double> JsonNode::numberInRange(
    Presence presence, double min, double max, const QString &expected) const
{
    if (!isPresent(presence))
        return std::nullopt;
    if (!m_value.isDouble()) {
        error(u"must be %1, not %2"_s.arg(expected, describeType(m_value.type())));
        return std::nullopt;
    }
    const double value = m_value.toDouble();
    if (value < min || value > max) {
        error(u"must be from %1 to %2, not %3"_s.arg(
            formatNumber(min), formatNumber(max), formatNumber(value)));
        return std::nullopt;
    }
    return value;
}

void JsonNode::warnAboutUnknownKeys(std::initializer_list<QLatin1StringView> knownKeys) const
{
    const QJsonObject object = m_value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(knownKeys.begin(), knownKeys.end(), it.key()) == knownKeys.end())
            m_issues->append(
                {ModelIssue::Severity::Warning, childPath(it.key()), u"unknown key, ignored"_s});
    }
}

void JsonNode::error(const QString &message) const
{
    m_issues->append({ModelIssue::Severity::Error, m_path, message});
}

void JsonNode::warning(const QString &message) const
{
    m_issues->append({ModelIssue::Severity::Warning, m_path, message});
}

QString JsonNode::quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString JsonNode::formatNumber(double value)
{
    return QString::number(value, 'g', 15);
}

QString JsonNode::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : QString(m_path + u'.' + key);
}

bool JsonNode::isPresent(Presence presence) const
{
    if (!isMissing())
        return true;
    if (presence == Presence::Required)
        error(u"required but missing"_s);
    return false;
}

bool JsonNode::hasType(QJsonValue::Type type) const
{
    if (m_value.type() == type)
        return true;
    error(u"must be %1, not %2"_s.arg(describeType(type), describeType(m_value.type())));
    return false;
}

QString JsonNode::mustBeOneOf(const QStringList &words, const QString &actual)
{
    QStringList quotedWords;
    for (const QString &word : words)
        quotedWords.append(quoted(word));
    const QString last = quotedWords.takeLast();
    const QString choices = quotedWords.size() == 1
        ? QString(quotedWords.first() + u" or "_s + last)
        : QString(u"one of "_s + quotedWords.join(u", "_s) + u" or "_s + last);
    return u"must be %1, not %2"_s.arg(choices, quoted(actual));
}

QString JsonNode::describeType(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"true or false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace toward
