#pragma once

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPdfWriter;

namespace toward {

// Lays a document out down the A4 pages of a PDF, top to bottom: each block takes the height it
// needs on the current page, or on a new page when it does not fit. Every page gets a footer with
// its number, and every page after the first a running header. Lengths are in device units;
// points() converts typographic points.
class PdfPageFlow {
public:
    struct Decoration {
        QString runningHeader; // on pages 2 onwards
        QString footer; // left of the page number, on every page
        int pageCount = 0; // 0: not known yet; the footer then says "Page N" only
    };

    // Sets the writer's page layout and starts painting on it.
    PdfPageFlow(QPdfWriter &writer, Decoration decoration);
    PdfPageFlow(const PdfPageFlow &) = delete;
    PdfPageFlow &operator=(const PdfPageFlow &) = delete;

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    qreal points(qreal pt) const;
    // The app's font family at `pointSize`.
    QFont font(qreal pointSize, QFont::Weight weight = QFont::Normal) const;

    qreal width() const { return m_content.width(); }
    int pageNumber() const { return m_pageNumber; }
    bool isAtPageTop() const { return m_y <= m_content.top(); }
    bool fits(qreal height) const { return m_y + height <= m_content.bottom(); }

    // Starts a new page unless `height` fits below the current position (or the page is empty).
    void keepSpace(qreal height);
    // The rectangle of a block `height` tall, below what came before; the position moves below it.
    QRectF take(qreal height);
    // Space between blocks; none at the top of a page.
    void skip(qreal height);
    void newPage();

    // The height of `text` wrapped to `width`, breaking inside words only when one is too long.
    qreal textHeight(const QString &text, const QFont &font, qreal width);
    void drawText(const QRectF &rect, const QString &text, const QFont &font,
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop);
    // `text` wrapped to the page's width, as one block.
    void drawParagraph(const QString &text, const QFont &font);

    // Ends painting; false when the PDF could not be written out.
    bool finish();

private:
    void decoratePage();

    QPdfWriter &m_writer;
    QPainter m_painter;
    Decoration m_decoration;
    QRectF m_content;
    qreal m_y = 0;
    int m_pageNumber = 1;
};

} // namespace toward
