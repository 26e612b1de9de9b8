#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

namespace toward {

class PdfPageFlow;

struct ReportColumn {
    QString title;
    qreal share = 0; // of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct ReportCell {
    // Not explicit: rows are written as lists of plain strings.
    ReportCell(QString text, bool emphasised = false)
        : text(std::move(text))
        , emphasised(emphasised)
    {
    }
    QString text;
    bool emphasised = false; // bold
};

// A table drawn down a PdfPageFlow one row at a time, so it need not be held in memory. Cells wrap
// to their column; a row is never split. The header row goes above the first row and again at the
// top of every page the table continues on.
class ReportTable {
public:
    ReportTable(PdfPageFlow &flow, QList<ReportColumn> columns, qreal fontPoints);

    void addRow(const QList<ReportCell> &cells);

private:
    qreal rowHeight(const QList<ReportCell> &cells);
    void drawRow(const QRectF &rect, const QList<ReportCell> &cells);
    qreal columnWidth(qsizetype column) const;
    const QFont &fontOf(const ReportCell &cell) const;

    PdfPageFlow &m_flow;
    QList<ReportColumn> m_columns;
    QList<ReportCell> m_header;
    QFont m_font;
    QFont m_bold;
    qreal m_padding;
    int m_headerPage = 0; // the page the header was last drawn on
    int m_rowsOnPage = 0;
};

} // namespace toward
