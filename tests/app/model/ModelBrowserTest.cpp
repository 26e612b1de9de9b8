#include "model/ModelBrowser.h"

#include "AppTestModels.h"
#include "TestSupport.h"
#include "model/PracticeModelLoader.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace toward;

namespace {

template<typename Widget>
Widget *child(const QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<Widget *>(QLatin1StringView(name).toString());
    REQUIRE(widget);
    return widget;
}

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

// A browser on the small test model, shown so that clicks land where a person would click.
struct ShownBrowser {
    ModelBrowser browser;
    QLineEdit *search;
    QComboBox *need;
    QComboBox *mode;
    QComboBox *context;
    QListWidget *regions;
    QTableView *cueTable;
    QLabel *cueCount;
    QTextBrowser *regionView;
    QTextBrowser *cueDetail;

    ShownBrowser()
    {
        browser.setModel(test::smallModel());
        browser.resize(1000, 700);
        browser.show();
        REQUIRE(QTest::qWaitForWindowExposed(&browser));
        search = child<QLineEdit>(browser, "searchEdit");
        need = child<QComboBox>(browser, "needCombo");
        mode = child<QComboBox>(browser, "modeCombo");
        context = child<QComboBox>(browser, "contextCombo");
        regions = child<QListWidget>(browser, "regionList");
        cueTable = child<QTableView>(browser, "cueTable");
        cueCount = child<QLabel>(browser, "cueCountLabel");
        regionView = child<QTextBrowser>(browser, "regionView");
        cueDetail = child<QTextBrowser>(browser, "cueDetailView");
    }

    QStringList visibleCueTitles() const
    {
        const QAbstractItemModel *cues = cueTable->model();
        QStringList titles;
        for (int row = 0; row < cues->rowCount(); ++row)
            titles.append(cues->index(row, 0).data().toString());
        return titles;
    }

