#include "breath/CustomBreathPatternStore.h"

#include "model/BreathPatternJson.h"
#include "model/JsonNode.h"
#include "model/JsonObjectParser.h"
#include "settings/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <limits>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

const QString Format = u"toward-breath-patterns"_s;
// A few hundred patterns take a few dozen KiB; anything much larger is not one of ours.
constexpr qint64 MaxFileBytes = 1024 * 1024;

void readHeader(const JsonNode &top)
{
    const JsonNode format = top["format"_L1];
    if (const auto word = format.string(Presence::Required); word && *word != Format)
        format.error(QCoreApplication::translate("CustomBreathPatternStore", "must be %1, not %2")
                         .arg(JsonNode::quoted(Format), JsonNode::quoted(*word)));
    const JsonNode versionNode = top["version"_L1];
    const std::optional<int> version = versionNode.integer(
        Presence::Required, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (version && *version > CustomBreathPatternStore::Version)
        versionNode.error(QCoreApplication::translate(
            "CustomBreathPatternStore", "made for a newer version of Toward (version %1)")
                              .arg(*version));
    else if (version && *version < CustomBreathPatternStore::Version)
        versionNode.error(
            QCoreApplication::translate("CustomBreathPatternStore", "must be %1, not %2")
                .arg(CustomBreathPatternStore::Version)
                .arg(*version));
}

QList<BreathPattern> readPatterns(const JsonNode &top)
{
    QList<BreathPattern> patterns;
    QSet<QString> ids;
    for (const JsonNode &node :
        top["patterns"_L1].array(Presence::Required).value_or(QList<JsonNode>())) {
        if (!node.isObject(Presence::Required))
            continue;
        const JsonNode idNode = node["id"_L1];
        const std::optional<QString> id = idNode.id(Presence::Required);
        if (id && ids.contains(*id))
            idNode.error(QCoreApplication::translate(
                "CustomBreathPatternStore", "another pattern already has the id %1")
                             .arg(JsonNode::quoted(*id)));
        BreathPattern pattern = BreathPatternJson::read(node);
        pattern.id = id.value_or(QString());
        if (id)
            ids.insert(*id);
        patterns.append(pattern);
    }
    return patterns;
}

QString describeErrors(const ModelIssues &issues)
{
    QStringList errors;
    for (const ModelIssue &issue : issues) {
        if (issue.isError())
            errors.append(
                issue.path.isEmpty() ? issue.message : issue.path + u": "_s + issue.message);
    }
    return errors.join(u"; "_s);
}

} // namespace

CustomBreathPatternStore::CustomBreathPatternStore(const QString &dataDir)
    : m_filePath(QDir(dataDir).filePath(FileName))
{
}

Result<void> CustomBreathPatternStore::save(const QList<BreathPattern> &patterns) const
{
    if (const Result<void> written = writePrivateFile(m_filePath, serialize(patterns));
        !written.ok())
        return Result<void>::failure(QCoreApplication::translate(
            "CustomBreathPatternStore", "Cannot keep your breath patterns in %1: %2")
                                         .arg(m_filePath, written.error()));
    return Result<void>::success();
}

QByteArray CustomBreathPatternStore::serialize(const QList<BreathPattern> &patterns)
{
    QJsonArray array;
    for (const BreathPattern &pattern : patterns)
        array.append(BreathPatternJson::write(pattern));
    const QJsonObject top {{u"format"_s, Format}, {u"version"_s, Version}, {u"patterns"_s, array}};
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

Result<QList<BreathPattern>> CustomBreathPatternStore::load() const
{
    using Loaded = Result<QList<BreathPattern>>;
    const auto failure = [this](const QString &reason) {
        return Loaded::failure(QCoreApplication::translate(
            "CustomBreathPatternStore", "Your breath patterns in %1 cannot be read: %2")
                                   .arg(m_filePath, reason));
    };
    QFile file(m_filePath);
    if (!file.exists())
        return QList<BreathPattern>();
    if (!file.open(QIODevice::ReadOnly))
        return failure(file.errorString());
    if (file.size() > MaxFileBytes)
        return failure(QCoreApplication::translate(
            "CustomBreathPatternStore", "the file is too large to hold breath patterns"));
    Loaded patterns = parse(file.readAll());
    if (!patterns.ok())
        return failure(patterns.error());
    return patterns;
}

Result<QList<BreathPattern>> CustomBreathPatternStore::parse(const QByteArray &json)
{
    using Parsed = Result<QList<BreathPattern>>;
    const ParsedJsonObject parsed = JsonObjectParser::parse(json);
    const QJsonParseError &parseError = parsed.syntaxError;
    if (parseError.error != QJsonParseError::NoError)
        return Parsed::failure(QCoreApplication::translate(
            "CustomBreathPatternStore", "it is not valid JSON (%1 at byte %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!parsed.isObject())
        return Parsed::failure(
            QCoreApplication::translate("CustomBreathPatternStore", "it is %1, not a JSON object")
                .arg(JsonNode::describeType(parsed.type)));

    ModelIssues issues;
    const JsonNode top(parsed.object, QString(), issues);
    readHeader(top);
    QList<BreathPattern> patterns = readPatterns(top);
    if (const QString errors = describeErrors(issues); !errors.isEmpty())
        return Parsed::failure(errors);
    return patterns;
}

} // namespace toward
