#include "TestSupport.h"
#include "journal/CheckInCsvRow.h"
#include "journal/CsvRecordWriter.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalCsvImporter.h"
#include "journal/JournalStore.h"
#include "journal/JournalTestData.h"
#include "model/PracticeModel.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const QByteArray Header =
    "id,started_at,ended_at,context,regions,pain_before,pain_after,practice,breath_pattern,"
    "feelings_before,feelings_after,cues,red_flags,note";

std::unique_ptr<JournalStore> openJournal(
    const test::TemporaryDataDir &dir, const QString &name = u"journal.sqlite"_s)
{
    JournalStore::OpenResult opened = JournalStore::open(dir.filePath(name));
    INFO(opened.problem.message);
    REQUIRE(opened.store);
    return std::move(opened.store);
}

// Knows no id, so imported check-ins are named as the CSV carries them: by their ids.
const PracticeModel ModelWithoutNames;

QDateTime at(const QString &isoWithOffset)
{
    const QDateTime moment = QDateTime::fromString(isoWithOffset, Qt::ISODateWithMs);
    REQUIRE(moment.isValid());
    return moment;
}

QByteArray exported(const JournalStore &journal, const JournalFilter &filter = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Result<qint64> rows = JournalCsvExporter::write(journal, filter, buffer);
    INFO((rows.ok() ? QString() : rows.error()));
    REQUIRE(rows.ok());
    CHECK(rows.value() == journal.count(filter).value());
    return bytes;
}

JournalCsvImport imported(JournalStore &journal, QByteArray csv)
{
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return JournalCsvImporter::importFrom(journal, buffer, ModelWithoutNames);
}

QStringList problemTexts(const QList<JournalCsvProblem> &problems)
{
    QStringList texts;
    for (const JournalCsvProblem &problem : problems)
        texts.append(problem.toString());
    return texts;
}

QList<CheckIn> allCheckIns(const JournalStore &journal)
{
    QList<CheckIn> checkIns;
    REQUIRE(journal.forEach({}, [&](const CheckIn &checkIn) { checkIns.append(checkIn); }).ok());
    return checkIns;
}

// The check-in as it reads back from CSV, which holds ids only: every name and title is its id,
// and cues have no region.
CheckIn asCsvCarriesIt(CheckIn checkIn)
{
    for (RegionRecord &region : checkIn.regions)
        region.name = region.id;
    for (CueRecord &cue : checkIn.cues) {
        cue.title = cue.cueId;
        cue.regionId = u""_s;
    }
    for (QList<LeaningRecord> *leanings : {&checkIn.leaningsBefore, &checkIn.leaningsAfter}) {
        for (LeaningRecord &leaning : *leanings)
            leaning.towardLabel = leaning.awayLabel = leaning.directionId;
    }
    checkIn.practiceTitle = checkIn.practiceId;
    checkIn.breathPatternName = checkIn.breathPatternId;
    return checkIn;
}

// QDateTime's == compares moments only; the CSV must keep each one's UTC offset as well.
void checkSameCheckIns(const QList<CheckIn> &actual, const QList<CheckIn> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        INFO("check-in " << i << ", note " << expected.at(i).note);
        CHECK(actual.at(i) == expected.at(i));
        CHECK(actual.at(i).note == expected.at(i).note);
        CHECK(actual.at(i).startedAt.offsetFromUtc() == expected.at(i).startedAt.offsetFromUtc());
        CHECK(actual.at(i).endedAt.offsetFromUtc() == expected.at(i).endedAt.offsetFromUtc());
    }
}

// A header and rows, written as the exporter writes them.
QByteArray csvOf(const QList<QStringList> &rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvRecordWriter writer(buffer);
    REQUIRE(writer.write(CheckInCsvRow::header()).ok());
    for (const QStringList &row : rows)
        REQUIRE(writer.write(row).ok());
    return bytes;
}

QStringList withField(QStringList row, const QString &column, const QString &value)
{
    const qsizetype index = CheckInCsvRow::header().indexOf(column);
    REQUIRE(index >= 0);
    row[index] = value;
    return row;
}

const QUuid KnownId = QUuid::fromString(u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s);

} // namespace

