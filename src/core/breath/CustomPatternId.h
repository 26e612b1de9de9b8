#pragma once

#include <QString>
#include <QStringList>

namespace toward {

// An id for a new pattern of the person's own: "custom-" and its name in id letters ("Box 4 s" →
// "custom-box-4-s"), with a number added when one of `takenIds` has it already. A pattern keeps
// its id when renamed, so the journal's check-ins keep naming it.
QString newCustomPatternId(const QString &name, const QStringList &takenIds);

} // namespace toward
