#include "widgets/SpineGeometry.h"

#include <QPolygonF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace toward {

namespace {

constexpr qreal Pi = std::numbers::pi;
constexpr int BandSamples = 16;
constexpr qreal TopWidthShare = 0.45; // of the lowest vertebra's width: the column widens downward
constexpr qreal BodyShare = 0.74; // of a vertebra's step; the rest is the disc below it
constexpr qreal BodyAspect = 0.5; // a vertebra's height to its width
constexpr int MostVertebrae = 12; // as many as the thoracic spine has
constexpr qreal SacrumShare = 0.78; // of the region's length; the tailbone takes the rest

// One region's stretch of the column: half a sine wave, so each curve leaves the axis and returns
// to it at the region's ends, and neighbours of opposite kinds join without a kink.
struct Bow {
    qreal axisX = 0;
    qreal top = 0;
    qreal length = 1;
    qreal depth = 0; // negative bows to the front (left)

    qreal phase(qreal y) const { return Pi * (y - top) / length; }
    qreal xAt(qreal y) const { return axisX + depth * std::sin(phase(y)); }
    qreal slopeAt(qreal y) const { return depth * Pi / length * std::cos(phase(y)); }
    QPointF pointAt(qreal y) const { return {xAt(y), y}; }
    // The unit vector across the column, pointing to the back.
    QPointF normalAt(qreal y) const
    {
        const qreal slope = slopeAt(y);
        const qreal length = std::hypot(1.0, slope);
        return {1 / length, -slope / length};
    }
};

struct ColumnWidth {
    qreal top = 0;
    qreal height = 1;
    qreal lowest = 0; // half the width at the bottom

    qreal halfAt(qreal y) const
    {
        return lowest * (TopWidthShare + (1 - TopWidthShare) * (y - top) / height);
    }
};

QPainterPath bandAround(const Bow &bow, const ColumnWidth &width, qreal padding)
{
    QPolygonF front;
    QPolygonF back;
    for (int i = 0; i <= BandSamples; ++i) {
        const qreal y = bow.top + bow.length * i / BandSamples;
        const QPointF across = bow.normalAt(y) * (width.halfAt(y) + padding);
        front.append(bow.pointAt(y) - across);
        back.prepend(bow.pointAt(y) + across);
    }
    QPainterPath band;
    band.addPolygon(front + back);
    band.closeSubpath();
    return band;
}

QPainterPath placedAlong(const Bow &bow, qreal y, const QPainterPath &body)
{
    QTransform place;
    place.translate(bow.xAt(y), y);
    place.rotateRadians(-std::atan(bow.slopeAt(y)));
    return place.map(body);
}

// Rounded bodies, as many as fit at the region's width: small ones at the neck, large ones low.
QList<QPainterPath> vertebraeAlong(const Bow &bow, const ColumnWidth &width)
{
    const qreal middleStep = 2 * width.halfAt(bow.top + bow.length / 2) * BodyAspect / BodyShare;
    const int count = std::clamp(static_cast<int>(bow.length / middleStep), 2, MostVertebrae);
    QList<QPainterPath> vertebrae;
    const qreal step = bow.length / count;
    for (int i = 0; i < count; ++i) {
        const qreal y = bow.top + (i + 0.5) * step;
        const qreal halfWidth = width.halfAt(y);
        const qreal height = std::min(step * BodyShare, 2 * halfWidth * BodyAspect * 1.3);
        const qreal radius = std::min(height, 2 * halfWidth) * 0.35;
        QPainterPath body;
        body.addRoundedRect(QRectF(-halfWidth, -height / 2, 2 * halfWidth, height), radius, radius);
        vertebrae.append(placedAlong(bow, y, body));
    }
    return vertebrae;
}

// The sacrum's fused bones as one wedge narrowing downward, and the tailbone below it.
QList<QPainterPath> sacrumAlong(const Bow &bow, const ColumnWidth &width)
{
    const qreal sacrumLength = bow.length * SacrumShare;
    const qreal topHalf = width.halfAt(bow.top);
    QPolygonF front;
    QPolygonF back;
    const qreal gap = sacrumLength * 0.06;
    for (int i = 0; i <= BandSamples; ++i) {
        const qreal share = qreal(i) / BandSamples;
        const qreal y = bow.top + gap + (sacrumLength - gap) * share;
        const QPointF across = bow.normalAt(y) * topHalf * (1 - 0.7 * share);
        front.append(bow.pointAt(y) - across);
        back.prepend(bow.pointAt(y) + across);
    }
    QPainterPath wedge;
    wedge.addPolygon(front + back);
    wedge.closeSubpath();

    const qreal tailTop = bow.top + sacrumLength + gap / 2;
    const qreal tailLength = bow.length - sacrumLength - gap;
    const qreal tailHalf = topHalf * 0.25;
    QPainterPath tail;
    tail.addRoundedRect(
        QRectF(-tailHalf, -tailLength / 2, 2 * tailHalf, tailLength), tailHalf, tailHalf);
    return {wedge, placedAlong(bow, tailTop + tailLength / 2, tail)};
}

} // namespace