TEST_CASE("The CSV export starts with the header, columns in the documented order", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    CHECK(exported(*journal) == Header + "\r\n");
    CHECK(CheckInCsvRow::header().join(u',').toUtf8() == Header);
}

TEST_CASE("A known check-in exports to exactly the documented text", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    CheckIn checkIn = test::fullCheckIn(at(u"2026-11-20T08:15:30+05:30"_s));
    checkIn.id = KnownId;
    REQUIRE(journal->add(checkIn).ok());

    CHECK(exported(*journal)
        == Header + "\r\n"
            + QStringLiteral(
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301,2026-11-20T08:15:30+05:30,2026-11-20T08:21:"
                "00+05:30,"
                "driving,low-back;neck,6,3,driving-reset,resonance,possibility-fear=away,"
                "possibility-fear=toward;groundedness-stress=toward,"
                "low-back-sit-bones-back=toward;neck-head-back-lift=neutral;neck-soft-jaw=,fall-"
                "accident,"
                "\"Long drive, \"\"stiff\"\" after;\nbetter with the towel roll. Ünïcödé ✓ 100% "
                "_done_\"\r\n")
                  .toUtf8());
}

TEST_CASE("Times keep their UTC offset, and milliseconds only when there are some", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    CheckIn west = test::simpleCheckIn(at(u"2026-03-01T23:59:59.250-03:30"_s), 4, std::nullopt);
    west.endedAt = QDateTime();
    const CheckIn utc = test::simpleCheckIn(at(u"2026-03-02T00:00:00Z"_s), 0, 10);
    REQUIRE(journal->add(west).ok());
    REQUIRE(journal->add(utc).ok());

    const QList<QByteArray> lines = exported(*journal).split('\n');
    REQUIRE(lines.size() == 4);
    const QByteArray westId = west.id.toString(QUuid::WithoutBraces).toUtf8();
    CHECK(lines.at(1).startsWith(
        QByteArray(westId + ",2026-03-01T23:59:59.250-03:30,,desk,low-back,4,,")));
    CHECK(lines.at(2).contains(
        ",2026-03-02T00:00:00+00:00,2026-03-02T00:05:00+00:00,desk,low-back,0,10,"));

    test::TemporaryDataDir other;
    auto copy = openJournal(other);
    REQUIRE(imported(*copy, exported(*journal)).ok());
    checkSameCheckIns(allCheckIns(*copy), {west, utc});
}

namespace {

const QStringList TrickyNotes {
    QString(),
    u"comma, here"_s,
    u"\"quoted\" and \"\"doubled\"\""_s,
    u"lone CR\rinside"_s,
    u"LF\ninside"_s,
    u"CRLF\r\ninside"_s,
    u"\r\n\r\n\n\r"_s,
    u"  spaces at both ends  "_s,
    u"🧘‍♀️ breathing 👍🏽 👨‍👩‍👧"_s,
    u"שלום עולם, مرحبا بالعالم"_s,
    u"e\u0301 a\u0308 n\u0303 — combining marks"_s,
    u"=SUM(A1) looks like a formula"_s,
    u"tab\tand ; semicolon = equals"_s,
    QString(80'000, u'ü') + u"\r\nlonger than a read buffer"_s,
};

QList<CheckIn> checkInsWithNotes(const QStringList &notes)
{
    QList<CheckIn> checkIns;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        checkIns.append(
            asCsvCarriesIt(test::fullCheckIn(at(u"2026-11-20T08:15:30+05:30"_s).addDays(i))));
        checkIns.last().note = notes.at(i);
    }
    return checkIns;
}

} // namespace

TEST_CASE("Tricky notes survive the CSV format exactly", "[csv]")
{
    // A leading U+FEFF is kept by the CSV format, though the journal itself does not keep it.
    const QList<CheckIn> checkIns =
        checkInsWithNotes(TrickyNotes + QStringList {u"\uFEFFstarts with a byte order mark"_s});
    QList<QStringList> rows;
    for (const CheckIn &checkIn : checkIns)
        rows.append(CheckInCsvRow::fieldsOf(checkIn));
    QByteArray csv = csvOf(rows);
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));

    const JournalCsvContents contents = JournalCsvImporter::read(buffer);
    INFO(problemTexts(contents.problems).join(u'\n'));
    REQUIRE(contents.ok());
    checkSameCheckIns(contents.checkIns, checkIns);
}

