// Fuzzes CsvRecordReader, which reads any file a person asks to import: the records must not
// depend on how the device splits the bytes, and well-formed records must come back the same
// through CsvRecordWriter.

#include "journal/CsvRecordReader.h"
#include "journal/CsvRecordWriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

// Hands out a few bytes per read, as a pipe may, so that record and field ends fall on the
// reader's buffer boundaries. Three bytes at least, for peek() to see a byte order mark.
class TrickleDevice : public QIODevice {
public:
    explicit TrickleDevice(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, PieceBytes, qint64(m_bytes.size()) - m_position});
        std::copy_n(m_bytes.constData() + m_position, count, data);
        m_position += count;
        return count;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    static constexpr qint64 PieceBytes = 3;

    QByteArray m_bytes;
    qint64 m_position = 0;
};

QList<CsvRecord> readAll(QIODevice &in)
{
    CsvRecordReader reader(in);
    QList<CsvRecord> records;
    while (std::optional<CsvRecord> record = reader.next())
        records.append(std::move(*record));
    if (!reader.deviceError().isEmpty())
        qFatal("reading from memory failed: %s", qPrintable(reader.deviceError()));
    return records;
}

QList<CsvRecord> readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer);
}

bool sameRecords(const QList<CsvRecord> &a, const QList<CsvRecord> &b)
{
    return std::equal(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const CsvRecord &x, const CsvRecord &y) {
            return x.fields == y.fields && x.problems == y.problems;
        });
}

// After a header, as in every file Toward writes: a first field that starts with U+FEFF would be
// read back as a byte order mark.
QByteArray written(const QList<CsvRecord> &records)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvRecordWriter writer(buffer);
    if (!writer.write({u"header"_s}).ok())
        qFatal("writing to memory failed");
    for (const CsvRecord &record : records) {
        if (!writer.write(record.fields).ok())
            qFatal("writing to memory failed");
    }
    return buffer.data();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<CsvRecord> records = readAll(bytes);

    TrickleDevice trickle(bytes);
    if (!sameRecords(readAll(trickle), records))
        qFatal("the records depend on how the input is read");

    const bool wellFormed = std::all_of(records.cbegin(), records.cend(),
        [](const CsvRecord &record) { return record.problems.isEmpty(); });
    if (wellFormed && !sameRecords(readAll(written(records)).sliced(1), records))
        qFatal("well-formed records change when written and read again");
    return 0;
}
