#include "practice/CheckInDraftStore.h"

#include "model/JsonNode.h"
#include "model/JsonObjectParser.h"
#include "settings/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// A draft is small; anything much larger is not one of ours.
constexpr qint64 MaxDraftBytes = 4 * 1024 * 1024;

} // namespace

CheckInDraftStore::CheckInDraftStore(const QString &dataDir)
    : m_filePath(QDir(dataDir).filePath(FileName))
{
}

Result<void> CheckInDraftStore::save(const CheckInDraft &draft) const
{
    const QByteArray json = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Indented);
    if (const Result<void> written = writePrivateFile(m_filePath, json); !written.ok())
        return Result<void>::failure(
            u"Cannot keep the check-in in progress in %1: %2"_s.arg(m_filePath, written.error()));
    return Result<void>::success();
}

Result<std::optional<CheckInDraft>> CheckInDraftStore::load() const
{
    using Loaded = Result<std::optional<CheckInDraft>>;
    const auto failure = [this](const QString &reason) {
        return Loaded::failure(
            u"The check-in in progress in %1 cannot be read: %2"_s.arg(m_filePath, reason));
    };
    QFile file(m_filePath);
    if (!file.exists())
        return std::optional<CheckInDraft>();
    if (!file.open(QIODevice::ReadOnly))
        return failure(file.errorString());
    if (file.size() > MaxDraftBytes)
        return failure(u"the file is too large to be a draft"_s);
    Result<CheckInDraft> draft = parse(file.readAll());
    if (!draft.ok())
        return failure(draft.error());
    return std::optional<CheckInDraft>(std::move(draft).value());
}

Result<CheckInDraft> CheckInDraftStore::parse(const QByteArray &json)
{
    const ParsedJsonObject parsed = JsonObjectParser::parse(json);
    const QJsonParseError &parseError = parsed.syntaxError;
    if (parseError.error != QJsonParseError::NoError)
        return Result<CheckInDraft>::failure(
            u"it is not valid JSON (%1 at byte %2)"_s.arg(parseError.errorString())
                .arg(parseError.offset));
    if (!parsed.isObject())
        return Result<CheckInDraft>::failure(
            u"it is %1, not a JSON object"_s.arg(JsonNode::describeType(parsed.type)));
    return CheckInDraft::fromJson(parsed.object);
}

Result<void> CheckInDraftStore::clear() const
{
    QFile file(m_filePath);
    if (!file.exists() || file.remove())
        return Result<void>::success();
    return Result<void>::failure(
        u"Cannot remove the check-in in progress %1: %2"_s.arg(m_filePath, file.errorString()));
}

} // namespace toward
