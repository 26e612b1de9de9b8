#include "welcome/WelcomePicture.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>

namespace toward {

namespace {

// The drawing is laid out in units of a box this size, scaled to fit the widget; pens stay in
// pixels so that lines are as thin at any size.
constexpr QSizeF DrawingSize {80, 160};
constexpr qreal AxisX = 42;

enum class Bow { Front = -1, Back = 1 }; // the person faces left

struct CurvedRegion {
    qreal top;
    qreal bottom;
    Bow bow;
    int vertebrae; // 0: fused, drawn as one tapering bone
    qreal width;
};

// Neck, upper back, low back, sacrum. Each bows as far as it is long, so the curves meet without
// a kink.
constexpr CurvedRegion Regions[] = {
    {36, 60, Bow::Front, 7, 8},
    {60, 100, Bow::Back, 12, 10.5},
    {100, 130, Bow::Front, 5, 13},
    {130, 152, Bow::Back, 0, 11},
};
constexpr qreal BowPerLength = 0.28;

const CurvedRegion &regionAt(qreal y)
{
    for (const CurvedRegion &region : Regions) {
        if (y < region.bottom)
            return region;
    }
    return Regions[std::size(Regions) - 1];
}

// Where the spine's centre is at height y, and which way it runs there (dx per dy).
struct SpinePoint {
    qreal x;
    qreal slope;
};

SpinePoint spineAt(qreal y)
{
    const CurvedRegion &region = regionAt(y);
    const qreal length = region.bottom - region.top;
    const qreal phase = std::numbers::pi * (y - region.top) / length;
    const qreal sign = qreal(region.bow);
    return {AxisX + sign * BowPerLength * length * std::sin(phase),
        sign * BowPerLength * std::numbers::pi * std::cos(phase)};
}

qreal degreesAcross(qreal slope)
{
    return -std::atan(slope) * 180 / std::numbers::pi;
}

class PictureScale {
public:
    explicit PictureScale(const QRectF &area)
        : m_scale(
            std::min(area.width() / DrawingSize.width(), area.height() / DrawingSize.height()))
        , m_origin(area.center() - QPointF(DrawingSize.width(), DrawingSize.height()) * m_scale / 2)
    {
    }
    QPointF at(qreal x, qreal y) const { return m_origin + QPointF(x, y) * m_scale; }
    qreal length(qreal units) const { return units * m_scale; }

private:
    qreal m_scale;
    QPointF m_origin;
};

QColor faded(QColor color, qreal opacity)
{
    color.setAlphaF(float(opacity));
    return color;
}

void paintArrow(QPainter &painter, const QPointF &from, const QPointF &to, qreal headLength)
{
    const QLineF shaft(from, to);
    const QLineF unit = shaft.unitVector();
    const QPointF along = (unit.p2() - unit.p1()) * headLength;
    const QPointF across(-along.y() * 0.6, along.x() * 0.6);
    painter.drawLine(from, to - along * 0.5);
    painter.drawPolygon(QPolygonF({to, to - along + across, to - along - across}));
}

QPainterPath vertebraeOf(const CurvedRegion &region, const PictureScale &scale)
{
    QPainterPath vertebrae;
    const qreal step = (region.bottom - region.top) / region.vertebrae;
    const QSizeF size(scale.length(region.width), scale.length(step * 0.78));
    QPainterPath vertebra;
    vertebra.addRoundedRect(QRectF(QPointF(-size.width() / 2, -size.height() / 2), size),
        size.height() * 0.3, size.height() * 0.3);
    for (int index = 0; index < region.vertebrae; ++index) {
        const qreal y = region.top + step * (index + 0.5);
        const SpinePoint point = spineAt(y);
        const QPointF centre = scale.at(point.x, y);
        vertebrae.addPath(QTransform::fromTranslate(centre.x(), centre.y())
                              .rotate(degreesAcross(point.slope))
                              .map(vertebra));
    }
    return vertebrae;
}

// A fused region: one bone along the curve, narrowing to its tip.
QPainterPath fusedBoneOf(const CurvedRegion &region, const PictureScale &scale)
{
    constexpr int Steps = 12;
    QPolygonF frontSide;
    QPolygonF backSide;
    for (int step = 0; step <= Steps; ++step) {
        const qreal y = region.top + (region.bottom - region.top) * step / Steps;
        const SpinePoint point = spineAt(y);
        const qreal halfWidth = region.width / 2 * (1 - 0.75 * step / Steps);
        const QPointF across = QPointF(1, -point.slope) / std::hypot(1.0, point.slope) * halfWidth;
        backSide.append(scale.at(point.x + across.x(), y + across.y()));
        frontSide.prepend(scale.at(point.x - across.x(), y - across.y()));
    }
    QPainterPath bone;
    bone.addPolygon(backSide + frontSide);
    bone.closeSubpath();
    return bone;
}

QPainterPath bonesOf(const PictureScale &scale)
{
    QPainterPath bones;
    for (const CurvedRegion &region : Regions)
        bones.addPath(
            region.vertebrae == 0 ? fusedBoneOf(region, scale) : vertebraeOf(region, scale));
    return bones;
}

} // namespace

WelcomePicture::WelcomePicture(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    setAccessibleName(tr("A spine seen from the side"));
    setAccessibleDescription(tr("The spine's four natural curves: the neck and the low back curve "
                                "to the front, the upper back and the pelvis to the back. A faded "
                                "straight line is the flattened spine, away from the curves; "
                                "arrows go from it toward each curve."));
}

QSize WelcomePicture::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 10, line * 18};
}

