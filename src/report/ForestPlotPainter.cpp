#include "ForestPlotPainter.h"

#include "WhatHelpsWording.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace toward {

namespace {

constexpr int MinReach = 2;
constexpr int MaxReach = 10; // the whole 0–10 scale
constexpr qreal GapPt = 8;
constexpr qreal MinTitlePt = 90;
constexpr qreal MaxTitlePt = 230;
constexpr qreal MinPlotPt = 150;
constexpr qreal BarPt = 3;
constexpr qreal FaintBarPt = 1.2;
constexpr qreal DotRadiusPt = 3.6;
const QChar MinusSign(0x2212);

constexpr HelpVerdict AllVerdicts[] = {HelpVerdict::Helps, HelpVerdict::AboutTheSame,
    HelpVerdict::NoClearDifference, HelpVerdict::HelpsLess, HelpVerdict::NotEnoughData};

// Fits the intervals that have a verdict; a wider one with too little data to judge would only
// squeeze them, so it runs off the edge instead.
int reachOf(const WhatHelps &helps)
{
    double widest = 0;
    for (const QList<HelpEstimate> *list : {&helps.practices, &helps.cues}) {
        for (const HelpEstimate &estimate : *list) {
            if (const std::optional<EffectInterval> effect = estimate.shownEffect())
                widest = std::max({widest, std::abs(effect->low), std::abs(effect->high)});
        }
    }
    return std::clamp(static_cast<int>(std::ceil(widest - 1e-9)), MinReach, MaxReach);
}

QColor mixed(const QColor &a, const QColor &b, qreal shareOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * shareOfB,
        a.greenF() + (b.greenF() - a.greenF()) * shareOfB,
        a.blueF() + (b.blueF() - a.blueF()) * shareOfB);
}

} // namespace

struct ForestPlotPainter::Columns {
    QRectF title;
    QRectF plot;
    QRectF verdict;
};

ForestPlotColours ForestPlotColours::forPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    ForestPlotColours colours {window, text, mixed(text, window, 0.35), mixed(text, window, 0.82),
        mixed(text, window, 0.1), {}, {}, {}, text};
    if (window.lightness() < 128) {
        colours.helps = QColor(0x7d, 0xd8, 0x8f);
        colours.helpsLess = QColor(0xff, 0xa6, 0x57);
        colours.aboutTheSame = QColor(0x8c, 0xc4, 0xff);
    } else {
        colours.helps = QColor(0x1b, 0x6e, 0x35);
        colours.helpsLess = QColor(0xa3, 0x40, 0x00);
        colours.aboutTheSame = QColor(0x1f, 0x4f, 0x9e);
    }
    return colours;
}

ForestPlotColours ForestPlotColours::forPrint()
{
    return forPalette(QPalette(Qt::black, Qt::white, Qt::white, Qt::black, Qt::gray, Qt::black,
        Qt::white, Qt::white, Qt::white));
}

QColor ForestPlotColours::of(HelpVerdict verdict) const
{
    switch (verdict) {
    case HelpVerdict::Helps:
        return helps;
    case HelpVerdict::HelpsLess:
        return helpsLess;
    case HelpVerdict::AboutTheSame:
        return aboutTheSame;
    case HelpVerdict::NoClearDifference:
        return noClearDifference;
    case HelpVerdict::NotEnoughData:
        return faint;
    }
    return text;
}

ForestPlotPainter::ForestPlotPainter(const WhatHelps &helps, const QPaintDevice *device,
    const QFont &font, qreal unitsPerPoint, ForestPlotColours colours, QLocale locale)
    : m_helps(helps)
    , m_font(font)
    , m_smallFont(font)
    , m_boldFont(font)
    , m_unitsPerPoint(unitsPerPoint)
    , m_colours(std::move(colours))
    , m_locale(std::move(locale))
    , m_reach(reachOf(helps))
    , m_metrics(font, device)
    , m_smallMetrics(font, device)
    , m_boldMetrics(font, device)
{
    m_smallFont.setPointSizeF(font.pointSizeF() * 0.88);
    m_boldFont.setBold(true);
    m_smallMetrics = QFontMetricsF(m_smallFont, device);
    m_boldMetrics = QFontMetricsF(m_boldFont, device);
}

QString ForestPlotPainter::practicesHeading()
{
    return WhatHelpsWording::tr("Practices");
}

QString ForestPlotPainter::cuesHeading()
{
    return WhatHelpsWording::tr("Cues");
}

qreal ForestPlotPainter::rowHeight() const
{
    return m_metrics.lineSpacing() + m_smallMetrics.lineSpacing() + m_metrics.height() * 0.6;
}

qreal ForestPlotPainter::groupHeight(qsizetype rows) const
{
    const qreal heading = m_boldMetrics.lineSpacing() * 1.4;
    const qreal axisLabels = m_smallMetrics.lineSpacing() * 1.3;
    return heading + axisLabels + static_cast<qreal>(std::max<qsizetype>(rows, 1)) * rowHeight()
        + m_metrics.lineSpacing();
}

