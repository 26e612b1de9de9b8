#pragma once

#include "Result.h"
#include "practice/CheckInDraft.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace toward {

// Keeps the one check-in in progress in the data folder, so that closing the app mid-check-in
// loses nothing and the check-in can be offered at the next start.
class CheckInDraftStore {
public:
    static inline const QString FileName = QStringLiteral("checkin-draft.json");

    explicit CheckInDraftStore(const QString &dataDir);

    QString filePath() const { return m_filePath; }

    // Replaces any earlier draft atomically; the file is readable by its owner only.
    Result<void> save(const CheckInDraft &draft) const;
    // No draft: none was left. Fails, without changing the file, when the draft cannot be read;
    // the caller can tell the person and clear() it.
    Result<std::optional<CheckInDraft>> load() const;
    // Succeeds when there was no draft.
    Result<void> clear() const;

    // The draft in the bytes of a draft file; fails with the reason in words that follow "it".
    static Result<CheckInDraft> parse(const QByteArray &json);

private:
    QString m_filePath;
};

} // namespace toward
