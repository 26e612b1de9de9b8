#include "journal/CsvRecordReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// One problem per field is enough to point at it; the rest would repeat it.
void addProblem(CsvRecord &record, const QString &message)
{
    const qsizetype field = record.fields.size();
    if (record.problems.isEmpty() || record.problems.constLast().field != field)
        record.problems.append({field, message});
}

} // namespace

CsvRecordReader::CsvRecordReader(QIODevice &in)
    : m_in(in)
{
    if (m_in.peek(3) == "\xEF\xBB\xBF")
        m_in.skip(3);
}

bool CsvRecordReader::fillBuffer()
{
    m_buffer.resize(ChunkBytes);
    qint64 read = m_in.read(m_buffer.data(), ChunkBytes);
    if (read < 0) {
        m_deviceError = m_in.errorString();
        read = 0;
    }
    m_buffer.resize(read);
    m_position = 0;
    return read > 0;
}

int CsvRecordReader::nextByte()
{
    if (m_position == m_buffer.size() && !fillBuffer())
        return End;
    return static_cast<unsigned char>(m_buffer.at(m_position++));
}

int CsvRecordReader::peekByte()
{
    if (m_position == m_buffer.size() && !fillBuffer())
        return End;
    return static_cast<unsigned char>(m_buffer.at(m_position));
}

void CsvRecordReader::endField(QByteArray &field, CsvRecord &record)
{
    m_decoder.resetState();
    QString text = m_decoder.decode(field);
    if (m_decoder.hasError())
        addProblem(
            record, QCoreApplication::translate("CsvRecordReader", "is not valid UTF-8 text"));
    record.fields.append(std::move(text));
    field.clear();
}

std::optional<CsvRecord> CsvRecordReader::next()
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    CsvRecord record;
    QByteArray field;
    for (;;) {
        const int byte = nextByte();
        if (byte == End) {
            if (state == State::FieldStart && record.fields.isEmpty())
                return std::nullopt;
            if (state == State::Quoted) {
                addProblem(record,
                    QCoreApplication::translate("CsvRecordReader",
                        "the file ends inside this quoted field: its closing quote is missing"));
            }
            endField(field, record);
            return record;
        }
        if (state == State::Quoted) {
            if (byte == '"')
                state = State::QuoteInQuoted;
            else
                field.append(static_cast<char>(byte));
            continue;
        }
        if (byte == '"' && state == State::FieldStart) {
            state = State::Quoted;
        } else if (byte == '"' && state == State::QuoteInQuoted) {
            field.append('"');
            state = State::Quoted;
        } else if (byte == ',') {
            endField(field, record);
            state = State::FieldStart;
        } else if (byte == '\r' || byte == '\n') {
            if (byte == '\r' && peekByte() == '\n')
                nextByte();
            endField(field, record);
            return record;
        } else {
            if (byte == '"') {
                addProblem(record,
                    QCoreApplication::translate("CsvRecordReader",
                        "has a quote in a field that does not start with one; quote the whole "
                        "field "
                        "and double the quote inside (\"\")"));
            } else if (state == State::QuoteInQuoted) {
                addProblem(record,
                    QCoreApplication::translate("CsvRecordReader",
                        "has text after its closing quote; a quote inside a quoted field must be "
                        "doubled (\"\")"));
            }
            field.append(static_cast<char>(byte));
            state = State::Unquoted;
        }
    }
}

} // namespace toward
