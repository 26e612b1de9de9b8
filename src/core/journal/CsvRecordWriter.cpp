#include "journal/CsvRecordWriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

bool needsQuotes(const QString &field)
{
    return std::any_of(field.cbegin(), field.cend(),
        [](QChar c) { return c == u',' || c == u'"' || c == u'\r' || c == u'\n'; });
}

} // namespace

Result<void> CsvRecordWriter::write(const QStringList &fields)
{
    QByteArray record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record.append(',');
        const QString &field = fields.at(i);
        if (needsQuotes(field))
            record.append('"').append(QString(field).replace(u'"', u"\"\""_s).toUtf8()).append('"');
        else
            record.append(field.toUtf8());
    }
    record.append("\r\n");
    if (m_out.write(record) != record.size())
        return Result<void>::failure(m_out.errorString());
    return Result<void>::success();
}

} // namespace toward
