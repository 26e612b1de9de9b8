#include "practice/CheckInDraftStore.h"

#include "model/JsonNode.h"
#include "model/JsonObjectParser.h"
#include "settings/PrivateFile.h"

#include <QCoreApplication>
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
        return Result<void>::failure(QCoreApplication::translate(
            "CheckInDraftStore", "Cannot keep the check-in in progress in %1: %2")
                                         .arg(m_filePath, written.error()));
    return Result<void>::success();
}

Result<std::optional<CheckInDraft>> CheckInDraftStore::load() const
{
    using Loaded = Result<std::optional<CheckInDraft>>;
    const auto failure = [this](const QString &reason) {
        return Loaded::failure(QCoreApplication::translate(
            "CheckInDraftStore", "The check-in in progress in %1 cannot be read: %2")
                                   .arg(m_filePath, reason));
    };
    QFile file(m_filePath);
    if (!file.exists())
        return std::optional<CheckInDraft>();
    if (!file.open(QIODevice::ReadOnly))
        return failure(file.errorString());
    if (file.size() > MaxDraftBytes)
        return failure(QCoreApplication::translate(
            "CheckInDraftStore", "the file is too large to be a draft"));
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
            QCoreApplication::translate("CheckInDraftStore", "it is not valid JSON (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!parsed.isObject())
        return Result<CheckInDraft>::failure(
            QCoreApplication::translate("CheckInDraftStore", "it is %1, not a JSON object")
                .arg(JsonNode::describeType(parsed.type)));
    return CheckInDraft::fromJson(parsed.object);
}

Result<void> CheckInDraftStore::clear() const
{
    QFile file(m_filePath);
    if (!file.exists() || file.remove())
        return Result<void>::success();
    return Result<void>::failure(QCoreApplication::translate(
        "CheckInDraftStore", "Cannot remove the check-in in progress %1: %2")
                                     .arg(m_filePath, file.errorString()));
}

} // namespace toward
