#include "model/JsonNode.h"

#include <QCoreApplication>
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
    //: The size a list must have, as in "must have at least 2 entries"
    return QCoreApplication::translate("JsonNode", "%n entries", nullptr, int(count));
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
                ? QCoreApplication::translate("JsonNode", "must have at least %1, but it is empty")
                      .arg(entries(minItems))
                : QCoreApplication::translate("JsonNode", "must have at least %1, not %2")
                      .arg(entries(minItems))
                      .arg(items.size()));
    } else if (items.size() > maxItems) {
        error(QCoreApplication::translate("JsonNode", "must have at most %1, not %2")
                  .arg(entries(maxItems))
                  .arg(items.size()));
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
        error(QCoreApplication::translate("JsonNode", "must not be empty"));
        return std::nullopt;
    }
    if (const qsizetype length = characterCount(trimmed); length > maxChars) {
        error(QCoreApplication::translate("JsonNode", "must be at most %1 characters, not %2")
                  .arg(maxChars)
                  .arg(length));
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
        error(QCoreApplication::translate("JsonNode",
            "%1 is not a valid id: use 1 to 64 lowercase letters, digits and hyphens, "
            "starting with a letter or digit")
                  .arg(quoted(*value)));
        return std::nullopt;
    }
    return value;
}

std::optional<int> JsonNode::integer(Presence presence, int min, int max) const
{
    const std::optional<double> value = numberInRange(
        presence, min, max, QCoreApplication::translate("JsonNode", "a whole number"));
    if (!value)
        return std::nullopt;
    if (std::trunc(*value) != *value) {
        error(QCoreApplication::translate("JsonNode", "must be a whole number, not %1")
                  .arg(formatNumber(*value)));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<double> JsonNode::number(Presence presence, double min, double max) const
{
    return numberInRange(presence, min, max, QCoreApplication::translate("JsonNode", "a number"));
}

std::optional<double> JsonNode::numberInRange(
    Presence presence, double min, double max, const QString &expected) const
{
    if (!isPresent(presence))
        return std::nullopt;
    if (!m_value.isDouble()) {
        error(QCoreApplication::translate("JsonNode", "must be %1, not %2")
                  .arg(expected, describeType(m_value.type())));
        return std::nullopt;
    }
    const double value = m_value.toDouble();
    if (value < min || value > max) {
        error(QCoreApplication::translate("JsonNode", "must be from %1 to %2, not %3")
                  .arg(formatNumber(min), formatNumber(max), formatNumber(value)));
        return std::nullopt;
    }
    return value;
}

void JsonNode::warnAboutUnknownKeys(std::initializer_list<QLatin1StringView> knownKeys) const
{
    const QJsonObject object = m_value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(knownKeys.begin(), knownKeys.end(), it.key()) == knownKeys.end())
            m_issues->append({ModelIssue::Severity::Warning, childPath(it.key()),
                QCoreApplication::translate("JsonNode", "unknown key, ignored")});
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
        error(QCoreApplication::translate("JsonNode", "required but missing"));
    return false;
}

bool JsonNode::hasType(QJsonValue::Type type) const
{
    if (m_value.type() == type)
        return true;
    error(QCoreApplication::translate("JsonNode", "must be %1, not %2")
              .arg(describeType(type), describeType(m_value.type())));
    return false;
}

QString JsonNode::mustBeOneOf(const QStringList &words, const QString &actual)
{
    QStringList quotedWords;
    for (const QString &word : words)
        quotedWords.append(quoted(word));
    const QString last = quotedWords.takeLast();
    const QString choices = quotedWords.size() == 1
        ? QCoreApplication::translate("JsonNode", "%1 or %2").arg(quotedWords.first(), last)
        : QCoreApplication::translate("JsonNode", "one of %1 or %2")
              .arg(quotedWords.join(u", "_s), last);
    return QCoreApplication::translate("JsonNode", "must be %1, not %2")
        .arg(choices, quoted(actual));
}

QString JsonNode::describeType(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return QCoreApplication::translate("JsonNode", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("JsonNode", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("JsonNode", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("JsonNode", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("JsonNode", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace toward
