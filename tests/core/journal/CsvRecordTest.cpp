#include "TestSupport.h"
#include "journal/CsvRecordReader.h"
#include "journal/CsvRecordWriter.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

QByteArray written(const QList<QStringList> &records)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvRecordWriter writer(buffer);
    for (const QStringList &record : records)
        REQUIRE(writer.write(record).ok());
    return bytes;
}

QList<CsvRecord> readAll(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvRecordReader reader(buffer);
    QList<CsvRecord> records;
    while (std::optional<CsvRecord> record = reader.next())
        records.append(std::move(*record));
    CHECK(reader.deviceError().isEmpty());
    return records;
}

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> fields;
    for (const CsvRecord &record : records) {
        INFO(record.fields.join(u'|'));
        CHECK(record.problems.isEmpty());
        fields.append(record.fields);
    }
    return fields;
}

} // namespace

TEST_CASE("CSV fields are quoted only when they need it, with CRLF line ends", "[csv]")
{
    CHECK(written({{u"a"_s, u"b c"_s, QString(), u"  padded "_s}}) == "a,b c,,  padded \r\n");
    CHECK(written({{u"x,y"_s}}) == "\"x,y\"\r\n");
    CHECK(written({{u"say \"hi\""_s}}) == "\"say \"\"hi\"\"\"\r\n");
    CHECK(written({{u"one\ntwo"_s, u"cr\rhere"_s, u"crlf\r\nthere"_s}})
        == "\"one\ntwo\",\"cr\rhere\",\"crlf\r\nthere\"\r\n");
    CHECK(written({{u"ünï ✓ 🧘"_s}}) == QStringLiteral("ünï ✓ 🧘\r\n").toUtf8());
    CHECK(written({{u"h1"_s, u"h2"_s}, {u"1"_s, u"2"_s}}) == "h1,h2\r\n1,2\r\n");
}

TEST_CASE("CSV records are read with quotes, commas and line breaks inside fields", "[csv]")
{
    const QList<QStringList> records = fieldsOf(
        readAll("plain,\"x,y\",\"say \"\"hi\"\"\",\"one\ntwo\",\"cr\rhere\",\"crlf\r\nthere\",\r\n"
                "\"\",,last\r\n"));
    REQUIRE(records.size() == 2);
    CHECK(records.at(0)
        == QStringList {u"plain"_s, u"x,y"_s, u"say \"hi\""_s, u"one\ntwo"_s, u"cr\rhere"_s,
            u"crlf\r\nthere"_s, QString()});
    CHECK(records.at(1) == QStringList {QString(), QString(), u"last"_s});
}

TEST_CASE("CSV records may end in CRLF, LF or a lone CR, and the last one in nothing", "[csv]")
{
    const QList<QStringList> expected {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}, {u"e"_s, u"f"_s}};
    CHECK(fieldsOf(readAll("a,b\r\nc,d\r\ne,f\r\n")) == expected);
    CHECK(fieldsOf(readAll("a,b\nc,d\ne,f\n")) == expected);
    CHECK(fieldsOf(readAll("a,b\rc,d\re,f")) == expected);
    CHECK(fieldsOf(readAll("a,b\nc,d\r\ne,f")) == expected);
}

TEST_CASE("A byte order mark is skipped at the start of the input and kept anywhere else", "[csv]")
{
    CHECK(fieldsOf(readAll("\xEF\xBB\xBF"
                           "a,b\r\n"))
        == QList<QStringList> {{u"a"_s, u"b"_s}});
    CHECK(fieldsOf(readAll("a,\xEF\xBB\xBF"
                           "b\r\n"))
        == QList<QStringList> {{u"a"_s, u"\uFEFFb"_s}});
    CHECK(readAll("\xEF\xBB\xBF").isEmpty());
}

TEST_CASE("Empty input has no records and an empty line is a blank record", "[csv]")
{
    CHECK(readAll("").isEmpty());
    const QList<CsvRecord> records = readAll("a\r\n\r\n\"\"\r\n");
    REQUIRE(records.size() == 3);
    CHECK_FALSE(records.at(0).isBlank());
    CHECK(records.at(1).isBlank());
    CHECK(records.at(2).isBlank());
}

TEST_CASE("Malformed CSV records are read on and carry their problems", "[csv]")
{
    SECTION("a quote inside an unquoted field")
    {
        const QList<CsvRecord> records = readAll("ok,ab\"c\"d,next\r\nfine\r\n");
        REQUIRE(records.size() == 2);
        REQUIRE(records.at(0).problems.size() == 1);
        CHECK(records.at(0).problems.at(0).field == 1);
        CHECK(records.at(0).problems.at(0).message.startsWith(
            u"has a quote in a field that does not start with one"_s));
        CHECK(records.at(0).fields.size() == 3);
        CHECK(records.at(1).problems.isEmpty());
    }
    SECTION("text after a closing quote")
    {
        const QList<CsvRecord> records = readAll("\"quoted\"tail,b\r\n");
        REQUIRE(records.size() == 1);
        REQUIRE(records.at(0).problems.size() == 1);
        CHECK(records.at(0).problems.at(0).field == 0);
        CHECK(
            records.at(0).problems.at(0).message.startsWith(u"has text after its closing quote"_s));
    }
    SECTION("a quoted field that is never closed")
    {
        const QList<CsvRecord> records = readAll("a,\"never closed\r\nb,c\r\n");
        REQUIRE(records.size() == 1);
        REQUIRE(records.at(0).problems.size() == 1);
        CHECK(records.at(0).problems.at(0)
            == CsvRecord::Problem {
                1, u"the file ends inside this quoted field: its closing quote is missing"_s});
    }
    SECTION("bytes that are not UTF-8")
    {
        const QList<CsvRecord> records = readAll("a,b\xff\xfe,\xE2\x9C\r\n");
        REQUIRE(records.size() == 1);
        CHECK(records.at(0).problems
            == QList<CsvRecord::Problem> {
                {1, u"is not valid UTF-8 text"_s}, {2, u"is not valid UTF-8 text"_s}});
    }
}

TEST_CASE("Fields longer than the reader's buffer are read whole", "[csv]")
{
    const QString longField = QString(100'000, u'x') + u"\r\n\"ü\","_s + QString(70'000, u'y');
    const QList<QStringList> records =
        fieldsOf(readAll(written({{u"a"_s, longField, u"z"_s}, {u"next"_s}})));
    REQUIRE(records.size() == 2);
    CHECK(records.at(0) == QStringList {u"a"_s, longField, u"z"_s});
    CHECK(records.at(1) == QStringList {u"next"_s});
}

TEST_CASE("Whatever the CSV writer writes, the reader reads back exactly", "[csv]")
{
    const QList<QStringList> records {
        {u""_s, u","_s, u"\""_s, u"\"\""_s, u"\r"_s, u"\n"_s, u"\r\n"_s, u"\n\r"_s},
        {u"🧘‍♀️ 👍🏽"_s, u"שלום, مرحبا"_s, u"e\u0301 a\u0308"_s, u"\uFEFFmark"_s,
            u"\t tab"_s, u"=SUM(A1)"_s},
        {u"single"_s},
    };
    CHECK(fieldsOf(readAll(written(records))) == records);
}