qreal ForestPlotPainter::height() const
{
    return groupHeight(m_helps.practices.size()) + groupHeight(m_helps.cues.size());
}

qreal ForestPlotPainter::verdictWidth() const
{
    qreal widest = 0;
    for (HelpVerdict verdict : AllVerdicts)
        widest = std::max(widest, m_boldMetrics.horizontalAdvance(verdictPhrase(verdict)));
    return widest;
}

qreal ForestPlotPainter::minimumWidth() const
{
    return (MinTitlePt + MinPlotPt + 2 * GapPt) * m_unitsPerPoint + verdictWidth();
}

ForestPlotPainter::Columns ForestPlotPainter::columnsIn(const QRectF &area) const
{
    const qreal verdicts = verdictWidth();
    const qreal gap = GapPt * m_unitsPerPoint;
    const qreal titleWidth =
        std::clamp(area.width() * 0.28, MinTitlePt * m_unitsPerPoint, MaxTitlePt * m_unitsPerPoint);
    const qreal plotWidth =
        std::max(area.width() - titleWidth - verdicts - 2 * gap, MinPlotPt * m_unitsPerPoint);
    Columns columns;
    columns.title = QRectF(area.left(), area.top(), titleWidth, area.height());
    columns.plot = QRectF(columns.title.right() + gap, area.top(), plotWidth, area.height());
    columns.verdict = QRectF(columns.plot.right() + gap, area.top(),
        std::max(area.right() - columns.plot.right() - gap, verdicts), area.height());
    return columns;
}

qreal ForestPlotPainter::xOf(const Columns &columns, double points) const
{
    const double clamped = std::clamp(points, -double(m_reach), double(m_reach));
    return columns.plot.center().x() + clamped / m_reach * columns.plot.width() / 2;
}

void ForestPlotPainter::paint(QPainter &painter, const QRectF &area) const
{
    paintGroup(painter, area, practicesHeading(), m_helps.practices);
    paintGroup(painter, area.adjusted(0, groupHeight(m_helps.practices.size()), 0, 0),
        cuesHeading(), m_helps.cues);
}

void ForestPlotPainter::paintGroup(QPainter &painter, const QRectF &area, const QString &heading,
    const QList<HelpEstimate> &rows) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const Columns columns = columnsIn(area);
    qreal y = area.top();

    const qreal headingHeight = m_boldMetrics.lineSpacing() * 1.4;
    painter.setFont(m_boldFont);
    painter.setPen(m_colours.text);
    painter.drawText(QRectF(columns.title.left(), y, columns.title.width(), headingHeight),
        Qt::AlignLeft | Qt::AlignBottom, heading);
    painter.setFont(m_smallFont);
    painter.setPen(m_colours.faint);
    const QRectF directions(columns.plot.left(), y, columns.plot.width(), headingHeight);
    painter.drawText(
        directions, Qt::AlignLeft | Qt::AlignBottom, WhatHelpsWording::tr("← less pain"));
    painter.drawText(
        directions, Qt::AlignRight | Qt::AlignBottom, WhatHelpsWording::tr("more pain →"));
    painter.setPen(m_colours.text);
    painter.drawText(
        directions, Qt::AlignHCenter | Qt::AlignBottom, WhatHelpsWording::tr("your usual"));
    y += headingHeight;

    paintAxisLabels(painter, columns, y);
    y += m_smallMetrics.lineSpacing() * 1.3;

    const qreal rowsHeight = static_cast<qreal>(std::max<qsizetype>(rows.size(), 1)) * rowHeight();
    paintGrid(painter, columns, y, y + rowsHeight);
    if (rows.isEmpty()) {
        painter.setFont(m_font);
        painter.setPen(m_colours.faint);
        painter.drawText(QRectF(columns.title.left(), y, area.width(), rowHeight()),
            Qt::AlignLeft | Qt::AlignVCenter, WhatHelpsWording::tr("None in these check-ins."));
    }
    for (const HelpEstimate &estimate : rows) {
        paintRow(painter, columns, y, estimate);
        y += rowHeight();
    }
    painter.restore();
}

void ForestPlotPainter::paintAxisLabels(QPainter &painter, const Columns &columns, qreal top) const
{
    const qreal perPoint = columns.plot.width() / (2.0 * m_reach);
    const qreal widest =
        m_smallMetrics.horizontalAdvance(MinusSign + m_locale.toString(m_reach)) * 1.6;
    int step = 1;
    for (int candidate : {1, 2, 5, 10}) {
        step = candidate;
        if (candidate * perPoint >= widest)
            break;
    }
    painter.setFont(m_smallFont);
    painter.setPen(m_colours.faint);
    const qreal height = m_smallMetrics.lineSpacing() * 1.3;
    for (int point = -m_reach; point <= m_reach; ++point) {
        if (point % step != 0)
            continue;
        const QString label =
            point < 0 ? MinusSign + m_locale.toString(-point) : m_locale.toString(point);
        const qreal x = xOf(columns, point);
        painter.drawText(QRectF(x - widest, top, 2 * widest, height),
            Qt::AlignHCenter | Qt::AlignVCenter, label);
    }
}

