#pragma once

#include "Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace toward {

// Makes sure only one Toward writes to a data directory at a time. Held for as long as it lives.
class InstanceLock {
public:
    // Fails with a readable reason when another live Toward holds the lock.
    static Result<std::shared_ptr<InstanceLock>> acquire(const QString &dataDirectory);

    explicit InstanceLock(const QString &lockFilePath)
        : m_lock(lockFilePath)
    {
    }

private:
    QLockFile m_lock;
};

} // namespace toward
