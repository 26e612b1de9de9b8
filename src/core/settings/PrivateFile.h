#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace toward {

// Writes `contents` to `path` whole or not at all (under a temporary name, renamed once written),
// readable by its owner only: the data folder's files are private health data. The error is the
// file system's reason.
Result<void> writePrivateFile(const QString &path, const QByteArray &contents);

} // namespace toward
