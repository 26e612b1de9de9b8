#pragma once

#include "whathelps/WhatHelps.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QRectF>

class QPainter;
class QPaintDevice;
class QPalette;

namespace toward {

// The colours of a forest plot. The verdict is always written out too, so colour is never the
// only sign of it.
struct ForestPlotColours {
    QColor background;
    QColor text;
    QColor faint; // counts, notes, grid labels; estimates with not enough data
    QColor grid;
    QColor axis; // the line at "your usual"
    QColor helps;
    QColor helpsLess;
    QColor aboutTheSame;
    QColor noClearDifference;

    // On the palette's window colour. Each verdict colour keeps a contrast of at least 4.5:1 with
    // it, light or dark.
    static ForestPlotColours forPalette(const QPalette &palette);
    static ForestPlotColours forPrint();

    QColor of(HelpVerdict verdict) const;
};

// What helps as a forest plot drawn with QPainter, for the screen and (as vectors) for the PDF:
// a group per kind, a row per cue or practice in the order given, with its title, its estimate as
// a dot on its 90% interval on an axis of pain points centred on "your usual", and its verdict,
// uses and days in words.
class ForestPlotPainter {
public:
    // `unitsPerPoint`: device units in a typographic point, for lines, dots and `font`.
    // `device` measures the text: the one painted on, or one of the same resolution.
    ForestPlotPainter(const WhatHelps &helps, const QPaintDevice *device, const QFont &font,
        qreal unitsPerPoint, ForestPlotColours colours, QLocale locale = QLocale());

    // The axis reaches this many points either side of 0: whole points, at least 2.
    int reach() const { return m_reach; }
    qreal rowHeight() const;
    // A group's heading, its axis labels and `rows` rows.
    qreal groupHeight(qsizetype rows) const;
    // Both groups, practices first.
    qreal height() const;
    // The narrowest width at which titles, the plot and verdicts still fit.
    qreal minimumWidth() const;

    // Both groups, from the top of `area`.
    void paint(QPainter &painter, const QRectF &area) const;
    // One group (or part of one, for a page), from the top of `area`.
    void paintGroup(QPainter &painter, const QRectF &area, const QString &heading,
        const QList<HelpEstimate> &rows) const;

    static QString practicesHeading();
    static QString cuesHeading();

private:
    struct Columns;

    Columns columnsIn(const QRectF &area) const;
    void paintAxisLabels(QPainter &painter, const Columns &columns, qreal top) const;
    void paintGrid(QPainter &painter, const Columns &columns, qreal top, qreal bottom) const;
    void paintRow(
        QPainter &painter, const Columns &columns, qreal top, const HelpEstimate &estimate) const;
    qreal xOf(const Columns &columns, double points) const;

    qreal verdictWidth() const;

    const WhatHelps &m_helps;
    QFont m_font;
    QFont m_smallFont;
    QFont m_boldFont;
    qreal m_unitsPerPoint;
    ForestPlotColours m_colours;
    QLocale m_locale;
    int m_reach;
    QFontMetricsF m_metrics;
    QFontMetricsF m_smallMetrics;
    QFontMetricsF m_boldMetrics;
};

} // namespace toward