TEST_CASE("Tricky notes survive an export and an import into another journal", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    const QList<CheckIn> saved = checkInsWithNotes(TrickyNotes);
    for (const CheckIn &checkIn : saved)
        REQUIRE(journal->add(checkIn).ok());

    test::TemporaryDataDir other;
    auto copy = openJournal(other);
    const JournalCsvImport result = imported(*copy, exported(*journal));
    INFO(problemTexts(result.problems).join(u'\n'));
    REQUIRE(result.ok());
    CHECK(result.added == saved.size());
    checkSameCheckIns(allCheckIns(*copy), saved);
}

TEST_CASE("Imported check-ins whose ids the model does not know are named by their ids", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    const CheckIn full = test::fullCheckIn(at(u"2026-11-20T08:15:30.500+01:00"_s));
    REQUIRE(journal->add(full).ok());

    test::TemporaryDataDir other;
    auto copy = openJournal(other);
    REQUIRE(imported(*copy, exported(*journal)).ok());
    const std::optional<CheckIn> read = copy->find(full.id).value();
    REQUIRE(read);
    CHECK(*read == asCsvCarriesIt(full));
    CHECK(read->practiceTitle == u"driving-reset"_s);
    CHECK(read->regions.at(0) == RegionRecord {u"low-back"_s, u"low-back"_s});
    CHECK(read->cues.at(2)
        == CueRecord {u"neck-soft-jaw"_s, u"neck-soft-jaw"_s, u""_s, std::nullopt});
}

TEST_CASE("A check-in outside any journal exports to the same file and imports later", "[csv]")
{
    test::TemporaryDataDir dir;
    const CheckIn unsaved = test::fullCheckIn(at(u"2026-11-24T07:30:00+01:00"_s));
    const QString path = dir.filePath(u"unsaved.csv"_s);

    const Result<qint64> rows = JournalCsvExporter::writeFile(QList<CheckIn> {unsaved}, path);
    INFO((rows.ok() ? QString() : rows.error()));
    REQUIRE(rows.ok());
    CHECK(rows.value() == 1);

    auto journal = openJournal(dir);
    const JournalCsvImport result =
        JournalCsvImporter::importFile(*journal, path, ModelWithoutNames);
    REQUIRE(result.ok());
    CHECK(result.added == 1);
    const std::optional<CheckIn> read = journal->find(unsaved.id).value();
    REQUIRE(read);
    CHECK(*read == asCsvCarriesIt(unsaved));
}

TEST_CASE("Exports follow the filter and count their rows", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    REQUIRE(journal->add(test::simpleCheckIn(at(u"2026-11-01T08:00:00Z"_s), 5, 3)).ok());
    REQUIRE(
        journal
            ->add(test::simpleCheckIn(at(u"2026-11-02T08:00:00Z"_s), 6, 2, u"neck"_s, Context::Mat))
            .ok());
    REQUIRE(journal->add(test::simpleCheckIn(at(u"2026-11-03T08:00:00Z"_s), 4, 4)).ok());

    JournalFilter desk;
    desk.context = Context::Desk;
    const QByteArray csv = exported(*journal, desk);
    CHECK(csv.count("\r\n") == 3);
    CHECK_FALSE(csv.contains(",mat,"));
}

TEST_CASE("Exporting to a file writes it whole, for its owner only", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    REQUIRE(journal->add(test::fullCheckIn(at(u"2026-11-20T08:15:30+05:30"_s))).ok());
    const QString path = dir.filePath(u"export.csv"_s);

    const Result<JournalCsvExport> rows = JournalCsvExporter::writeFile(*journal, {}, path);
    INFO(rows.error());
    REQUIRE(rows.ok());
    CHECK(rows.value().written == 1);
    CHECK(rows.value().isComplete());
    CHECK(test::readFile(path) == exported(*journal));
    CHECK(
        QFileInfo(path).permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK_FALSE(QFileInfo(path).permissions().testAnyFlags(
        QFileDevice::ReadGroup | QFileDevice::ReadOther));

    SECTION("a file that cannot be written is reported, and no file is left behind")
    {
        const QString nowhere = dir.filePath(u"missing-folder/export.csv"_s);
        const Result<JournalCsvExport> failed =
            JournalCsvExporter::writeFile(*journal, {}, nowhere);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().startsWith(u"Cannot export to "_s + nowhere + u": "_s));
        CHECK_FALSE(QFileInfo::exists(nowhere));
    }
}

