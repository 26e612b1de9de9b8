#pragma once

#include <QString>
#include <QTextStream>

namespace toward {

// `toward --check-model FILE`: a summary on `out` and exit code 0 for a valid model; every problem,
// one a line, on `err` and exit code 1 otherwise. Warnings go to `err` in both cases.
class CheckModelCommand {
public:
    static int run(const QString &path, QTextStream &out, QTextStream &err);
};

} // namespace toward