QSize WelcomePicture::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 6, line * 11};
}

void WelcomePicture::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::Text);
    const QColor accent = palette().color(QPalette::Highlight);

    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(faded(palette().color(QPalette::WindowText), 0.18), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(card, 8, 8);

    const qreal margin = fontMetrics().height() * 0.6;
    const PictureScale scale(card.adjusted(margin, margin, -margin, -margin));

    // The head, facing left.
    painter.setPen(QPen(faded(ink, 0.45), 1.5));
    painter.setBrush(Qt::NoBrush);
    const QPointF headCentre = scale.at(AxisX - 8, 18);
    const qreal headRadius = scale.length(14);
    painter.drawEllipse(headCentre, headRadius, headRadius * 1.05);
    QPainterPath nose(headCentre + QPointF(-headRadius * 0.98, -headRadius * 0.1));
    nose.lineTo(headCentre + QPointF(-headRadius * 1.22, headRadius * 0.22));
    nose.lineTo(headCentre + QPointF(-headRadius * 0.94, headRadius * 0.34));
    painter.drawPath(nose);

    // Away: the spine pressed flat.
    painter.setPen(QPen(faded(ink, 0.35), 1.5, Qt::DashLine, Qt::RoundCap));
    painter.drawLine(scale.at(AxisX, 31), scale.at(AxisX, 153));

    // Toward: from the flat line out past each curve, under the bones, so the heads show beyond.
    painter.setPen(QPen(accent, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(accent);
    for (const CurvedRegion &region : Regions) {
        const qreal middle = (region.top + region.bottom) / 2;
        const qreal sign = qreal(region.bow);
        const qreal reach = spineAt(middle).x + sign * (region.width / 2 + 9);
        paintArrow(painter, scale.at(AxisX, middle), scale.at(reach, middle), scale.length(4.5));
    }

    // Opaque, so the arrows pass under them.
    const QPainterPath bones = bonesOf(scale);
    painter.fillPath(bones, palette().color(QPalette::Base));
    painter.setPen(QPen(faded(ink, 0.7), 1.2));
    painter.setBrush(faded(ink, 0.16));
    painter.drawPath(bones);
}

} // namespace toward