namespace {

// Accepts `capacity` bytes, then fails every write, as a full disk would.
class FullDevice : public QIODevice {
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > m_capacity) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_capacity -= size;
        return size;
    }

private:
    qint64 m_capacity;
};

} // namespace

TEST_CASE("An export that cannot be written in full fails with the reason", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    for (int day = 1; day <= 5; ++day)
        REQUIRE(journal->add(test::fullCheckIn(at(u"2026-11-01T08:00:00Z"_s).addDays(day))).ok());

    FullDevice device(Header.size() + 400);
    REQUIRE(device.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const Result<qint64> rows = JournalCsvExporter::write(*journal, {}, device);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error() == u"No space left on device"_s);
}

TEST_CASE(
    "Importing merges by id: check-ins already in the journal are skipped and counted", "[csv]")
{
    test::TemporaryDataDir dir;
    auto source = openJournal(dir, u"source.sqlite"_s);
    QList<CheckIn> all;
    for (int day = 1; day <= 4; ++day) {
        all.append(
            asCsvCarriesIt(test::fullCheckIn(at(u"2026-11-01T08:00:00+02:00"_s).addDays(day))));
        REQUIRE(source->add(all.constLast()).ok());
    }
    const QByteArray csv = exported(*source);

    auto journal = openJournal(dir);
    REQUIRE(journal->add(all.at(1)).ok());
    REQUIRE(journal->add(all.at(3)).ok());

    const JournalCsvImport first = imported(*journal, csv);
    REQUIRE(first.ok());
    CHECK(first.added == 2);
    CHECK(first.alreadyInJournal == 2);
    CHECK(journal->count().value() == 4);
    for (const CheckIn &checkIn : all)
        CHECK(journal->find(checkIn.id).value() == checkIn);

    const JournalCsvImport again = imported(*journal, csv);
    REQUIRE(again.ok());
    CHECK(again.added == 0);
    CHECK(again.alreadyInJournal == 4);
    CHECK(journal->count().value() == 4);
}

TEST_CASE("Input with a byte order mark, LF or CR line ends, and blank lines is accepted", "[csv]")
{
    test::TemporaryDataDir dir;
    auto source = openJournal(dir, u"source.sqlite"_s);
    const CheckIn first = asCsvCarriesIt(test::fullCheckIn(at(u"2026-11-01T08:00:00+02:00"_s)));
    const CheckIn second = test::simpleCheckIn(at(u"2026-11-02T08:00:00+02:00"_s), 3, 1);
    REQUIRE(source->add(first).ok());
    REQUIRE(source->add(second).ok());
    const QByteArray crlf = exported(*source);

    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    QByteArray cr = crlf;
    cr.replace("\r\n", "\r");
    QByteArray blankLineInside = lf;
    const QByteArray secondId = second.id.toString(QUuid::WithoutBraces).toUtf8();
    blankLineInside.replace(QByteArray("\n" + secondId), QByteArray("\n\n" + secondId));
    const QByteArray bom = "\xEF\xBB\xBF";
    for (const QByteArray &csv :
        QList<QByteArray> {bom + crlf, lf, bom + lf, cr, crlf + "\r\n\r\n", blankLineInside}) {
        INFO(csv.toStdString());
        test::TemporaryDataDir target;
        auto journal = openJournal(target);
        const JournalCsvImport result = imported(*journal, csv);
        INFO(problemTexts(result.problems).join(u'\n'));
        REQUIRE(result.ok());
        CHECK(result.added == 2);
        CHECK(allCheckIns(*journal) == QList<CheckIn> {first, second});
    }
}

