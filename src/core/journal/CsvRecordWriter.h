#pragma once

#include "Result.h"

#include <QIODevice>
#include <QStringList>

namespace toward {

// Writes RFC 4180 records to a device as UTF-8 (no byte order mark) with CRLF line ends. A field is
// quoted only when it holds a comma, a quote, CR or LF; quotes inside it are doubled.
class CsvRecordWriter {
public:
    explicit CsvRecordWriter(QIODevice &out)
        : m_out(out)
    {
    }

    // Fails with the device's reason when the record could not be written in full.
    Result<void> write(const QStringList &fields);

private:
    QIODevice &m_out;
};

} // namespace toward
