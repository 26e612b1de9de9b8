#pragma once

#include <QDate>
#include <QString>
#include <QTextStream>

namespace toward {

// `toward --what-helps [--from DATE] [--to DATE] [--format text|json]`: what helps the person, as
// estimated from the journal in a data directory (the usual one when `dataDir` is empty),
// read-only, so it works while Toward runs. Titles come from `modelPath` when given, else from the
// model the app uses. Prints on `out` and returns 0, or prints the problem on `err` and returns 1.
class WhatHelpsCommand {
public:
    enum class Format { Text, Json };

    // `from` and `to`: the first and last day, both included; invalid for no bound.
    static int run(const QString &dataDir, const QString &modelPath, QDate from, QDate to,
        Format format, QTextStream &out, QTextStream &err);
};

} // namespace toward
