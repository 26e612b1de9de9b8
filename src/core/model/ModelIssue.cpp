#include "model/ModelIssue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

QString ModelIssue::toString() const
{
    QString where = path;
    if (line > 0)
        where =
            QCoreApplication::translate("ModelIssue", "line %1, column %2").arg(line).arg(column);
    const QString prefix = isError() ? u"error: "_s : u"warning: "_s;
    return where.isEmpty() ? prefix + message : QString(prefix + where + u": "_s + message);
}

} // namespace toward
