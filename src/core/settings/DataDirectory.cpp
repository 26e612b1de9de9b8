#include "settings/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace toward {

Result<DataDirectory> DataDirectory::open(const QString &path)
{
    const QString wanted =
        path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : path;
    if (wanted.isEmpty())
        return Result<DataDirectory>::failure(QCoreApplication::translate("DataDirectory",
            "This system offers no folder for application data; "
            "choose one with --data-dir."));
    const QFileInfo info(wanted);
    const QString absolute = info.absoluteFilePath();
    if (info.exists() && !info.isDir())
        return Result<DataDirectory>::failure(
            QCoreApplication::translate("DataDirectory", "%1 is a file, not a folder.")
                .arg(absolute));
    if (!info.exists()) {
        if (!QDir().mkpath(absolute))
            return Result<DataDirectory>::failure(
                QCoreApplication::translate("DataDirectory", "Cannot create the data folder %1.")
                    .arg(absolute));
        // Health data: only the owner may look inside a folder we create.
        QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return DataDirectory(QDir::cleanPath(absolute));
}

QString DataDirectory::filePath(const QString &fileName) const
{
    return QDir(m_path).filePath(fileName);
}

} // namespace toward
