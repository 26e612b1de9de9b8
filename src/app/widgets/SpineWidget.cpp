#include "widgets/SpineWidget.h"

#include "style/AppStyle.h"

#include <QFocusEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace toward {

namespace {

QColor mixed(const QColor &from, const QColor &to, float share)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share,
        from.greenF() + (to.greenF() - from.greenF()) * share,
        from.blueF() + (to.blueF() - from.blueF()) * share);
}

QColor readableOn(const QColor &fill)
{
    return qGray(fill.rgb()) > 140 ? QColor(Qt::black) : QColor(Qt::white);
}

QString towardText(CurveKind kind)
{
    return kind == CurveKind::Lordosis ? SpineWidget::tr("toward: curve to the front")
                                       : SpineWidget::tr("toward: curve to the back");
}

QFont smallerFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

SpineWidget::SpineWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Spine"));
    updateDescription();
}

void SpineWidget::setRegions(const QList<Region> &regions)
{
    m_regions.clear();
    QSet<QString> kept;
    for (const Region &region : regions) {
        m_regions.append({region.id, region.name,
            region.curve ? std::optional(region.curve->kind) : std::nullopt});
        if (m_selected.contains(region.id))
            kept.insert(region.id);
    }
    m_selected = kept;
    m_focusIndex = 0;
    m_geometry.reset();
    updateDescription();
    update();
}

void SpineWidget::setSelectable(bool selectable)
{
    m_selectable = selectable;
    setFocusPolicy(selectable ? Qt::StrongFocus : Qt::NoFocus);
    if (!selectable && hasFocus())
        clearFocus();
    updateDescription();
    update();
}

QStringList SpineWidget::selectedRegionIds() const
{
    QStringList ids;
    for (const SpineRegion &region : m_regions) {
        if (m_selected.contains(region.id))
            ids.append(region.id);
    }
    return ids;
}

void SpineWidget::setSelectedRegionIds(const QStringList &regionIds)
{
    m_selected.clear();
    for (const QString &id : regionIds) {
        if (findRegion(id))
            m_selected.insert(id);
    }
    updateDescription();
    update();
}

void SpineWidget::setCueRegion(const QString &regionId)
{
    m_cueRegionId = regionId;
    updateDescription();
    update();
}

QColor SpineWidget::cueColor() const
{
    // Warm, so it stands apart from the usual blue of the selection; lighter on dark palettes.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xf2, 0xa5, 0x4a) : QColor(0xd9, 0x77, 0x06);
}

QRectF SpineWidget::regionRect(const QString &regionId) const
{
    const SpineRegionShape *shape = spineGeometry().shapeOf(regionId);
    return shape ? shape->outline.boundingRect() : QRectF();
}

QString SpineWidget::focusedRegionId() const
{
    const QList<SpineRegionShape> &shapes = spineGeometry().shapes();
    return m_focusIndex < shapes.size() ? shapes[m_focusIndex].id : QString();
}

QSize SpineWidget::sizeHint() const
{
    return {220, 360};
}

QSize SpineWidget::minimumSizeHint() const
{
    return {140, 220};
}

void SpineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const SpineGeometry &spine = spineGeometry();
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor quiet = AppStyle::schemeOf(palette()).highContrast
        ? ink
        : mixed(palette().color(QPalette::Window), ink, 0.6f);

    painter.setFont(smallerFont(font()));
    painter.setPen(quiet);
    painter.drawText(spine.frontLabelRect(), Qt::AlignLeft | Qt::AlignVCenter, tr("Front"));
    painter.drawText(spine.backLabelRect(), Qt::AlignRight | Qt::AlignVCenter, tr("Back"));
    painter.setPen(QPen(quiet, 1));
    painter.drawPath(spine.centreLine());

    painter.setFont(font());
    const QList<SpineRegionShape> &shapes = spine.shapes();
    for (int i = 0; i < shapes.size(); ++i)
        paintRegion(painter, shapes[i], i == m_focusIndex && hasFocus());
    if (const SpineRegionShape *cue = spine.shapeOf(m_cueRegionId))
        paintToward(painter, *cue);
}