    void clickRegion(const QString &name) const
    {
        const QList<QListWidgetItem *> found = regions->findItems(name, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        QTest::mouseClick(regions->viewport(), Qt::LeftButton, {},
            regions->visualItemRect(found.constFirst()).center());
        REQUIRE(regions->currentItem() == found.constFirst());
    }

    void chooseWithKeys(QComboBox *combo, Qt::Key key, int presses = 1) const
    {
        combo->setFocus();
        for (int i = 0; i < presses; ++i)
            QTest::keyClick(combo, key);
    }
};

const QStringList AllSmallModelCues {QStringLiteral("Lift the back of the head"),
    QStringLiteral("Small chin nod"), QStringLiteral("Sitting bones back"),
    QStringLiteral("Rock the pelvis"), QStringLiteral("Soft knees")};

} // namespace

TEST_CASE("ModelBrowser shows the model, its regions and every cue")
{
    ShownBrowser shown;

    CHECK(child<QLabel>(shown.browser, "modelNameLabel")->text()
        == QStringLiteral("Small test model"));
    CHECK(
        child<QLabel>(shown.browser, "modelVersionLabel")->text() == QStringLiteral("Version 2.1"));
    CHECK(child<QLabel>(shown.browser, "modelDescriptionLabel")->text()
        == QStringLiteral("Three regions and five cues for the widget tests."));

    QStringList regionNames;
    for (int row = 0; row < shown.regions->count(); ++row)
        regionNames.append(shown.regions->item(row)->text());
    CHECK(regionNames
        == QStringList {QStringLiteral("All regions"), QStringLiteral("Neck"),
            QStringLiteral("Low back"), QStringLiteral("Knees")});
    CHECK(shown.regions->currentRow() == 0);
    CHECK(shown.regionView->toPlainText().contains(QStringLiteral("Neck (C1–C7)")));

    CHECK(shown.visibleCueTitles() == AllSmallModelCues);
    CHECK(shown.cueCount->text() == QStringLiteral("5 of 5 cues"));
    CHECK(shown.cueDetail->toPlainText() == QStringLiteral("Choose a cue to see how to do it."));

    const QAbstractItemModel *cues = shown.cueTable->model();
    QStringList headers;
    for (int column = 0; column < cues->columnCount(); ++column)
        headers.append(cues->headerData(column, Qt::Horizontal).toString());
    CHECK(headers
        == QStringList {QStringLiteral("Cue"), QStringLiteral("Region"), QStringLiteral("Need"),
            QStringLiteral("Mode"), QStringLiteral("Where"), QStringLiteral("Breaths")});
    QStringList firstRow;
    for (int column = 0; column < cues->columnCount(); ++column)
        firstRow.append(cues->index(0, column).data().toString());
    CHECK(firstRow
        == QStringList {QStringLiteral("Lift the back of the head"), QStringLiteral("Neck"),
            QStringLiteral("Space"), QStringLiteral("Support"), QStringLiteral("Desk, Driving"),
            QStringLiteral("3")});
}

TEST_CASE("Typing in the search field narrows the cues")
{
    ShownBrowser shown;
    CHECK(shown.search->placeholderText() == QStringLiteral("Search cues"));
    CHECK(shown.search->isClearButtonEnabled());

    SECTION("to the cues with that word")
    {
        QTest::keyClicks(shown.search, QStringLiteral("sitting"));
        CHECK(shown.visibleCueTitles() == QStringList {QStringLiteral("Sitting bones back")});
        CHECK(shown.cueCount->text() == QStringLiteral("1 of 5 cues"));
    }
    SECTION("whatever the letter case")
    {
        QTest::keyClicks(shown.search, QStringLiteral("SOFT"));
        CHECK(shown.visibleCueTitles()
            == QStringList {
                QStringLiteral("Lift the back of the head"), QStringLiteral("Soft knees")});
        CHECK(shown.cueCount->text() == QStringLiteral("2 of 5 cues"));
    }
    SECTION("to nothing when no cue has the word")
    {
        QTest::keyClicks(shown.search, QStringLiteral("zebra"));
        CHECK(shown.visibleCueTitles().isEmpty());
        CHECK(shown.cueCount->text() == QStringLiteral("0 of 5 cues"));
    }
    SECTION("and erasing it shows every cue again")
    {
        QTest::keyClicks(shown.search, QStringLiteral("knees"));
        REQUIRE(shown.cueCount->text() == QStringLiteral("1 of 5 cues"));
        QTest::keyClick(shown.search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(shown.search, Qt::Key_Backspace);
        CHECK(shown.visibleCueTitles() == AllSmallModelCues);
        CHECK(shown.cueCount->text() == QStringLiteral("5 of 5 cues"));
    }
}

TEST_CASE("The need, mode and place choices narrow the cues")
{
    ShownBrowser shown;
    CHECK(itemTexts(shown.need)
        == QStringList {
            QStringLiteral("Any need"), QStringLiteral("Strength"), QStringLiteral("Space")});
    CHECK(itemTexts(shown.mode)
        == QStringList {
            QStringLiteral("Any mode"), QStringLiteral("Play"), QStringLiteral("Support")});
    CHECK(itemTexts(shown.context)
        == QStringList {QStringLiteral("Anywhere"), QStringLiteral("Mat"), QStringLiteral("Desk"),
            QStringLiteral("Standing"), QStringLiteral("Lying down"), QStringLiteral("Driving"),
            QStringLiteral("Walking")});

    SECTION("need, then mode")
    {
        shown.chooseWithKeys(shown.need, Qt::Key_Down);
        REQUIRE(shown.need->currentText() == QStringLiteral("Strength"));
        CHECK(shown.visibleCueTitles()
            == QStringList {QStringLiteral("Small chin nod"), QStringLiteral("Rock the pelvis")});
        CHECK(shown.cueCount->text() == QStringLiteral("2 of 5 cues"));

        shown.chooseWithKeys(shown.mode, Qt::Key_Down, 2);
        REQUIRE(shown.mode->currentText() == QStringLiteral("Support"));
        CHECK(shown.visibleCueTitles().isEmpty());
        CHECK(shown.cueCount->text() == QStringLiteral("0 of 5 cues"));

        shown.chooseWithKeys(shown.need, Qt::Key_Down);
        REQUIRE(shown.need->currentText() == QStringLiteral("Space"));
        CHECK(shown.visibleCueTitles()
            == QStringList {
                QStringLiteral("Lift the back of the head"), QStringLiteral("Sitting bones back")});
    }
    SECTION("place")
    {
        shown.chooseWithKeys(shown.context, Qt::Key_Down, 2);
        REQUIRE(shown.context->currentText() == QStringLiteral("Desk"));
        CHECK(shown.visibleCueTitles()
            == QStringList {
                QStringLiteral("Lift the back of the head"), QStringLiteral("Sitting bones back")});

        shown.chooseWithKeys(shown.context, Qt::Key_End);
        REQUIRE(shown.context->currentText() == QStringLiteral("Walking"));
        CHECK(shown.visibleCueTitles() == QStringList {QStringLiteral("Soft knees")});
        CHECK(shown.cueCount->text() == QStringLiteral("1 of 5 cues"));

        shown.chooseWithKeys(shown.context, Qt::Key_Home);
        CHECK(shown.visibleCueTitles() == AllSmallModelCues);
    }
}

TEST_CASE("Clicking a region shows its curve, its away patterns and only its cues")
{
    ShownBrowser shown;

    SECTION("a region of the spine's curves")
    {
        shown.clickRegion(QStringLiteral("Low back"));
        const QString region = shown.regionView->toPlainText();
        CHECK(region.contains(QStringLiteral("Low back")));
        CHECK(region.contains(QStringLiteral("L1–L5")));
        CHECK(region.contains(QStringLiteral(
            "Lordosis: curves inward, toward the front of the body, about 40–60°.")));
        CHECK(region.contains(QStringLiteral("Flattened low back")));
        CHECK(region.contains(QStringLiteral("The inward curve is pressed flat.")));
        CHECK(region.contains(QStringLiteral("Often from: long sitting")));
        CHECK(shown.visibleCueTitles()
            == QStringList {
                QStringLiteral("Sitting bones back"), QStringLiteral("Rock the pelvis")});
        CHECK(shown.cueCount->text() == QStringLiteral("2 of 5 cues"));
    }
    SECTION("a region outside the curves")
    {
        shown.clickRegion(QStringLiteral("Knees"));
        CHECK(shown.regionView->toPlainText().contains(
            QStringLiteral("Not part of the spine's curves.")));
        CHECK(shown.visibleCueTitles() == QStringList {QStringLiteral("Soft knees")});
    }
    SECTION("together with the other filters, and back to all regions")
    {
        shown.clickRegion(QStringLiteral("Neck"));
        CHECK(shown.regionView->toPlainText().contains(QStringLiteral("A gentle inward curve.")));
        shown.chooseWithKeys(shown.need, Qt::Key_Down);
        CHECK(shown.visibleCueTitles() == QStringList {QStringLiteral("Small chin nod")});
        CHECK(shown.cueCount->text() == QStringLiteral("1 of 5 cues"));

        shown.clickRegion(QStringLiteral("All regions"));
        CHECK(shown.visibleCueTitles()
            == QStringList {QStringLiteral("Small chin nod"), QStringLiteral("Rock the pelvis")});
    }
}

TEST_CASE("Selecting a cue with the keyboard shows how to do it")
{
    ShownBrowser shown;
    shown.clickRegion(QStringLiteral("Low back"));
    shown.cueTable->setFocus();

    QTest::keyClick(shown.cueTable, Qt::Key_Home);
    QString detail = shown.cueDetail->toPlainText();
    CHECK(detail.contains(QStringLiteral("Sitting bones back")));
    CHECK(detail.contains(
        QStringLiteral("Slide the sitting bones slightly back so the curve returns.")));
    CHECK(detail.contains(QStringLiteral("Region: Low back")));
    CHECK(detail.contains(QStringLiteral("Need: Space")));
    CHECK(detail.contains(QStringLiteral("Mode: Support")));
    CHECK(detail.contains(QStringLiteral("Where: Desk, Driving")));
    CHECK(detail.contains(QStringLiteral("Breaths: 4, with the exhale")));
    CHECK(detail.contains(QStringLiteral("Works against: Flattened low back")));

    QTest::keyClick(shown.cueTable, Qt::Key_Down);
    CHECK(shown.cueTable->selectionModel()->isRowSelected(1));
    detail = shown.cueDetail->toPlainText();
    CHECK(detail.contains(QStringLiteral("Rock the pelvis")));
    CHECK(detail.contains(QStringLiteral("Need: Strength")));
    CHECK(detail.contains(QStringLiteral("Mode: Play")));
    CHECK(detail.contains(QStringLiteral("Where: Mat, Standing")));
    CHECK(detail.contains(QStringLiteral("Breaths: 3, with any breath")));
    CHECK_FALSE(detail.contains(QStringLiteral("Works against")));

    // When the filter hides the described cue, its nearest visible neighbour is described instead.
    QTest::keyClicks(shown.search, QStringLiteral("sitting"));
    CHECK(shown.cueDetail->toPlainText().startsWith(QStringLiteral("Sitting bones back")));
    CHECK(shown.cueTable->selectionModel()->isRowSelected(0));
    QTest::keyClicks(shown.search, QStringLiteral(" zebra"));
    CHECK(shown.cueDetail->toPlainText() == QStringLiteral("Choose a cue to see how to do it."));
}

TEST_CASE("Every filter is reachable with its mnemonic")
{
    ShownBrowser shown;
    shown.browser.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&shown.browser));

