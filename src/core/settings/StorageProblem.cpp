#include "settings/StorageProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// Less than this cannot hold a check-in with the journal's write-ahead log, a lock file or a
// settings file.
constexpr qint64 FullBelowBytes = 64 * 1024;

} // namespace

QString storageProblem(const QString &folderPath)
{
    const QString folder = QDir::toNativeSeparators(folderPath);
    const QStorageInfo storage(folderPath);
    if (storage.isReadOnly() || !QFileInfo(folderPath).isWritable())
        return QCoreApplication::translate("StorageProblem", "The folder %1 is read-only.")
            .arg(folder);
    if (storage.isValid() && storage.bytesAvailable() < FullBelowBytes)
        return QCoreApplication::translate("StorageProblem", "The disk that holds %1 is full.")
            .arg(folder);
    return {};
}

} // namespace toward