void SpineWidget::mousePressEvent(QMouseEvent *event)
{
    const int index = spineGeometry().indexAt(event->position());
    if (!m_selectable || event->button() != Qt::LeftButton || index < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_focusIndex = index;
    toggleByUser(spineGeometry().shapes()[index].id);
}

void SpineWidget::keyPressEvent(QKeyEvent *event)
{
    const int count = spineGeometry().shapes().size();
    if (!m_selectable || count == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
        moveFocusTo(m_focusIndex - 1);
        break;
    case Qt::Key_Down:
        moveFocusTo(m_focusIndex + 1);
        break;
    case Qt::Key_Home:
        moveFocusTo(0);
        break;
    case Qt::Key_End:
        moveFocusTo(count - 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggleByUser(focusedRegionId());
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void SpineWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    updateDescription();
    update();
}

void SpineWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    updateDescription();
    update();
}

void SpineWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_geometry.reset();
}

const SpineGeometry &SpineWidget::spineGeometry() const
{
    if (!m_geometry || m_geometry->area() != QRectF(rect()))
        m_geometry = SpineGeometry(m_regions, rect(), QFontMetricsF(font()).height());
    return *m_geometry;
}

const SpineRegion *SpineWidget::findRegion(QStringView regionId) const
{
    for (const SpineRegion &region : m_regions) {
        if (region.id == regionId)
            return &region;
    }
    return nullptr;
}

void SpineWidget::moveFocusTo(int index)
{
    m_focusIndex = std::clamp(index, 0, static_cast<int>(spineGeometry().shapes().size()) - 1);
    updateDescription();
    update();
}

void SpineWidget::toggleByUser(const QString &regionId)
{
    if (!m_selected.remove(regionId))
        m_selected.insert(regionId);
    updateDescription();
    update();
    emit selectionChanged(selectedRegionIds());
}

void SpineWidget::updateDescription()
{
    QStringList sentences;
    const SpineRegion *focused = findRegion(focusedRegionId());
    if (m_selectable && hasFocus() && focused) {
        sentences.append(m_selected.contains(focused->id)
                ? tr("%1, selected").arg(focused->name)
                : tr("%1, not selected").arg(focused->name));
    }
    if (m_selectable) {
        QStringList names;
        for (const SpineRegion &region : m_regions) {
            if (m_selected.contains(region.id))
                names.append(region.name);
        }
        sentences.append(names.isEmpty()
                ? tr("No region selected")
                : tr("Selected: %1").arg(locale().createSeparatedList(names)));
    }
    if (const SpineRegion *cue = findRegion(m_cueRegionId)) {
        sentences.append(cue->curve ? tr("Cue: %1, %2").arg(cue->name, towardText(*cue->curve))
                                    : tr("Cue: %1").arg(cue->name));
    }
    setAccessibleDescription(sentences.join(QStringLiteral(". ")));
}

void SpineWidget::paintRegion(QPainter &painter, const SpineRegionShape &shape, bool focused) const
{
    const bool cue = shape.id == m_cueRegionId;
    const bool selected = m_selected.contains(shape.id);
    QColor fill = mixed(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.14f);
    if (selected)
        fill = palette().color(QPalette::Highlight);
    if (cue)
        fill = cueColor();

    if (selected || cue) {
        QColor halo = fill;
        halo.setAlphaF(0.2f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawPath(shape.outline);
    }
    // High contrast outlines every bone in the text colour; otherwise a shade of the fill.
    const bool highContrast = AppStyle::schemeOf(palette()).highContrast;
    const QColor text = palette().color(QPalette::Text);
    painter.setPen(QPen(highContrast ? text : mixed(fill, text, 0.4f), highContrast ? 1.5 : 1));
    painter.setBrush(fill);
    if (shape.vertebrae.isEmpty())
        painter.drawPath(shape.outline);
    for (const QPainterPath &vertebra : shape.vertebrae)
        painter.drawPath(vertebra);

    if (focused) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shape.outline);
    }

    const SpineRegion *region = findRegion(shape.id);
    QFont font = painter.font();
    font.setBold(cue);
    painter.setFont(font);
    painter.setPen(
        shape.vertebrae.isEmpty() ? readableOn(fill) : palette().color(QPalette::WindowText));
    const QString name =
        QFontMetricsF(font).elidedText(region->name, Qt::ElideRight, shape.nameRect.width());
    painter.drawText(shape.nameRect, shape.nameAlignment, name);
}

void SpineWidget::paintToward(QPainter &painter, const SpineRegionShape &shape) const
{
    if (!shape.curve)
        return;
    const QLineF arrow = shape.towardArrow;
    QLineF wing(arrow.p2(), arrow.p1());
    wing.setLength(std::min(arrow.length() * 0.5, QFontMetricsF(font()).height() * 0.5));
    QLineF otherWing = wing;
    wing.setAngle(wing.angle() + 35);
    otherWing.setAngle(otherWing.angle() - 35);

    painter.setPen(QPen(cueColor(), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(cueColor());
    painter.drawLine(arrow.p1(), (wing.p2() + otherWing.p2()) / 2);
    painter.drawPolygon(QPolygonF({arrow.p2(), wing.p2(), otherWing.p2()}));

    painter.setFont(smallerFont(font()));
    painter.setPen(palette().color(QPalette::WindowText));
    const Qt::Alignment side = *shape.curve == CurveKind::Lordosis ? Qt::AlignRight : Qt::AlignLeft;
    painter.drawText(shape.towardTextRect, int(side | Qt::AlignTop) | Qt::TextWordWrap,
        towardText(*shape.curve));
}

} // namespace toward
