#include "ClinicianReportLayout.h"

#include "ClinicianReport.h"
#include "ForestPlotPainter.h"
#include "PdfPageFlow.h"
#include "ReportTable.h"
#include "TrendChartPainter.h"
#include "WhatHelpsWording.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr qreal TitlePt = 20;
constexpr qreal HeadingPt = 13;
constexpr qreal SubheadingPt = 10;
constexpr qreal BodyPt = 9.5;
constexpr qreal SmallPt = 8;
constexpr qreal TablePt = 8;
constexpr qreal ChartHeightPt = 250;
constexpr qreal SectionGapPt = 16;
constexpr qreal ParagraphGapPt = 5;
constexpr qreal FactLabelWidthPt = 150;
// A heading goes to the next page unless this much of what follows fits below it.
constexpr qreal KeepWithHeadingPt = 80;
// Notes longer than this are cut in the table, so that no row is taller than a page.
constexpr int MaxNoteChars = 1200;
// A red flag reported on more days than this is summed up by its first and last day.
constexpr int MaxRedFlagDaysListed = 10;
constexpr qsizetype KeptTogetherRows = 6;
const QChar MinusSign(0x2212);

// %Ln writes the number as the default locale does.
QString checkInsText(qint64 count)
{
    return QCoreApplication::translate(
        "ClinicianReportLayout", "%Ln check-in(s)", nullptr, int(count));
}

// The practice, or the cues done on their own.
QString practiceText(const CheckIn &checkIn)
{
    if (!checkIn.practiceTitle.isEmpty())
        return checkIn.practiceTitle;
    QStringList cues;
    for (const CueRecord &cue : checkIn.cues)
        cues.append(cue.title);
    if (cues.isEmpty())
        return u"–"_s;
    //: Followed by the titles of the cues done on their own
    return QCoreApplication::translate(
        "ClinicianReportLayout", "Cue(s): %1", nullptr, int(cues.size()))
        .arg(cues.join(u", "_s));
}

QString redFlagLabels(const QList<RedFlag> &flags)
{
    QStringList labels;
    for (const RedFlag flag : flags)
        labels.append(labelOf(flag));
    return labels.join(u"; "_s);
}

QString noteText(const CheckIn &checkIn)
{
    QString note = checkIn.note.trimmed();
    if (note.size() > MaxNoteChars)
        note = note.left(MaxNoteChars).trimmed() + u'…';
    if (checkIn.redFlags.isEmpty())
        return note;
    const QString flags = QCoreApplication::translate("ClinicianReportLayout", "Red flag: %1.")
                              .arg(redFlagLabels(checkIn.redFlags));
    return note.isEmpty() ? flags : flags + u'\n' + note;
}

QString changeText(int change, const QLocale &locale)
{
    if (change < 0)
        return MinusSign + locale.toString(-change);
    return (change > 0 ? u"+"_s : QString()) + locale.toString(change);
}

// A heading that goes to the next page unless `keepWithNextPt` of what follows fits below it.
void paintHeading(PdfPageFlow &flow, const QString &heading, const QFont &font, qreal gapBeforePt,
    qreal keepWithNextPt)
{
    flow.skip(flow.points(gapBeforePt));
    flow.keepSpace(flow.textHeight(heading, font, flow.width()) + flow.points(keepWithNextPt));
    flow.drawParagraph(heading, font);
    flow.skip(flow.points(ParagraphGapPt));
}

void paintSectionHeading(
    PdfPageFlow &flow, const QString &heading, qreal keepWithNextPt = KeepWithHeadingPt)
{
    paintHeading(flow, heading, flow.font(HeadingPt, QFont::Bold), SectionGapPt, keepWithNextPt);
}

} // namespace

QString ClinicianReportLayout::title()
{
    return QCoreApplication::translate("ClinicianReportLayout", "Toward pain journal — report");
}

ClinicianReportLayout::ClinicianReportLayout(const ClinicianReport &report, QLocale locale)
    : m_report(report)
    , m_locale(std::move(locale))
{
}

int ClinicianReportLayout::paint(QPdfWriter &writer, int pageCount) const
{
    PdfPageFlow flow(writer,
        {title() + u" · "_s + rangeText(),
            //: %1 is the report's title, %2 the day it was made
            QCoreApplication::translate("ClinicianReportLayout", "%1 · made %2")
                .arg(title(), m_locale.toString(m_report.madeAt.date(), QLocale::ShortFormat)),
            pageCount});
    if (!flow.isActive())
        return 0;
    paintTitle(flow);
    paintSummary(flow);
    paintRedFlags(flow);
    paintTrend(flow);
    paintWhatHelps(flow);
    paintCheckIns(flow);
    const int pages = flow.pageNumber();
    return flow.finish() ? pages : 0;
}

