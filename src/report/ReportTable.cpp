#include "ReportTable.h"

#include "PdfPageFlow.h"

#include <QColor>

#include <algorithm>

namespace toward {

namespace {

constexpr qreal PaddingPt = 2.5;
const QColor HeaderShade(0xd9, 0xd9, 0xd9);
// Every other row is shaded, so a wide row can be followed across the page; light enough to read
// printed in black and white.
const QColor RowShade(0xf2, 0xf2, 0xf2);

} // namespace

ReportTable::ReportTable(PdfPageFlow &flow, QList<ReportColumn> columns, qreal fontPoints)
    : m_flow(flow)
    , m_columns(std::move(columns))
    , m_font(flow.font(fontPoints))
    , m_bold(flow.font(fontPoints, QFont::Bold))
    , m_padding(flow.points(PaddingPt))
{
    for (const ReportColumn &column : std::as_const(m_columns))
        m_header.append({column.title, true});
}

void ReportTable::addRow(const QList<ReportCell> &cells)
{
    const qreal height = rowHeight(cells);
    if (m_headerPage != m_flow.pageNumber() || !m_flow.fits(height)) {
        const qreal headerHeight = rowHeight(m_header);
        m_flow.keepSpace(headerHeight + height);
        const QRectF header = m_flow.take(headerHeight);
        m_flow.painter().fillRect(header, HeaderShade);
        drawRow(header, m_header);
        m_headerPage = m_flow.pageNumber();
        m_rowsOnPage = 0;
    }
    const QRectF row = m_flow.take(height);
    if (m_rowsOnPage % 2 == 1)
        m_flow.painter().fillRect(row, RowShade);
    drawRow(row, cells);
    ++m_rowsOnPage;
}

qreal ReportTable::rowHeight(const QList<ReportCell> &cells)
{
    qreal height = 0;
    for (qsizetype column = 0; column < cells.size() && column < m_columns.size(); ++column) {
        height = std::max(height,
            m_flow.textHeight(
                cells[column].text, fontOf(cells[column]), columnWidth(column) - 2 * m_padding));
    }
    return height + 2 * m_padding;
}

void ReportTable::drawRow(const QRectF &rect, const QList<ReportCell> &cells)
{
    qreal left = rect.left();
    for (qsizetype column = 0; column < cells.size() && column < m_columns.size(); ++column) {
        const QRectF cell(left, rect.top(), columnWidth(column), rect.height());
        m_flow.drawText(cell.adjusted(m_padding, m_padding, -m_padding, -m_padding),
            cells[column].text, fontOf(cells[column]), m_columns[column].alignment | Qt::AlignTop);
        left = cell.right();
    }
}

qreal ReportTable::columnWidth(qsizetype column) const
{
    return m_columns[column].share * m_flow.width();
}

const QFont &ReportTable::fontOf(const ReportCell &cell) const
{
    return cell.emphasised ? m_bold : m_font;
}

} // namespace toward
