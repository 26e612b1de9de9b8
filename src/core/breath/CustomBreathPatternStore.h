#pragma once

#include "Result.h"
#include "model/PracticeModel.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace toward {

// Keeps the breath patterns a person made in the data folder, apart from any model file, so that
// they stay when the model changes.
class CustomBreathPatternStore {
public:
    static inline const QString FileName = QStringLiteral("breath-patterns.json");
    static constexpr int Version = 1;

    explicit CustomBreathPatternStore(const QString &dataDir);

    QString filePath() const { return m_filePath; }

    // Replaces the file atomically; it is readable by its owner only.
    Result<void> save(const QList<BreathPattern> &patterns) const;
    // None when there is no file yet. Fails, leaving the file as it is, when any part of it breaks
    // the rules, naming the place: a damaged file is never taken for an empty one.
    Result<QList<BreathPattern>> load() const;

    // The patterns in the bytes of such a file; fails with the reason in words that follow "it".
    static Result<QList<BreathPattern>> parse(const QByteArray &json);
    // The bytes save() writes.
    static QByteArray serialize(const QList<BreathPattern> &patterns);

private:
    QString m_filePath;
};

} // namespace toward
