#include "widgets/SpineWidget.h"

#include "AppTestModels.h"
#include "TestSupport.h"
#include "model/PracticeModelLoader.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace toward;

namespace {

const QString Neck = QStringLiteral("neck");
const QString UpperBack = QStringLiteral("upper-back");
const QString LowBack = QStringLiteral("low-back");
const QString Pelvis = QStringLiteral("pelvis");
const QString Knees = QStringLiteral("knees");

QList<Region> defaultRegions()
{
    const ModelLoadResult result = PracticeModelLoader::loadDefault();
    REQUIRE(result.ok());
    return result.model->regions;
}

QList<SpineRegion> spineRegions(const QList<Region> &regions)
{
    QList<SpineRegion> spine;
    for (const Region &region : regions) {
        spine.append({region.id, region.name,
            region.curve ? std::optional(region.curve->kind) : std::nullopt});
    }
    return spine;
}

void showAndFocus(SpineWidget &spine)
{
    spine.resize(240, 400);
    spine.show();
    spine.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&spine));
    spine.setFocus();
    REQUIRE(spine.hasFocus());
}

void click(SpineWidget &spine, const QString &regionId)
{
    const QRectF rect = spine.regionRect(regionId);
    REQUIRE(rect.isValid());
    QTest::mouseClick(&spine, Qt::LeftButton, {}, rect.center().toPoint());
}

// The part of a region's bounding box that its neighbours' bounding boxes never reach.
QRectF middleOf(const QRectF &rect)
{
    return rect.adjusted(0, rect.height() / 4, 0, -rect.height() / 4);
}

// Counts in device pixels; `area` is in the widget's coordinates.
int pixelsOfColour(const QImage &image, const QRectF &area, const QColor &colour)
{
    int count = 0;
    const qreal scale = image.devicePixelRatio();
    const QRect pixels = QRectF(area.topLeft() * scale, area.size() * scale)
                             .toAlignedRect()
                             .intersected(image.rect());
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                ++count;
        }
    }
    return count;
}

// How many pixels of `area` the path covers, painted without antialiasing.
int paintedPixels(const QPainterPath &path, const QRectF &area)
{
    QImage image(area.size().toSize() + QSize(1, 1), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-area.topLeft());
    painter.fillPath(path, Qt::black);
    painter.end();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == qRgb(0, 0, 0) ? 1 : 0;
    }
    return count;
}

} // namespace

TEST_CASE("A lordosis bows to the front (left) and a kyphosis to the back (right)", "[spine]")
{
    const QList<Region> regions = defaultRegions();
    REQUIRE(regions.size() == 4);
    const SpineGeometry geometry(spineRegions(regions), QRectF(0, 0, 240, 400), 16);
    REQUIRE(geometry.shapes().size() == 4);

    qreal previousMiddle = 0;
    for (const Region &region : regions) {
        INFO(region.id);
        const SpineRegionShape *shape = geometry.shapeOf(region.id);
        REQUIRE(shape);
        REQUIRE(region.curve);
        const QRectF bounds = shape->outline.boundingRect();
        if (region.curve->kind == CurveKind::Lordosis) {
            CHECK(bounds.center().x() < geometry.axisX() - 4);
            CHECK(shape->towardArrow.dx() < 0);
        } else {
            CHECK(bounds.center().x() > geometry.axisX() + 4);
            CHECK(shape->towardArrow.dx() > 0);
        }
        CHECK(shape->vertebrae.size() >= 2);
        // Stacked head to tail.
        CHECK(bounds.center().y() > previousMiddle);
        previousMiddle = bounds.center().y();
    }

    SpineWidget spine;
    spine.resize(240, 400);
    spine.setRegions(regions);
    const qreal neck = spine.regionRect(Neck).center().x();
    const qreal upperBack = spine.regionRect(UpperBack).center().x();
    const qreal lowBack = spine.regionRect(LowBack).center().x();
    const qreal pelvis = spine.regionRect(Pelvis).center().x();
    CHECK(neck < upperBack);
    CHECK(lowBack < upperBack);
    CHECK(lowBack < pelvis);
}

