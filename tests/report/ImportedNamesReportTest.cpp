#include "ClinicianReport.h"
#include "ClinicianReportWriter.h"
#include "PdfInspection.h"
#include "ReportTestJournal.h"
#include "journal/JournalCsvImporter.h"
#include "model/PracticeModelLoader.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace toward;

TEST_CASE("A report on imported check-ins uses the model's names", "[report][names]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    QByteArray csv =
        "id,started_at,ended_at,context,regions,pain_before,pain_after,practice,breath_pattern,"
        "feelings_before,feelings_after,cues,red_flags,note\r\n"
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301,2026-11-20T08:15:30+01:00,,desk,low-back,6,4,"
        "desk-reset,resonance,,,upper-back-blades-settle=toward,,\r\n";
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const ModelLoadResult model = PracticeModelLoader::loadDefault();
    REQUIRE(model.ok());
    REQUIRE(JournalCsvImporter::importFrom(*journal, buffer, *model.model).ok());

    const Result<ClinicianReport> report =
        ClinicianReport::gather(*journal, {}, test::novemberDay(21, 12));
    REQUIRE(report.ok());
    REQUIRE(report.value().newestCheckIns.size() == 1);
    const CheckIn &checkIn = report.value().newestCheckIns.first();
    CHECK(checkIn.regionNames() == u"Low back"_s);
    CHECK(checkIn.practiceTitle == u"Desk reset"_s);
    REQUIRE(report.value().whatHelps.cues.size() == 1);
    CHECK(report.value().whatHelps.cues.first().title == u"Shoulder blades settle"_s);
    CHECK(report.value().whatHelps.cues.first().verdict == HelpVerdict::NotEnoughData);

    const QString path = dataDir.filePath(u"report.pdf"_s);
    REQUIRE(ClinicianReportWriter::writeFile(report.value(), path).ok());
    const QString text = test::pdfText(path);
    INFO(text.toStdString());
    for (const QString &name : {u"Low back"_s, u"Desk reset"_s, u"Shoulder blades settle"_s})
        CHECK(text.contains(name));
    for (const QString &id : {u"low-back"_s, u"desk-reset"_s, u"upper-back-blades-settle"_s})
        CHECK_FALSE(text.contains(id));
}
