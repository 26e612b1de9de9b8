#include "PdfPageFlow.h"

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextOption>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr qreal PointsPerInch = 72.0;
const QMarginsF PageMarginsMm(18, 12, 18, 12);
// Inside the margins: the running header above the content and the footer below it.
constexpr qreal HeaderBandPt = 22;
constexpr qreal FooterBandPt = 22;
constexpr qreal DecorationFontPt = 7.5;
const QColor DecorationColor(0x55, 0x55, 0x55);

QTextOption wrapping(Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

PdfPageFlow::PdfPageFlow(QPdfWriter &writer, Decoration decoration)
    : m_writer(writer)
    , m_decoration(std::move(decoration))
{
    m_writer.setPageSize(QPageSize(QPageSize::A4));
    m_writer.setPageOrientation(QPageLayout::Portrait);
    m_writer.setPageMargins(PageMarginsMm, QPageLayout::Millimeter);
    if (!m_painter.begin(&m_writer))
        return;
    m_content = QRectF(0, points(HeaderBandPt), m_writer.width(),
        m_writer.height() - points(HeaderBandPt) - points(FooterBandPt));
    m_y = m_content.top();
    decoratePage();
}

qreal PdfPageFlow::points(qreal pt) const
{
    return pt * m_writer.resolution() / PointsPerInch;
}

QFont PdfPageFlow::font(qreal pointSize, QFont::Weight weight) const
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

void PdfPageFlow::keepSpace(qreal height)
{
    if (!fits(height) && !isAtPageTop())
        newPage();
}

QRectF PdfPageFlow::take(qreal height)
{
    keepSpace(height);
    const QRectF rect(m_content.left(), m_y, m_content.width(), height);
    m_y += height;
    return rect;
}

void PdfPageFlow::skip(qreal height)
{
    if (!isAtPageTop())
        m_y = std::min(m_y + height, m_content.bottom());
}

void PdfPageFlow::newPage()
{
    m_writer.newPage();
    ++m_pageNumber;
    m_y = m_content.top();
    decoratePage();
}

qreal PdfPageFlow::textHeight(const QString &text, const QFont &font, qreal width)
{
    m_painter.setFont(font);
    return m_painter.boundingRect(QRectF(0, 0, width, m_content.height()), text, wrapping({}))
        .height();
}

void PdfPageFlow::drawText(
    const QRectF &rect, const QString &text, const QFont &font, Qt::Alignment alignment)
{
    m_painter.setFont(font);
    m_painter.drawText(rect, text, wrapping(alignment));
}

void PdfPageFlow::drawParagraph(const QString &text, const QFont &font)
{
    drawText(take(textHeight(text, font, width())), text, font);
}

bool PdfPageFlow::finish()
{
    return m_painter.end();
}

void PdfPageFlow::decoratePage()
{
    m_painter.save();
    const QFont small = font(DecorationFontPt);
    m_painter.setFont(small);
    m_painter.setPen(QPen(DecorationColor, points(0.5)));
    const qreal lineHeight = QFontMetricsF(small, &m_writer).height();

    if (m_pageNumber > 1) {
        const QRectF header(0, 0, m_content.width(), lineHeight);
        m_painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_decoration.runningHeader);
        const qreal ruleY = header.bottom() + points(3);
        m_painter.drawLine(QPointF(0, ruleY), QPointF(m_content.width(), ruleY));
    }

    const qreal footerTop = m_content.bottom() + points(FooterBandPt) - lineHeight;
    m_painter.drawLine(
        QPointF(0, footerTop - points(3)), QPointF(m_content.width(), footerTop - points(3)));
    const QRectF footer(0, footerTop, m_content.width(), lineHeight);
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_decoration.footer);
    const QString page = m_decoration.pageCount > 0
        ? QCoreApplication::translate("PdfPageFlow", "Page %1 of %2")
              .arg(m_pageNumber)
              .arg(m_decoration.pageCount)
        : QCoreApplication::translate("PdfPageFlow", "Page %1").arg(m_pageNumber);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, page);
    m_painter.restore();
}

} // namespace toward
