#pragma once

#include "model/PracticeVocabulary.h"

#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringView>

#include <optional>

namespace toward {

// What the drawing of the spine needs to know of a region.
struct SpineRegion {
    QString id;
    QString name;
    std::optional<CurveKind> curve;
};

// Where one region sits in the drawing, in the coordinates of the area it was laid out in.
struct SpineRegionShape {
    QString id;
    std::optional<CurveKind> curve;
    QPainterPath outline; // answers to the mouse; also where the focus ring goes
    QList<QPainterPath> vertebrae; // or the sacrum and tailbone; empty for a region without a curve
    QRectF nameRect;
    Qt::Alignment nameAlignment;
    QLineF towardArrow; // from the region out toward its curve; null without a curve
    QRectF towardTextRect;
};

// Lays out a side view of the spine, the person facing left: the regions with a curve stack head
// to tail into one column, a lordosis bowing to the front (left) and a kyphosis to the back
// (right); the regions without a curve sit in a row below it.
class SpineGeometry {
public:
    SpineGeometry() = default;
    SpineGeometry(const QList<SpineRegion> &regions, const QRectF &area, qreal textHeight);

    QRectF area() const { return m_area; }
    // The column's regions from head to tail, then the row's from left to right.
    const QList<SpineRegionShape> &shapes() const { return m_shapes; }
    const SpineRegionShape *shapeOf(QStringView regionId) const;
    int indexAt(const QPointF &point) const; // -1 outside every region
    // The straight line the column's curves bow away from.
    qreal axisX() const { return m_axisX; }
    QPainterPath centreLine() const { return m_centreLine; }
    QRectF frontLabelRect() const { return m_frontLabelRect; }
    QRectF backLabelRect() const { return m_backLabelRect; }

private:
    void layOutColumn(const QList<SpineRegion> &regions, const QRectF &column, qreal textHeight);
    void layOutRow(const QList<SpineRegion> &regions, const QRectF &row);

    QRectF m_area;
    QList<SpineRegionShape> m_shapes;
    qreal m_axisX = 0;
    QPainterPath m_centreLine;
    QRectF m_frontLabelRect;
    QRectF m_backLabelRect;
};

} // namespace toward
