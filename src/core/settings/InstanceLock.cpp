#include "settings/InstanceLock.h"

#include "settings/StorageProblem.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace toward {

Result<std::shared_ptr<InstanceLock>> InstanceLock::acquire(const QString &dataDirectory)
{
    auto lock = std::make_shared<InstanceLock>(QDir(dataDirectory).filePath(u"toward.lock"_s));
    // A lock left by a crashed Toward is stale and taken over by QLockFile.
    if (lock->m_lock.tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->m_lock.error() == QLockFile::LockFailedError
        && lock->m_lock.getLockInfo(&pid, &host, &application)) {
        return Result<std::shared_ptr<InstanceLock>>::failure(QCoreApplication::translate(
            "InstanceLock",
            "Toward is already running with this data folder (%1, process %2). Only one Toward at "
            "a time may write to a journal.")
                                                                  .arg(QDir::toNativeSeparators(
                                                                      dataDirectory))
                                                                  .arg(pid));
    }
    const QString cause = storageProblem(dataDirectory);
    return Result<std::shared_ptr<InstanceLock>>::failure(
        QCoreApplication::translate("InstanceLock", "Cannot lock the data folder %1: %2")
            .arg(QDir::toNativeSeparators(dataDirectory),
                cause.isEmpty() ? QCoreApplication::translate(
                    "InstanceLock", "its lock file cannot be written.")
                                : cause));
}

} // namespace toward