TEST_CASE("An empty file is refused; a file with only the header imports nothing", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    const QString emptyProblem =
        u"The file is empty; a journal CSV file starts with the header row "_s
        + QString::fromUtf8(Header);
    CHECK(problemTexts(imported(*journal, "").problems) == QStringList {emptyProblem});
    CHECK(problemTexts(imported(*journal, "\xEF\xBB\xBF").problems) == QStringList {emptyProblem});

    for (const QByteArray &headerOnly :
        QList<QByteArray> {Header, Header + "\r\n", Header + "\n"}) {
        const JournalCsvImport result = imported(*journal, headerOnly);
        CHECK(result.ok());
        CHECK(result.added == 0);
        CHECK(result.alreadyInJournal == 0);
    }
    CHECK(journal->count().value() == 0);
}

TEST_CASE("A wrong header is one clear problem that names the expected header", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    const QString expected = u"row 1: must be the header "_s + QString::fromUtf8(Header) + u"; "_s;
    const QByteArray row = "\r\nnot,checked,at,all\r\n";
    QByteArray reordered = Header;
    reordered.replace("started_at,ended_at", "ended_at,started_at");
    QByteArray missingNote = Header;
    missingNote.chop(QByteArray(",note").size());

    const QList<std::pair<QByteArray, QString>> cases {
        {reordered, u"column 2 is \"ended_at\" where \"started_at\" belongs"_s},
        {missingNote, u"it has 13 columns, not 14"_s},
        {Header + ",mood", u"it has 15 columns, not 14"_s},
        {"date,pain,notes", u"column 1 is \"date\" where \"id\" belongs"_s},
        {Header.toUpper(), u"column 1 is \"ID\" where \"id\" belongs"_s},
        {"\r\n" + Header, u"column 1 is \"\" where \"id\" belongs"_s},
    };
    for (const auto &[header, detail] : cases) {
        INFO(header.toStdString());
        const JournalCsvImport result = imported(*journal, header + row);
        CHECK(problemTexts(result.problems) == QStringList {expected + detail});
    }
    CHECK(journal->count().value() == 0);
}