QString ClinicianReportLayout::rangeText() const
{
    if (!m_report.firstDay.isValid())
        return QCoreApplication::translate("ClinicianReportLayout", "no check-ins yet");
    const QString first = m_locale.toString(m_report.firstDay, QLocale::LongFormat);
    if (m_report.firstDay == m_report.lastDay)
        return first;
    return first + u" – "_s + m_locale.toString(m_report.lastDay, QLocale::LongFormat);
}

void ClinicianReportLayout::paintTitle(PdfPageFlow &flow) const
{
    flow.drawParagraph(title(), flow.font(TitlePt, QFont::Bold));
    flow.skip(flow.points(ParagraphGapPt));
    const JournalFilter &filter = m_report.filter;
    const bool wholeJournal = !filter.firstDay.isValid() && !filter.lastDay.isValid();
    QStringList lines {(wholeJournal
            ? QCoreApplication::translate("ClinicianReportLayout", "Covers every check-in: %1")
            : QCoreApplication::translate("ClinicianReportLayout", "Covers: %1"))
                           .arg(rangeText())};
    QStringList only;
    if (!filter.regionId.isEmpty())
        only.append(QCoreApplication::translate("ClinicianReportLayout", "the region “%1”")
                        .arg(filter.regionId));
    if (filter.context)
        only.append(QCoreApplication::translate("ClinicianReportLayout", "the context “%1”")
                        .arg(labelOf(*filter.context)));
    if (!filter.text.trimmed().isEmpty())
        only.append(QCoreApplication::translate("ClinicianReportLayout", "the words “%1”")
                        .arg(filter.text.trimmed()));
    if (!only.isEmpty())
        lines.append(QCoreApplication::translate("ClinicianReportLayout", "Only check-ins with %1.")
                         .arg(only.join(u", "_s)));
    lines.append(QCoreApplication::translate("ClinicianReportLayout", "Made: %1, %2")
                     .arg(m_locale.toString(m_report.madeAt.date(), QLocale::LongFormat),
                         m_locale.toString(m_report.madeAt.time(), QLocale::ShortFormat)));
    flow.drawParagraph(lines.join(u'\n'), flow.font(BodyPt));
    flow.skip(flow.points(ParagraphGapPt));
    flow.drawParagraph(
        QCoreApplication::translate("ClinicianReportLayout",
            "Pain is rated on the 0–10 scale (0: no pain, 10: the worst imaginable), "
            "before and after each practice. A change of at least 2 points, or of 30% "
            "of the pain before, counts as meaningful."),
        flow.font(SmallPt));
}

void ClinicianReportLayout::paintSummary(PdfPageFlow &flow) const
{
    paintSectionHeading(flow, QCoreApplication::translate("ClinicianReportLayout", "Summary"));
    const int count = m_report.checkInCount();
    if (count == 0) {
        flow.drawParagraph(
            QCoreApplication::translate("ClinicianReportLayout", "No check-ins in this range."),
            flow.font(BodyPt));
        return;
    }
    const int rated = m_report.relief.rated;
    QList<std::pair<QString, QString>> facts {
        {QCoreApplication::translate("ClinicianReportLayout", "Check-ins"),
            //: %1 is the number of check-ins
            QCoreApplication::translate("ClinicianReportLayout", "%1, on %Ln day(s)", nullptr,
                int(m_report.trend.days.size()))
                .arg(m_locale.toString(count))},
        {QCoreApplication::translate("ClinicianReportLayout", "Pain rated after practice"),
            QCoreApplication::translate("ClinicianReportLayout", "%1 of the %2")
                .arg(checkInsText(rated), m_locale.toString(count))},
        {QCoreApplication::translate("ClinicianReportLayout", "Average pain before"),
            numberText(m_report.pain.averageBefore()) + u" / 10"_s},
    };
    if (rated > 0) {
        facts.append({QCoreApplication::translate("ClinicianReportLayout", "Average pain after"),
            numberText(m_report.pain.averageAfter().value_or(0)) + u" / 10"_s});
        facts.append({QCoreApplication::translate("ClinicianReportLayout", "Average relief"),
            QCoreApplication::translate(
                "ClinicianReportLayout", "%1 points (pain before minus pain after)")
                .arg(numberText(m_report.relief.average().value_or(0)))});
        facts.append({QCoreApplication::translate(
                          "ClinicianReportLayout", "Meaningful improvement"),
            QCoreApplication::translate("ClinicianReportLayout", "%1 of the %2 rated (%3)")
                .arg(checkInsText(m_report.meaningfulImprovements), m_locale.toString(rated),
                    percentText(static_cast<double>(m_report.meaningfulImprovements) / rated))});
    }

    const QFont label = flow.font(BodyPt, QFont::Bold);
    const QFont value = flow.font(BodyPt);
    const qreal labelWidth = flow.points(FactLabelWidthPt);
    for (const auto &[name, text] : facts) {
        const qreal height = std::max(flow.textHeight(name, label, labelWidth),
            flow.textHeight(text, value, flow.width() - labelWidth));
        const QRectF row = flow.take(height * 1.15);
        flow.drawText(row, name, label);
        flow.drawText(row.adjusted(labelWidth, 0, 0, 0), text, value);
    }
}

