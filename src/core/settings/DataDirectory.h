#pragma once

#include "Result.h"

#include <QString>

namespace toward {

// The one folder that holds everything Toward keeps for a person: settings, and later the journal.
class DataDirectory {
public:
    // Opens (creating it, owner-only) the folder at `path`, or the platform's standard app data
    // folder when `path` is empty. A folder that exists but cannot be written is opened too: what
    // it holds can still be read (see storageProblem()).
    static Result<DataDirectory> open(const QString &path = {});

    QString path() const { return m_path; }
    QString filePath(const QString &fileName) const;
    QString settingsFilePath() const { return filePath(QStringLiteral("settings.ini")); }
    QString journalFilePath() const { return filePath(JournalFileName); }

    static inline const QString JournalFileName = QStringLiteral("journal.sqlite");

private:
    explicit DataDirectory(QString path)
        : m_path(std::move(path))
    {
    }
    QString m_path;
};

} // namespace toward