    QTest::keyClick(&shown.browser, Qt::Key_S, Qt::AltModifier);
    CHECK(shown.search->hasFocus());
    QTest::keyClick(&shown.browser, Qt::Key_N, Qt::AltModifier);
    CHECK(shown.need->hasFocus());
    QTest::keyClick(&shown.browser, Qt::Key_M, Qt::AltModifier);
    CHECK(shown.mode->hasFocus());
    QTest::keyClick(&shown.browser, Qt::Key_W, Qt::AltModifier);
    CHECK(shown.context->hasFocus());
    QTest::keyClick(&shown.browser, Qt::Key_R, Qt::AltModifier);
    CHECK(shown.regions->hasFocus());

    CHECK(shown.regions->accessibleName() == QStringLiteral("Regions"));
    CHECK(shown.cueTable->accessibleName() == QStringLiteral("Cues"));
    CHECK(shown.cueDetail->accessibleName() == QStringLiteral("Cue details"));
}

TEST_CASE("setModel replaces everything the browser shows")
{
    ShownBrowser shown;
    shown.clickRegion(QStringLiteral("Knees"));

    const ModelLoadResult builtIn = PracticeModelLoader::loadDefault();
    REQUIRE(builtIn.ok());
    shown.browser.setModel(*builtIn.model);

    CHECK(child<QLabel>(shown.browser, "modelNameLabel")->text() == builtIn.model->name);
    CHECK(shown.regions->count() == builtIn.model->regions.size() + 1);
    CHECK(shown.regions->currentRow() == 0);
    const qsizetype cueCount = builtIn.model->cueCount();
    CHECK(shown.cueTable->model()->rowCount() == cueCount);
    CHECK(shown.cueCount->text() == QStringLiteral("%1 of %1 cues").arg(cueCount));
    CHECK(shown.cueDetail->toPlainText() == QStringLiteral("Choose a cue to see how to do it."));
}
