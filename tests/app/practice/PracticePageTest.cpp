#include "practice/PracticePage.h"

#include "AppTestModels.h"
#include "TestSupport.h"
#include "model/ModelSummary.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace toward;
using namespace std::chrono_literals;

TEST_CASE("The Practice page lists the practices and the steps of the chosen one")
{
    PracticePage page;
    page.setModel(test::smallModel());
    auto *practices = page.findChild<QListWidget *>(QStringLiteral("practiceList"));
    auto *steps = page.findChild<QTextBrowser *>(QStringLiteral("practiceView"));
    REQUIRE(practices);
    REQUIRE(steps);
    // Until a practice is chosen (the list takes the focus only once the page is shown).
    CHECK(practices->currentRow() == -1);
    CHECK(steps->toPlainText() == QStringLiteral("Choose a practice to see its steps."));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    // Desk reset: 4 + 2 breaths of the 10 s "Calm" pattern; Mat play: 3 breaths of 10 s "Held".
    REQUIRE(practices->count() == 2);
    CHECK(practices->item(0)->text()
        == QStringLiteral("Desk reset\nAnywhere · ") + formatDuration(60s));
    CHECK(practices->item(1)->text() == QStringLiteral("Mat play\nDaily · ") + formatDuration(30s));

    practices->setFocus();
    QTest::keyClick(practices, Qt::Key_Home);
    REQUIRE(practices->currentRow() == 0);
    QString shown = steps->toPlainText();
    CHECK(shown.contains(QStringLiteral("Desk reset")));
    CHECK(shown.contains(
        QStringLiteral("Anywhere · ") + formatDuration(60s) + QStringLiteral(" · Desk")));
    CHECK(shown.contains(QStringLiteral("Breath: Calm: in 4 s, out 6 s")));
    CHECK(shown.contains(QStringLiteral("Sitting bones back · Low back · 4 breaths")));
    CHECK(shown.contains(
        QStringLiteral("Slide the sitting bones slightly back so the curve returns.")));
    CHECK(shown.contains(QStringLiteral("Lift the back of the head · Neck · 2 breaths")));
    CHECK(shown.indexOf(QStringLiteral("Sitting bones back"))
        < shown.indexOf(QStringLiteral("Lift the back")));

    QTest::keyClick(practices, Qt::Key_Down);
    REQUIRE(practices->currentRow() == 1);
    shown = steps->toPlainText();
    CHECK(shown.contains(QStringLiteral("Mat play")));
    CHECK(shown.contains(QStringLiteral("Held: in 4 s, hold 2 s, out 4 s")));
    CHECK(shown.contains(QStringLiteral("Has a short hold.")));
    CHECK(shown.contains(QStringLiteral("Rock the pelvis · Low back · 3 breaths")));
}

TEST_CASE("The Practice page says so when a model has no practices")
{
    PracticeModel model = test::smallModel();
    model.practices.clear();
    PracticePage page;
    page.setModel(model);

    CHECK(page.findChild<QListWidget *>(QStringLiteral("practiceList"))->count() == 0);
    CHECK(page.findChild<QTextBrowser *>(QStringLiteral("practiceView"))->toPlainText()
        == QStringLiteral("This practice model has no practices. Its cues are on the Model page."));
}

TEST_CASE("A practice is started from the Practice page with Enter or its button")
{
    PracticePage page;
    page.setModel(test::smallModel());
    auto *start = page.findChild<QPushButton *>(QStringLiteral("startPracticeButton"));
    auto *practices = page.findChild<QListWidget *>(QStringLiteral("practiceList"));
    REQUIRE(start);
    REQUIRE(practices);
    CHECK_FALSE(start->isEnabled()); // nothing chosen yet
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QSignalSpy requested(&page, &PracticePage::practiceRequested);

    practices->setFocus();
    QTest::keyClick(practices, Qt::Key_End);
    QTest::keyClick(practices, Qt::Key_Return);
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toString() == QStringLiteral("mat-play"));

    QTest::keyClick(practices, Qt::Key_Home);
    CHECK(start->isEnabled());
    QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
    REQUIRE(requested.wait(1000));
    CHECK(requested.at(1).at(0).toString() == QStringLiteral("desk-reset"));
}