void ForestPlotPainter::paintGrid(
    QPainter &painter, const Columns &columns, qreal top, qreal bottom) const
{
    painter.setPen(QPen(m_colours.grid, 0.5 * m_unitsPerPoint));
    for (int point = -m_reach; point <= m_reach; ++point) {
        if (point == 0)
            continue;
        const qreal x = xOf(columns, point);
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    painter.setPen(QPen(m_colours.axis, 1.2 * m_unitsPerPoint));
    const qreal zero = xOf(columns, 0);
    painter.drawLine(QPointF(zero, top), QPointF(zero, bottom));
}

void ForestPlotPainter::paintRow(
    QPainter &painter, const Columns &columns, qreal top, const HelpEstimate &estimate) const
{
    const qreal height = rowHeight();
    const qreal padding = m_metrics.height() * 0.3;
    const qreal firstLine = top + padding;
    const qreal secondLine = firstLine + m_metrics.lineSpacing();
    const bool enoughData = estimate.verdict != HelpVerdict::NotEnoughData;
    const QColor colour = m_colours.of(estimate.verdict);

    painter.setPen(QPen(m_colours.grid, 0.5 * m_unitsPerPoint));
    painter.drawLine(QPointF(columns.title.left(), top + height),
        QPointF(columns.verdict.right(), top + height));

    painter.setFont(m_font);
    painter.setPen(m_colours.text);
    painter.drawText(
        QRectF(columns.title.left(), firstLine, columns.title.width(), m_metrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignTop,
        m_metrics.elidedText(estimate.title, Qt::ElideRight, columns.title.width()));
    painter.setFont(m_smallFont);
    painter.setPen(m_colours.faint);
    if (!estimate.alwaysWith.isEmpty()) {
        const QString note = WhatHelpsWording::tr("always with %1")
                                 .arg(estimate.alwaysWith.join(QStringLiteral(", ")));
        painter.drawText(QRectF(columns.title.left(), secondLine, columns.title.width(),
                             m_smallMetrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignTop,
            m_smallMetrics.elidedText(note, Qt::ElideRight, columns.title.width()));
    }

    painter.setFont(m_boldFont);
    painter.setPen(colour);
    painter.drawText(
        QRectF(columns.verdict.left(), firstLine, columns.verdict.width(), m_metrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignTop, verdictPhrase(estimate.verdict));
    painter.setFont(m_smallFont);
    painter.setPen(m_colours.faint);
    // Why there is not enough data says more than counts that may look like plenty.
    const QString detail = enoughData ? WhatHelpsWording(m_locale).evidence(estimate.evidence)
                                      : notEnoughDataReason(estimate.evidence);
    painter.drawText(QRectF(columns.verdict.left(), secondLine, columns.verdict.width(),
                         m_smallMetrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignTop,
        m_smallMetrics.elidedText(detail, Qt::ElideRight, columns.verdict.width()));

    const std::optional<EffectInterval> &effect = estimate.evidence.effect;
    if (!effect)
        return;
    const qreal middle = top + height / 2;
    painter.setPen(QPen(colour, (enoughData ? BarPt : FaintBarPt) * m_unitsPerPoint, Qt::SolidLine,
        enoughData ? Qt::RoundCap : Qt::FlatCap));
    painter.drawLine(
        QPointF(xOf(columns, effect->low), middle), QPointF(xOf(columns, effect->high), middle));
    // An open arrowhead where the interval runs on past the axis.
    const qreal arrow = DotRadiusPt * m_unitsPerPoint;
    for (const auto &[end, side] : {std::pair {effect->low, -1.0}, std::pair {effect->high, 1.0}}) {
        if (std::abs(end) <= m_reach)
            continue;
        const qreal x = xOf(columns, end);
        painter.drawLine(QPointF(x - side * arrow, middle - arrow), QPointF(x, middle));
        painter.drawLine(QPointF(x - side * arrow, middle + arrow), QPointF(x, middle));
    }
    const qreal radius = DotRadiusPt * m_unitsPerPoint;
    // A hollow dot for an estimate too uncertain to judge.
    painter.setPen(QPen(colour, FaintBarPt * m_unitsPerPoint));
    painter.setBrush(enoughData ? colour : m_colours.background);
    painter.drawEllipse(QPointF(xOf(columns, effect->estimate), middle), radius, radius);
}

} // namespace toward