TEST_CASE("Every bad field is reported with its row and column, and nothing is imported", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    REQUIRE(journal->add(test::simpleCheckIn(at(u"2026-10-01T08:00:00Z"_s), 2, 1)).ok());
    const QStringList good =
        CheckInCsvRow::fieldsOf(test::fullCheckIn(at(u"2026-11-20T08:15:30+05:30"_s)));
    const QStringList otherGood =
        CheckInCsvRow::fieldsOf(test::fullCheckIn(at(u"2026-11-21T08:15:30+05:30"_s)));

    const QString idRule = u"is not an id; ids are 1 to 64 lowercase letters, digits and hyphens"_s;
    const QString timeRule =
        u"must be a date and time with its UTC offset, like 2026-11-20T08:15:30+05:30, "_s;
    const QString painRule = u"must be a whole number from 0 to 10, "_s;
    const QString cueFeelings =
        u"toward, neutral or away (or nothing, for a cue skipped before it was rated)"_s;
    const QString emptyEntry =
        u"has an empty entry; separate entries with a single \";\", with none at the "
        "start or end"_s;
    struct BadField {
        QString column;
        QString value;
        QString problem;
    };
    const QList<BadField> cases {
        {u"id"_s, u"not-a-uuid"_s,
            u"must be a UUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301, not \"not-a-uuid\""_s},
        {u"id"_s, u"{3f2504e0-4f89-11d3-9a0c-0305e82c3301}"_s,
            u"must be a UUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301, not \"{3f2504e0-4f89-11d3-9a0c-0305e82c3301}\""_s},
        {u"id"_s, QString(),
            u"must be a UUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301, but it is empty"_s},
        {u"id"_s, u"00000000-0000-0000-0000-000000000000"_s,
            u"must be a UUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301, not \"00000000-0000-0000-0000-000000000000\""_s},
        {u"started_at"_s, u"2026-11-20 08:15:30+05:30"_s,
            timeRule + u"not \"2026-11-20 08:15:30+05:30\""_s},
        {u"started_at"_s, u"2026-11-20T08:15:30"_s, timeRule + u"not \"2026-11-20T08:15:30\""_s},
        {u"started_at"_s, u"2026-02-30T08:00:00+01:00"_s,
            timeRule + u"not \"2026-02-30T08:00:00+01:00\""_s},
        {u"started_at"_s, u"2026-11-20T08:15:30.5+01:00"_s,
            timeRule + u"not \"2026-11-20T08:15:30.5+01:00\""_s},
        {u"started_at"_s, u"2026-11-20T08:15:30+15:00"_s,
            timeRule + u"not \"2026-11-20T08:15:30+15:00\""_s},
        {u"started_at"_s, QString(), timeRule + u"but it is empty"_s},
        {u"ended_at"_s, u"yesterday"_s, timeRule + u"not \"yesterday\""_s},
        {u"context"_s, u"car"_s,
            u"must be one of mat, desk, standing, lying, driving, walking, not \"car\""_s},
        {u"context"_s, u"Desk"_s,
            u"must be one of mat, desk, standing, lying, driving, walking, not \"Desk\""_s},
        {u"context"_s, u"de\r\nsk"_s,
            u"must be one of mat, desk, standing, lying, driving, walking, not \"de\\r\\nsk\""_s},
        {u"regions"_s, u"Low Back"_s, u"\"Low Back\" "_s + idRule},
        {u"regions"_s, u"low-back;;neck"_s, emptyEntry},
        {u"regions"_s, u"low-back;"_s, emptyEntry},
        {u"pain_before"_s, QString(), painRule + u"but it is empty"_s},
        {u"pain_before"_s, u"5.5"_s, painRule + u"not \"5.5\""_s},
        {u"pain_before"_s, u" 5"_s, painRule + u"not \" 5\""_s},
        {u"pain_after"_s, u"11"_s, painRule + u"not \"11\""_s},
        {u"pain_after"_s, u"-1"_s, painRule + u"not \"-1\""_s},
        {u"pain_after"_s, QString(50, u'x'), painRule + u"not \""_s + QString(40, u'x') + u"…\""_s},
        {u"practice"_s, u"Driving reset"_s, u"\"Driving reset\" "_s + idRule},
        {u"breath_pattern"_s, u"box breathing"_s, u"\"box breathing\" "_s + idRule},
        {u"feelings_before"_s, u"possibility-fear=maybe"_s,
            u"the feeling for possibility-fear must be toward or away, not \"maybe\""_s},
        {u"feelings_before"_s, u"possibility-fear="_s,
            u"the feeling for possibility-fear must be toward or away, but it is empty"_s},
        {u"feelings_after"_s, u"possibility-fear"_s,
            u"\"possibility-fear\" must be written as direction-id=feeling, where the feeling is toward or away"_s},
        {u"feelings_after"_s, u"Fear=away"_s, u"\"Fear\" "_s + idRule},
        {u"cues"_s, u"neck-soft-jaw=better"_s,
            u"the feeling for neck-soft-jaw must be "_s + cueFeelings + u", not \"better\""_s},
        {u"cues"_s, u"neck-soft-jaw=toward=away"_s,
            u"\"neck-soft-jaw=toward=away\" must be written as cue-id=feeling, where the feeling is "_s
                + cueFeelings},
        {u"red_flags"_s, u"fever;headache"_s,
            u"may only list saddle-numbness, bladder-bowel, worsening-legs, fall-accident, fever, "
            u"weight-loss, "
            "cancer-history, night-pain; \"headache\" is not one of them"_s},
    };
    for (const BadField &bad : cases) {
        INFO(bad.column << " = " << bad.value);
        const JournalCsvImport result =
            imported(*journal, csvOf({good, withField(otherGood, bad.column, bad.value)}));
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.at(0) == JournalCsvProblem {3, bad.column, bad.problem});
        CHECK(
            result.problems.at(0).toString() == u"row 3, "_s + bad.column + u": "_s + bad.problem);
        CHECK(result.added == 0);
        CHECK(journal->count().value() == 1);
    }
}

