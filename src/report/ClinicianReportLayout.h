#pragma once

#include <QLocale>
#include <QString>

class QPdfWriter;

namespace toward {

struct ClinicianReport;
class PdfPageFlow;
struct HelpEstimate;

// The report's sections, in order, on A4 pages: title, summary with red flags, pain over time,
// what helps, and the table of check-ins. Dates and numbers are written in `locale`.
class ClinicianReportLayout {
public:
    static QString title();

    explicit ClinicianReportLayout(const ClinicianReport &report, QLocale locale = QLocale());

    // Paints every page and returns how many there are. `pageCount`: the number the footers give as
    // the total, 0 when it is not known yet. Fails (returns 0) when the writer cannot be painted
    // on.
    int paint(QPdfWriter &writer, int pageCount) const;

    // "3 August 2026 – 1 November 2026", in the locale's long format.
    QString rangeText() const;

private:
    void paintTitle(PdfPageFlow &flow) const;
    void paintSummary(PdfPageFlow &flow) const;
    void paintRedFlags(PdfPageFlow &flow) const;
    void paintTrend(PdfPageFlow &flow) const;
    void paintWhatHelps(PdfPageFlow &flow) const;
    void paintForestGroup(
        PdfPageFlow &flow, const QString &heading, const QList<HelpEstimate> &estimates) const;
    void paintCheckIns(PdfPageFlow &flow) const;

    QString dateText(QDate date) const;
    QString numberText(double value) const;
    QString percentText(double share) const;

    const ClinicianReport &m_report;
    QLocale m_locale;
};

} // namespace toward