void ClinicianReportLayout::paintRedFlags(PdfPageFlow &flow) const
{
    QStringList lines;
    for (const ReportedRedFlag &reported : m_report.redFlags) {
        QString days;
        if (reported.days.size() <= MaxRedFlagDaysListed) {
            QStringList dates;
            for (const QDate day : reported.days)
                dates.append(dateText(day));
            days = dates.join(u", "_s);
        } else {
            days = QCoreApplication::translate("ClinicianReportLayout",
                "on %Ln day(s), from %1 to %2", nullptr, int(reported.days.size()))
                       .arg(dateText(reported.days.first()), dateText(reported.days.last()));
        }
        lines.append(u"• %1 — %2"_s.arg(labelOf(reported.flag), days));
    }
    const bool reported = !lines.isEmpty();
    const QString heading = reported
        ? QCoreApplication::translate("ClinicianReportLayout",
            "Red flags reported in this range: see a clinician before practising")
        : QCoreApplication::translate("ClinicianReportLayout", "Red flags");
    const QString text = reported
        ? lines.join(u'\n')
        : QCoreApplication::translate("ClinicianReportLayout", "None reported in this range.");

    flow.skip(flow.points(SectionGapPt));
    const QFont headingFont = flow.font(SubheadingPt, QFont::Bold);
    const QFont body = flow.font(BodyPt);
    const qreal padding = flow.points(6);
    const qreal innerWidth = flow.width() - 2 * padding;
    const qreal headingHeight = flow.textHeight(heading, headingFont, innerWidth);
    const QRectF box = flow.take(
        headingHeight + flow.points(3) + flow.textHeight(text, body, innerWidth) + 2 * padding);
    QPainter &painter = flow.painter();
    painter.save();
    // A heavy frame marks reported red flags also when printed in black and white.
    painter.setPen(QPen(Qt::black, flow.points(reported ? 1.6 : 0.5)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    painter.restore();
    const QRectF inside = box.adjusted(padding, padding, -padding, -padding);
    flow.drawText(inside, heading, headingFont);
    flow.drawText(inside.adjusted(0, headingHeight + flow.points(3), 0, 0), text, body);
}

void ClinicianReportLayout::paintTrend(PdfPageFlow &flow) const
{
    paintSectionHeading(flow,
        QCoreApplication::translate("ClinicianReportLayout", "Pain over time"), ChartHeightPt);
    const QRectF area = flow.take(flow.points(ChartHeightPt));
    TrendChartPainter(m_report.trend, m_report.firstDay, m_report.lastDay, m_locale)
        .paint(flow.painter(), area, flow.font(SmallPt), flow.points(1));
    flow.skip(flow.points(ParagraphGapPt));
    flow.drawParagraph(
        QCoreApplication::translate("ClinicianReportLayout",
            "Each point is the average of one day's check-ins; each line joins the "
            "averages of consecutive weeks (Monday to Sunday). Days and weeks without "
            "check-ins are left out."),
        flow.font(SmallPt));
}

void ClinicianReportLayout::paintWhatHelps(PdfPageFlow &flow) const
{
    paintSectionHeading(flow, QCoreApplication::translate("ClinicianReportLayout", "What helps"));
    const WhatHelps &helps = m_report.whatHelps;
    QString intro = WhatHelpsWording(m_locale).explanation(helps);
    if (!m_report.filter.isEmpty())
        //: %1 explains the estimates of what helps
        intro = QCoreApplication::translate("ClinicianReportLayout",
            "%1 Estimated over every check-in from the first to the last day of this report.")
                    .arg(intro);
    flow.drawParagraph(intro, flow.font(SmallPt));
    flow.skip(flow.points(ParagraphGapPt));
    paintForestGroup(flow, ForestPlotPainter::practicesHeading(), helps.practices);
    paintForestGroup(flow, ForestPlotPainter::cuesHeading(), helps.cues);

    QStringList notes;
    for (const QList<HelpEstimate> *estimates : {&helps.practices, &helps.cues}) {
        for (const HelpEstimate &estimate : *estimates) {
            if (!estimate.alwaysWith.isEmpty())
                notes.append(estimate.title + u": "_s + WhatHelpsWording::alwaysWith(estimate));
        }
    }
    if (!notes.isEmpty())
        flow.drawParagraph(notes.join(u'\n'), flow.font(SmallPt));
}

// A group's rows go on as many pages as they need, the axis labels on each; a short group is kept
// on one page.
void ClinicianReportLayout::paintForestGroup(
    PdfPageFlow &flow, const QString &heading, const QList<HelpEstimate> &estimates) const
{
    const ForestPlotPainter painter(m_report.whatHelps, flow.painter().device(), flow.font(TablePt),
        flow.points(1), ForestPlotColours::forPrint(), m_locale);
    qsizetype first = 0;
    do {
        flow.keepSpace(
            painter.groupHeight(std::min<qsizetype>(estimates.size() - first, KeptTogetherRows)));
        qsizetype rows = std::max<qsizetype>(estimates.size() - first, 0);
        while (rows > 1 && !flow.fits(painter.groupHeight(rows)))
            --rows;
        const QRectF area = flow.take(painter.groupHeight(rows));
        painter.paintGroup(flow.painter(), area, heading, estimates.mid(first, rows));
        first += rows;
    } while (first < estimates.size());
}

void ClinicianReportLayout::paintCheckIns(PdfPageFlow &flow) const
{
    paintSectionHeading(flow, QCoreApplication::translate("ClinicianReportLayout", "Check-ins"));
    if (m_report.newestCheckIns.isEmpty()) {
        flow.drawParagraph(
            QCoreApplication::translate("ClinicianReportLayout", "No check-ins in this range."),
            flow.font(BodyPt));
        return;
    }
    QString intro = QCoreApplication::translate("ClinicianReportLayout",
        "Oldest first, at the time on the clock where each was done. A change in bold "
        "with * is a meaningful improvement.");
    if (const qint64 leftOut = m_report.checkInsLeftOutOfTable(); leftOut > 0) {
        //: %1 is the sentence before; %3 is "N check-ins"
        intro = QCoreApplication::translate("ClinicianReportLayout",
            "%1 The table lists the newest %2 of the %3; the summary and the chart count every "
            "one.")
                    .arg(intro, m_locale.toString(m_report.newestCheckIns.size()),
                        checkInsText(m_report.checkInCount()));
    }
    flow.drawParagraph(intro, flow.font(SmallPt));
    flow.skip(flow.points(ParagraphGapPt));

    ReportTable table(flow,
        {{QCoreApplication::translate("ClinicianReportLayout", "When"), 0.13},
            {QCoreApplication::translate("ClinicianReportLayout", "Regions"), 0.13},
            {QCoreApplication::translate("ClinicianReportLayout", "Context"), 0.09},
            {QCoreApplication::translate("ClinicianReportLayout", "Pain"), 0.08, Qt::AlignHCenter},
            {QCoreApplication::translate("ClinicianReportLayout", "Change"), 0.08,
                Qt::AlignHCenter},
            {QCoreApplication::translate("ClinicianReportLayout", "Practice or cues"), 0.17},
            {QCoreApplication::translate("ClinicianReportLayout", "Note"), 0.32}},
        TablePt);
    for (const CheckIn &checkIn : m_report.newestCheckIns) {
        const QString when = dateText(checkIn.startedAt.date()) + u'\n'
            + m_locale.toString(checkIn.startedAt.time(), QLocale::ShortFormat);
        const QString before = m_locale.toString(checkIn.painBefore);
        QString pain = before + u" → –"_s;
        ReportCell change(u"–"_s);
        if (checkIn.painAfter) {
            pain = before + u" → "_s + m_locale.toString(*checkIn.painAfter);
            const int difference = *checkIn.painAfter - checkIn.painBefore;
            const bool meaningful =
                difference < 0 && isMeaningfulChange(checkIn.painBefore, *checkIn.painAfter);
            change = {
                changeText(difference, m_locale) + (meaningful ? u" *"_s : QString()), meaningful};
        }
        table.addRow({when, checkIn.regionNames(), labelOf(checkIn.context), pain, change,
            practiceText(checkIn), noteText(checkIn)});
    }
}

QString ClinicianReportLayout::dateText(QDate date) const
{
    return m_locale.toString(date, QLocale::ShortFormat);
}

QString ClinicianReportLayout::numberText(double value) const
{
    return m_locale.toString(value, 'f', 1);
}

QString ClinicianReportLayout::percentText(double share) const
{
    return m_locale.toString(qRound(share * 100)) + m_locale.percent();
}

} // namespace toward