TEST_CASE("A region without a curve is drawn beside the column", "[spine]")
{
    const PracticeModel model = test::smallModel();
    SpineWidget spine;
    spine.resize(240, 400);
    spine.setRegions(model.regions);

    const QRectF knees = spine.regionRect(Knees);
    REQUIRE(knees.isValid());
    CHECK(QRectF(spine.rect()).contains(knees));
    for (const QString &id : {Neck, LowBack}) {
        INFO(id);
        REQUIRE(spine.regionRect(id).isValid());
        CHECK_FALSE(spine.regionRect(id).intersects(knees));
    }

    const SpineGeometry geometry(spineRegions(model.regions), QRectF(0, 0, 240, 400), 16);
    REQUIRE(geometry.shapeOf(Knees));
    CHECK(geometry.shapeOf(Knees)->vertebrae.isEmpty());
    CHECK(geometry.shapeOf(Knees)->towardArrow.isNull());
    CHECK(geometry.indexAt(knees.center()) == 2);
}

TEST_CASE("Clicking a region toggles it and reports the selection in model order", "[spine]")
{
    SpineWidget spine;
    spine.setRegions(defaultRegions());
    spine.resize(240, 400);
    spine.show();
    REQUIRE(QTest::qWaitForWindowExposed(&spine));
    QSignalSpy changes(&spine, &SpineWidget::selectionChanged);

    click(spine, LowBack);
    REQUIRE(changes.size() == 1);
    CHECK(changes.takeFirst().at(0).toStringList() == QStringList {LowBack});

    click(spine, Neck);
    REQUIRE(changes.size() == 1);
    CHECK(changes.takeFirst().at(0).toStringList() == QStringList({Neck, LowBack}));
    CHECK(spine.selectedRegionIds() == QStringList({Neck, LowBack}));
    CHECK(spine.accessibleName() == QStringLiteral("Spine"));
    CHECK(spine.accessibleDescription().contains(QStringLiteral("Neck")));
    CHECK(spine.accessibleDescription().contains(QStringLiteral("Low back")));

    const QImage image = spine.grab().toImage();
    const QColor highlight = spine.palette().color(QPalette::Highlight);
    CHECK(pixelsOfColour(image, spine.regionRect(Neck), highlight) > 50);
    CHECK(pixelsOfColour(image, middleOf(spine.regionRect(UpperBack)), highlight) == 0);

    click(spine, LowBack);
    REQUIRE(changes.size() == 1);
    CHECK(changes.takeFirst().at(0).toStringList() == QStringList {Neck});

    QTest::mouseClick(&spine, Qt::LeftButton, {}, QPoint(2, 2)); // outside every region
    CHECK(changes.isEmpty());
    CHECK(spine.selectedRegionIds() == QStringList {Neck});
}

TEST_CASE("The keyboard moves between regions and toggles the focused one", "[spine]")
{
    SpineWidget spine;
    spine.setRegions(test::smallModel().regions);
    showAndFocus(spine);
    QSignalSpy changes(&spine, &SpineWidget::selectionChanged);

    CHECK(spine.focusedRegionId() == Neck);
    QTest::keyClick(&spine, Qt::Key_Down);
    CHECK(spine.focusedRegionId() == LowBack);
    CHECK(spine.accessibleDescription().startsWith(QStringLiteral("Low back, not selected")));
    QTest::keyClick(&spine, Qt::Key_Space);
    REQUIRE(changes.size() == 1);
    CHECK(changes.takeFirst().at(0).toStringList() == QStringList {LowBack});
    CHECK(spine.accessibleDescription().startsWith(QStringLiteral("Low back, selected")));

    QTest::keyClick(&spine, Qt::Key_End);
    CHECK(spine.focusedRegionId() == Knees);
    QTest::keyClick(&spine, Qt::Key_Down); // stays on the last
    CHECK(spine.focusedRegionId() == Knees);
    QTest::keyClick(&spine, Qt::Key_Return);
    REQUIRE(changes.size() == 1);
    CHECK(changes.takeFirst().at(0).toStringList() == QStringList({LowBack, Knees}));

    QTest::keyClick(&spine, Qt::Key_Home);
    CHECK(spine.focusedRegionId() == Neck);
    QTest::keyClick(&spine, Qt::Key_Up); // stays on the first
    CHECK(spine.focusedRegionId() == Neck);
    QTest::keyClick(&spine, Qt::Key_Enter);
    REQUIRE(changes.size() == 1);
    CHECK(changes.takeFirst().at(0).toStringList() == QStringList({Neck, LowBack, Knees}));

    QTest::keyClick(&spine, Qt::Key_Down);
    QTest::keyClick(&spine, Qt::Key_Space);
    CHECK(spine.selectedRegionIds() == QStringList({Neck, Knees}));
    CHECK(changes.size() == 1);
}

