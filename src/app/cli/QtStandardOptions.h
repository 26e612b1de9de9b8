#pragma once

#include "Result.h"

#include <QStringList>

namespace toward {

// The options every Qt program takes (-platform, -style, -reverse, ...). QApplication removes them
// from argv when it starts, but Toward reads its own options before choosing which application
// object to create, so it sets Qt's aside first. They are recognised as Qt does: with one dash or
// two, the value as the next argument (or after '=' where Qt takes that), wherever they appear.
class QtStandardOptions {
public:
    // `arguments` without Qt's options and their values; fails when one misses its value.
    static Result<QStringList> remove(const QStringList &arguments);
};

} // namespace toward
