#pragma once

#include <QString>

namespace toward {

// Why nothing new can be written into the folder at `folderPath`, in words a person can act on:
// its disk is full, or it is read-only. Empty when neither is the case. Asked after a write
// failed, to name its cause.
QString storageProblem(const QString &folderPath);

} // namespace toward