TEST_CASE("A spine that is not selectable ignores clicks and keys", "[spine]")
{
    SpineWidget spine;
    spine.setRegions(defaultRegions());
    spine.setSelectedRegionIds({UpperBack});
    spine.setSelectable(false);
    CHECK(spine.focusPolicy() == Qt::NoFocus);
    spine.resize(240, 400);
    spine.show();
    REQUIRE(QTest::qWaitForWindowExposed(&spine));
    QSignalSpy changes(&spine, &SpineWidget::selectionChanged);

    click(spine, Neck);
    click(spine, UpperBack);
    QTest::keyClick(&spine, Qt::Key_Down);
    QTest::keyClick(&spine, Qt::Key_Space);
    CHECK(changes.isEmpty());
    CHECK(spine.selectedRegionIds() == QStringList {UpperBack});
    CHECK(spine.focusedRegionId() == Neck);

    spine.setSelectable(true);
    CHECK(spine.focusPolicy() == Qt::StrongFocus);
    click(spine, Neck);
    CHECK(changes.size() == 1);
}

TEST_CASE("Setting the selection from code does not emit and keeps only known regions", "[spine]")
{
    SpineWidget spine;
    spine.setRegions(defaultRegions());
    QSignalSpy changes(&spine, &SpineWidget::selectionChanged);

    spine.setSelectedRegionIds({Pelvis, QStringLiteral("elbow"), Neck});
    CHECK(spine.selectedRegionIds() == QStringList({Neck, Pelvis}));
    CHECK(changes.isEmpty());

    // A new set of regions keeps the selection of the regions that remain.
    spine.setRegions(test::smallModel().regions);
    CHECK(spine.selectedRegionIds() == QStringList {Neck});
    CHECK(changes.isEmpty());
}

TEST_CASE("The cue's region is drawn in the accent colour with the way toward its curve", "[spine]")
{
    SpineWidget spine;
    spine.setRegions(test::smallModel().regions);
    spine.setSelectable(false);
    spine.resize(240, 400);
    const QColor accent = spine.cueColor();
    CHECK(accent.rgb() != spine.palette().color(QPalette::Highlight).rgb());

    const QImage before = spine.grab().toImage();
    CHECK(pixelsOfColour(before, spine.regionRect(LowBack), accent) == 0);
    CHECK(spine.accessibleDescription().isEmpty());

    spine.setCueRegion(LowBack);
    const QImage during = spine.grab().toImage();
    CHECK(pixelsOfColour(during, spine.regionRect(LowBack), accent) > 50);
    CHECK(pixelsOfColour(during, middleOf(spine.regionRect(Neck)), accent) == 0);
    CHECK(pixelsOfColour(during, spine.regionRect(Knees), accent) == 0);
    CHECK(spine.accessibleDescription()
        == QStringLiteral("Cue: Low back, toward: curve to the front"));
    // The arrow points to the front, on the left of the region.
    const QRectF lowBack = spine.regionRect(LowBack);
    const QRectF frontOfLowBack(0, lowBack.top(), lowBack.left(), lowBack.height());
    CHECK(pixelsOfColour(during, frontOfLowBack, accent) > 10);

    spine.setCueRegion(Knees);
    const QImage knees = spine.grab().toImage();
    CHECK(pixelsOfColour(knees, spine.regionRect(Knees), accent) > 50);
    CHECK(pixelsOfColour(knees, middleOf(spine.regionRect(LowBack)), accent) == 0);
    CHECK(spine.accessibleDescription() == QStringLiteral("Cue: Knees"));

    spine.setRegions(defaultRegions());
    spine.setCueRegion(UpperBack);
    CHECK(spine.accessibleDescription()
        == QStringLiteral("Cue: Upper back, toward: curve to the back"));

    spine.setCueRegion({});
    CHECK(pixelsOfColour(spine.grab().toImage(), spine.rect(), accent) == 0);
    CHECK(spine.accessibleDescription().isEmpty());
}