TEST_CASE("Bad rows are all reported, counting records rather than lines, and nothing is imported",
    "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    const CheckIn checkIn = test::fullCheckIn(at(u"2026-11-20T08:15:30+05:30"_s));
    const QStringList good = CheckInCsvRow::fieldsOf(checkIn);
    const QStringList multiLine =
        withField(CheckInCsvRow::fieldsOf(test::fullCheckIn(at(u"2026-11-21T08:00:00Z"_s))),
            u"note"_s, u"three\nlines\r\nof note"_s);
    const QString id = good.at(0);

    QStringList twoBad = CheckInCsvRow::fieldsOf(test::fullCheckIn(at(u"2026-11-22T08:00:00Z"_s)));
    twoBad = withField(withField(twoBad, u"context"_s, u"car"_s), u"pain_after"_s, u"11"_s);
    QStringList twelveFields =
        CheckInCsvRow::fieldsOf(test::fullCheckIn(at(u"2026-11-23T08:00:00Z"_s)));
    twelveFields.resize(12);

    QByteArray csv = csvOf({good, multiLine, twoBad, twelveFields,
        CheckInCsvRow::fieldsOf(test::fullCheckIn(at(u"2026-11-24T08:00:00Z"_s))), good});
    csv += id.toUtf8() + ",\"unterminated\r\n";

    const JournalCsvImport result = imported(*journal, csv);
    CHECK(problemTexts(result.problems)
        == QStringList {
            u"row 4, context: must be one of mat, desk, standing, lying, driving, walking, not \"car\""_s,
            u"row 4, pain_after: must be a whole number from 0 to 10, not \"11\""_s,
            u"row 5: has 12 fields, expected 14"_s,
            u"row 7, id: "_s + id + u" appears twice in the file (also row 2)"_s,
            u"row 8, started_at: the file ends inside this quoted field: its closing quote is missing"_s,
        });
    CHECK(result.added == 0);
    CHECK(journal->count().value() == 0);
}

TEST_CASE("Malformed CSV and text that is not UTF-8 are reported with row and column", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    const QByteArray good =
        csvOf({CheckInCsvRow::fieldsOf(test::fullCheckIn(at(u"2026-11-20T08:15:30+05:30"_s)))});
    const QByteArray start = test::simpleCheckIn(at(u"2026-11-21T08:00:00Z"_s), 3, 1)
                                 .id.toString(QUuid::WithoutBraces)
                                 .toUtf8()
        + ",2026-11-21T08:00:00+00:00,,desk,low-back,3,1,,,,,,,";

    const QList<std::pair<QByteArray, QString>> cases {
        {start + "a \"quoted\" word\r\n",
            u"row 3, note: has a quote in a field that does not start with one; quote the whole "
            u"field and double "
            "the quote inside (\"\")"_s},
        {start + "\"closed\" too early\r\n",
            u"row 3, note: has text after its closing quote; a quote inside a quoted field must be doubled (\"\")"_s},
        {start + "caf\xE9 in Latin-1\r\n", u"row 3, note: is not valid UTF-8 text"_s},
        {start + "one,two\r\n", u"row 3: has 15 fields, expected 14"_s},
    };
    for (const auto &[row, problem] : cases) {
        INFO(row.toStdString());
        const JournalCsvImport result = imported(*journal, good + row);
        CHECK(problemTexts(result.problems) == QStringList {problem});
        CHECK(journal->count().value() == 0);
    }
}

TEST_CASE("Files over the size limit are refused before they are read", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    const QString path = dir.writeFile(u"huge.csv"_s, Header + "\r\n");
    {
        QFile file(path);
        REQUIRE(file.resize(JournalCsvImporter::MaxFileBytes + 1));
    }
    const JournalCsvImport result =
        JournalCsvImporter::importFile(*journal, path, ModelWithoutNames);
    CHECK(problemTexts(result.problems)
        == QStringList {
            u"The file is 201 MiB; Toward imports journal CSV files of at most 200 MiB."_s});
    CHECK(journal->count().value() == 0);
}

TEST_CASE("A file that cannot be opened is one problem", "[csv]")
{
    test::TemporaryDataDir dir;
    auto journal = openJournal(dir);
    const QString path = dir.filePath(u"absent.csv"_s);
    const JournalCsvImport result =
        JournalCsvImporter::importFile(*journal, path, ModelWithoutNames);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.at(0).row == 0);
    CHECK(result.problems.at(0).toString().startsWith(u"Cannot read "_s + path + u": "_s));
}
