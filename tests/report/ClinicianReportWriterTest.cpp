#include "ClinicianReportWriter.h"

#include "ClinicianReport.h"
#include "ClinicianReportLayout.h"
#include "PdfInspection.h"
#include "ReportTestJournal.h"
#include "journal/JournalTestData.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const QString KnownNote = u"Eased after gardening"_s;

void writeReport(const JournalStore &journal, const QString &path, qint64 expectedCheckIns)
{
    const Result<qint64> written =
        ClinicianReportWriter::writeFile(journal, {}, path, test::novemberDay(20, 12));
    INFO(written.error());
    REQUIRE(written.ok());
    CHECK(written.value() == expectedCheckIns);
}

void checkIsWholePdf(const QString &path)
{
    const QByteArray pdf = test::readFile(path);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
}

// Three check-ins with every field (and a red flag, and enough uses to rank their cues), then a
// simple one with a note, from 2 to 5 November 2026.
void addSmallJournal(JournalStore &journal)
{
    QList<CheckIn> checkIns;
    for (int day = 2; day <= 4; ++day)
        checkIns.append(test::fullCheckIn(test::novemberDay(day)));
    CheckIn withNote = test::simpleCheckIn(test::novemberDay(5), 5, 2);
    withNote.note = KnownNote;
    checkIns.append(withNote);
    REQUIRE(journal.addMissing(checkIns).ok());
}

} // namespace

TEST_CASE("A report on a small journal is a whole PDF with what a clinician needs", "[report]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    addSmallJournal(*journal);
    const QString path = dataDir.filePath(u"report.pdf"_s);
    writeReport(*journal, path, 4);
    checkIsWholePdf(path);
    CHECK((QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    CHECK(test::pdfPageCount(path) == 2);
    const QString text = test::pdfText(path);
    INFO(text.toStdString());
    const QLocale locale;
    CHECK(text.contains(u"Toward pain journal — report"_s));
    CHECK(text.contains(locale.toString(QDate(2026, 11, 2), QLocale::LongFormat) + u" – "_s
        + locale.toString(QDate(2026, 11, 5), QLocale::LongFormat)));
    CHECK(text.contains(KnownNote));
    CHECK(text.contains(u"Sitting bones back"_s));
    CHECK(text.contains(labelOf(RedFlag::FallOrAccident)));
    CHECK(text.contains(u"Page 1 of 2"_s));
    CHECK(text.contains(u"Page 2 of 2"_s));
}

TEST_CASE(
    "A big journal's report runs over many pages, each table page with its header", "[report]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    REQUIRE(journal->addMissing(test::manyCheckIns(300, test::novemberDay(1))).ok());
    const QString path = dataDir.filePath(u"report.pdf"_s);
    writeReport(*journal, path, 300);
    checkIsWholePdf(path);

    const int pages = test::pdfPageCount(path);
    CHECK(pages >= 6);
    int firstTablePage = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::pdfText(path, page, page);
        INFO("page " << page);
        CHECK(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
        const bool hasTable = text.contains(u"Practice or cues"_s);
        if (hasTable && firstTablePage == 0)
            firstTablePage = page;
        if (firstTablePage > 0)
            CHECK(hasTable);
    }
    CHECK(firstTablePage > 0);
    CHECK(firstTablePage < pages - 3);
}

TEST_CASE("A report that cannot be written leaves no file behind", "[report]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    addSmallJournal(*journal);
    const auto entries = [&] {
        const QStringList names =
            QDir(dataDir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        return QSet<QString>(names.begin(), names.end());
    };
    const QSet<QString> before = entries();

    const QString inMissingFolder = dataDir.filePath(u"no-such-folder/report.pdf"_s);
    const Result<qint64> missingFolder =
        ClinicianReportWriter::writeFile(*journal, {}, inMissingFolder, test::novemberDay(20, 12));
    CHECK_FALSE(missingFolder.ok());
    CHECK(missingFolder.error().startsWith(u"Cannot write the report to "_s + inMissingFolder));
    CHECK_FALSE(QFileInfo::exists(inMissingFolder));

    const QString folder = dataDir.filePath(u"a-folder"_s);
    REQUIRE(QDir(dataDir.path()).mkdir(u"a-folder"_s));
    const Result<qint64> onFolder =
        ClinicianReportWriter::writeFile(*journal, {}, folder, test::novemberDay(20, 12));
    CHECK_FALSE(onFolder.ok());
    CHECK(QFileInfo(folder).isDir());
    CHECK(entries() == (before | QSet<QString> {u"a-folder"_s}));
}

TEST_CASE("A report replaces an earlier file with the same name whole", "[report]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    addSmallJournal(*journal);
    const QString path = dataDir.writeFile(u"report.pdf"_s, "an older report");
    writeReport(*journal, path, 4);
    checkIsWholePdf(path);
}

TEST_CASE("The report draws what helps as a forest plot with its verdicts in words",
    "[report][whathelps]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    addSmallJournal(*journal);
    Result<ClinicianReport> gathered =
        ClinicianReport::gather(*journal, {}, test::novemberDay(20, 12));
    REQUIRE(gathered.ok());
    ClinicianReport report = std::move(gathered).value();

    const auto estimate = [](const QString &title, int uses, EffectInterval effect) {
        HelpEstimate made;
        made.title = title;
        made.evidence = {uses, uses / 2, effect};
        made.verdict = made.evidence.verdict();
        return made;
    };
    WhatHelps &helps = report.whatHelps;
    helps.checkIns = 60;
    helps.rated = 52;
    helps.practices = {estimate(u"Desk reset"_s, 20, {-1.2, -2.0, -0.4})};
    HelpEstimate chin = estimate(u"Small chin nod"_s, 12, {0.9, 0.3, 1.6});
    chin.alwaysWith = {u"Long neck"_s};
    helps.cues = {chin};
    // Enough cues to run over a page, with the axis again on the next.
    for (int i = 1; i <= 40; ++i)
        helps.cues.append(estimate(u"Cue %1"_s.arg(i), 10, {-0.2, -0.9, 0.6}));

    const QString path = dataDir.filePath(u"report.pdf"_s);
    REQUIRE(ClinicianReportWriter::writeFile(report, path).ok());
    const QString text = test::pdfText(path);
    INFO(text.toStdString());
    for (const QString &words :
        {u"From 60 check-ins, 52 with pain rated after."_s, u"helps more than your usual"_s,
            u"helps less than your usual"_s, u"about the same as your usual"_s,
            u"20 uses on 10 days"_s, u"Small chin nod: Always done together with Long neck"_s,
            u"Cue 40"_s, u"not medical advice"_s})
        CHECK(text.contains(words));
    CHECK(text.count(u"more pain →"_s) >= 3);
}
