#pragma once

#include "model/PracticeModel.h"
#include "widgets/SpineGeometry.h"

#include <QColor>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace toward {

// A side view of the spine drawn from a model's regions (see SpineGeometry). Regions can be
// selected with the mouse and the keyboard, and the region of the current cue is shown with an
// arrow toward its natural curve.
class SpineWidget final : public QWidget {
    Q_OBJECT

public:
    explicit SpineWidget(QWidget *parent = nullptr);

    // In the model's order, head to tail. Keeps the selection of regions that are still there.
    void setRegions(const QList<Region> &regions);

    // Not selectable: clicks and keys change nothing and the widget takes no focus.
    void setSelectable(bool selectable);
    bool isSelectable() const { return m_selectable; }

    // In the model's order.
    QStringList selectedRegionIds() const;
    // Unknown ids are left out; does not emit selectionChanged.
    void setSelectedRegionIds(const QStringList &regionIds);

    // Empty: no cue.
    void setCueRegion(const QString &regionId);
    QString cueRegion() const { return m_cueRegionId; }
    QColor cueColor() const;

    // Where a region is drawn, in widget coordinates; empty for an unknown region.
    QRectF regionRect(const QString &regionId) const;
    // The region the keyboard acts on; empty without regions.
    QString focusedRegionId() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Only on the user's clicks and keys, in the model's order.
    void selectionChanged(const QStringList &regionIds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const SpineGeometry &spineGeometry() const;
    const SpineRegion *findRegion(QStringView regionId) const;
    void moveFocusTo(int index);
    void toggleByUser(const QString &regionId);
    void updateDescription();
    void paintRegion(QPainter &painter, const SpineRegionShape &shape, bool focused) const;
    void paintToward(QPainter &painter, const SpineRegionShape &shape) const;

    QList<SpineRegion> m_regions;
    QSet<QString> m_selected;
    QString m_cueRegionId;
    bool m_selectable = true;
    int m_focusIndex = 0; // into the geometry's shapes, which are in the drawing's order
    mutable std::optional<SpineGeometry> m_geometry; // laid out again when the size changes
};

} // namespace toward