TEST_CASE("The spine copes with a single region and with none", "[spine]")
{
    SpineWidget spine;
    spine.resize(240, 400);
    spine.show();
    REQUIRE(QTest::qWaitForWindowExposed(&spine));
    QSignalSpy changes(&spine, &SpineWidget::selectionChanged);

    CHECK_FALSE(spine.grab().isNull());
    CHECK(spine.focusedRegionId().isEmpty());
    CHECK(spine.regionRect(Neck).isNull());
    QTest::keyClick(&spine, Qt::Key_Space);
    QTest::mouseClick(&spine, Qt::LeftButton, {}, spine.rect().center());
    spine.setCueRegion(Neck);
    CHECK_FALSE(spine.grab().isNull());
    CHECK(changes.isEmpty());

    const PracticeModel model = test::smallModel();
    spine.setRegions({*model.findRegion(LowBack)});
    spine.setCueRegion(LowBack);
    CHECK(pixelsOfColour(spine.grab().toImage(), spine.regionRect(LowBack), spine.cueColor()) > 50);
    click(spine, LowBack);
    REQUIRE(changes.size() == 1);
    CHECK(changes.takeFirst().at(0).toStringList() == QStringList {LowBack});

    spine.setRegions({});
    CHECK(spine.selectedRegionIds().isEmpty());
    CHECK_FALSE(spine.grab().isNull());
}

TEST_CASE("The vertebrae fit the widget and grow from the neck down", "[spine]")
{
    const QList<SpineRegion> regions = spineRegions(defaultRegions());
    for (const QSizeF size :
        {QSizeF(140, 220), QSizeF(240, 400), QSizeF(300, 300), QSizeF(480, 900)}) {
        INFO(size.width() << " x " << size.height());
        const QRectF area(QPointF(0, 0), size);
        const SpineGeometry geometry(regions, area, 16);
        for (const SpineRegionShape &shape : geometry.shapes()) {
            for (const QPainterPath &vertebra : shape.vertebrae)
                CHECK(area.contains(vertebra.boundingRect()));
        }
        const QList<QPainterPath> neck = geometry.shapeOf(Neck)->vertebrae;
        const QList<QPainterPath> lowBack = geometry.shapeOf(LowBack)->vertebrae;
        CHECK(neck.size() > lowBack.size());
        CHECK(neck.first().boundingRect().width() < lowBack.last().boundingRect().width());
        // The sacrum: one wedge, wider at the top than at the bottom, and the tailbone.
        const QList<QPainterPath> pelvis = geometry.shapeOf(Pelvis)->vertebrae;
        REQUIRE(pelvis.size() == 2);
        const QRectF wedge = pelvis.first().boundingRect();
        CHECK(paintedPixels(pelvis.first(), wedge.adjusted(0, 0, 0, -wedge.height() / 2))
            > 1.4 * paintedPixels(pelvis.first(), wedge.adjusted(0, wedge.height() / 2, 0, 0)));
        CHECK(pelvis.last().boundingRect().top() >= wedge.bottom() - 1);
    }
}

TEST_CASE("On a dark palette the spine is drawn without bright fills", "[spine]")
{
    SpineWidget spine;
    QPalette dark = spine.palette();
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        dark.setColor(role, QColor(0x1e, 0x23, 0x24));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text})
        dark.setColor(role, QColor(0xe4, 0xe8, 0xe7));
    dark.setColor(QPalette::Highlight, QColor(0x6f, 0xc2, 0xbd));
    spine.setPalette(dark);
    spine.setRegions(defaultRegions());
    spine.setSelectedRegionIds({Neck});
    spine.setCueRegion(LowBack);
    for (const QSize size : {QSize(240, 400), QSize(480, 800)}) {
        spine.resize(size);
        const QImage image = spine.grab().toImage();
        int bright = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                bright += image.pixelColor(x, y).lightness() > 240 ? 1 : 0;
        }
        CHECK(bright == 0);
        CHECK(pixelsOfColour(image, spine.regionRect(Neck), dark.color(QPalette::Highlight)) > 50);
    }
}
