#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace toward {

// One record of a CSV file, with what was wrong in its syntax, if anything.
struct CsvRecord {
    struct Problem {
        qsizetype field = 0; // 0-based index of the field it was found in
        QString message;
        friend bool operator==(const Problem &, const Problem &) = default;
    };

    QStringList fields;
    QList<Problem> problems; // empty for a well-formed record

    // A line with nothing on it, which spreadsheets like to leave at the end of a file.
    bool isBlank() const
    {
        return fields.size() == 1 && fields.constFirst().isEmpty() && problems.isEmpty();
    }
};

// Reads RFC 4180 records from UTF-8 text, one at a time, so a file never has to be in memory
// whole. Quoted fields may hold commas, line breaks and doubled quotes; records end at CRLF, LF or
// a lone CR. A byte order mark at the very start is skipped. A malformed record is still read, as
// well as it can be, and carries its problems, so a caller can report every bad record at once.
class CsvRecordReader {
public:
    explicit CsvRecordReader(QIODevice &in);

    // None at the end of the input, or when the device could not be read (see deviceError()).
    std::optional<CsvRecord> next();
    // Why reading stopped early; empty when the input was read to its end.
    QString deviceError() const { return m_deviceError; }

private:
    static constexpr qint64 ChunkBytes = 64 * 1024;
    static constexpr int End = -1;

    int nextByte();
    int peekByte();
    bool fillBuffer();
    void endField(QByteArray &field, CsvRecord &record);

    QIODevice &m_in;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    QString m_deviceError;
    // Stateless, and keeping a leading U+FEFF: a field's text must come back exactly as written.
    QStringDecoder m_decoder {QStringDecoder::Utf8,
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
};

} // namespace toward