SpineGeometry::SpineGeometry(
    const QList<SpineRegion> &regions, const QRectF &area, qreal textHeight)
    : m_area(area)
    , m_axisX(area.center().x())
{
    QList<SpineRegion> curved;
    QList<SpineRegion> straight;
    for (const SpineRegion &region : regions)
        (region.curve ? curved : straight).append(region);

    const qreal margin = std::max(4.0, std::min(area.width(), area.height()) * 0.03);
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
    m_frontLabelRect = QRectF(inner.left(), inner.top(), inner.width() / 2, textHeight);
    m_backLabelRect = m_frontLabelRect.translated(inner.width() / 2, 0);

    QRectF column(inner.left(), m_frontLabelRect.bottom() + margin, inner.width(), 0);
    column.setBottom(inner.bottom());
    QRectF row;
    if (!straight.isEmpty()) {
        const qreal rowHeight = textHeight * 2;
        row = QRectF(inner.left(), inner.bottom() - rowHeight, inner.width(), rowHeight);
        column.setBottom(row.top() - margin);
    }
    layOutColumn(curved, column, textHeight);
    layOutRow(straight, row);
}

const SpineRegionShape *SpineGeometry::shapeOf(QStringView regionId) const
{
    for (const SpineRegionShape &shape : m_shapes) {
        if (shape.id == regionId)
            return &shape;
    }
    return nullptr;
}

int SpineGeometry::indexAt(const QPointF &point) const
{
    for (int i = 0; i < m_shapes.size(); ++i) {
        if (m_shapes[i].outline.contains(point))
            return i;
    }
    return -1;
}

void SpineGeometry::layOutColumn(
    const QList<SpineRegion> &regions, const QRectF &column, qreal textHeight)
{
    if (regions.isEmpty() || column.height() <= 0)
        return;
    const qreal regionHeight = column.height() / regions.size();
    const ColumnWidth width {
        column.top(), column.height(), std::min(column.width() * 0.1, column.height() * 0.05)};
    const qreal gap = textHeight * 0.4;
    m_centreLine.moveTo(m_axisX, column.top());

    for (int i = 0; i < regions.size(); ++i) {
        const SpineRegion &region = regions[i];
        const qreal top = column.top() + i * regionHeight;
        const qreal middle = top + regionHeight / 2;
        const qreal direction = *region.curve == CurveKind::Lordosis ? -1 : 1;
        // Deeper than this, the centre of the region's bounding box would fall outside it.
        const qreal depth =
            std::min({1.5 * width.halfAt(middle), regionHeight * 0.3, column.width() * 0.1});
        const Bow bow {m_axisX, top, regionHeight, direction * depth};
        for (int sample = 1; sample <= BandSamples; ++sample)
            m_centreLine.lineTo(bow.pointAt(top + regionHeight * sample / BandSamples));

        SpineRegionShape shape;
        shape.id = region.id;
        shape.curve = region.curve;
        // Tilted at the column's ends, the band would reach past it, into the row below.
        QPainterPath inColumn;
        inColumn.addRect(column);
        shape.outline = bandAround(bow, width, gap / 2).intersected(inColumn);
        // The lowest curve bowing to the back is the sacrum's.
        const bool sacrum =
            i == regions.size() - 1 && *region.curve == CurveKind::Kyphosis && regions.size() > 1;
        shape.vertebrae = sacrum ? sacrumAlong(bow, width) : vertebraeAlong(bow, width);

        // The arrow goes out from the bulge; the name sits on the hollow side, out of its way.
        const qreal bulgeEdge = bow.xAt(middle) + direction * (width.halfAt(middle) + gap);
        const qreal room = direction < 0 ? bulgeEdge - column.left() : column.right() - bulgeEdge;
        const qreal arrowLength = std::min(textHeight * 2, room * 0.6);
        shape.towardArrow = QLineF(bulgeEdge, middle, bulgeEdge + direction * arrowLength, middle);
        const qreal outerEdge = direction < 0 ? column.left() : column.right();
        shape.towardTextRect = QRectF(QPointF(std::min(bulgeEdge, outerEdge), middle + gap),
            QPointF(std::max(bulgeEdge, outerEdge), middle + gap + 3 * textHeight));

        const qreal nameEdge = m_axisX - direction * (width.lowest + gap);
        const qreal hollowEdge = direction < 0 ? column.right() : column.left();
        shape.nameRect = QRectF(QPointF(std::min(nameEdge, hollowEdge), middle - textHeight),
            QPointF(std::max(nameEdge, hollowEdge), middle + textHeight));
        shape.nameAlignment = Qt::AlignVCenter | (direction < 0 ? Qt::AlignLeft : Qt::AlignRight);
        m_shapes.append(shape);
    }
}

void SpineGeometry::layOutRow(const QList<SpineRegion> &regions, const QRectF &row)
{
    if (regions.isEmpty())
        return;
    const qreal count = regions.size();
    const qreal gap = row.height() * 0.3;
    const qreal boxWidth = std::min((row.width() - gap * (count - 1)) / count, row.width() / 2);
    const qreal radius = row.height() * 0.3;
    qreal left = row.center().x() - (boxWidth * count + gap * (count - 1)) / 2;
    for (const SpineRegion &region : regions) {
        SpineRegionShape shape;
        shape.id = region.id;
        const QRectF box(left, row.top(), boxWidth, row.height());
        shape.outline.addRoundedRect(box, radius, radius);
        shape.nameRect = box;
        shape.nameAlignment = Qt::AlignCenter;
        m_shapes.append(shape);
        left += boxWidth + gap;
    }
}

} // namespace toward
