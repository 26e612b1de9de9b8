#pragma once

#include <QString>
#include <QTextStream>

namespace toward {

// Prints a command's problem on its error stream and returns its exit code, 1.
inline int commandFailed(QTextStream &err, const QString &message)
{
    err << message << u'\n';
    err.flush();
    return 1;
}

} // namespace toward
