#include "journal/JournalPage.h"

#include "AppTestJournal.h"
#include "AppTestModels.h"
#include "TestSupport.h"
#include "journal/CheckInTableModel.h"
#include "journal/JournalTestData.h"
#include "journal/WhatHelpsTableModel.h"
#include "widgets/CalculatedArea.h"

#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <QXYSeries>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

template<typename Widget>
Widget *child(const QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<Widget *>(name);
    INFO(name);
    REQUIRE(widget);
    return widget;
}

// A journal page on a journal in a fresh temporary data directory, seen on KnownJournalNow.
struct PageOnJournal {
    explicit PageOnJournal(const QList<CheckIn> &checkIns = test::knownCheckIns())
    {
        REQUIRE(journal->store().addMissing(checkIns).ok());
        page = std::make_unique<JournalPage>(
            *journal, undoStack, [] { return test::KnownJournalNow; });
        page->setModel(test::smallModel());
        page->resize(1200, 800);
    }

    void show()
    {
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }

    QTableView *table() const { return child<QTableView>(*page, u"checkInTable"_s); }
    CheckInTableModel *model() const
    {
        auto *model = qobject_cast<CheckInTableModel *>(table()->model());
        REQUIRE(model);
        return model;
    }
    QString cell(int row, int column) const
    {
        return model()->index(row, column).data().toString();
    }
    QString label(const char *name) const
    {
        return child<QLabel>(*page, QLatin1StringView(name).toString())->text();
    }
    QPlainTextEdit *noteEditor() const { return child<QPlainTextEdit>(*page, u"noteEditor"_s); }
    QString details() const { return child<QTextBrowser>(*page, u"detailsView"_s)->toPlainText(); }
    // Moves to the first row with the keyboard, as a person would.
    void selectFirstRow() const
    {
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Home);
        REQUIRE(table()->currentIndex().row() == 0);
    }

    test::TemporaryDataDir dataDir;
    std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
    QUndoStack undoStack;
    std::unique_ptr<JournalPage> page;
};

QString when(int month, int day, int hour, int minute)
{
    return QLocale().toString(
        QDateTime(QDate(2026, month, day), QTime(hour, minute)), QLocale::ShortFormat);
}

bool waitForRows(const CheckInTableModel *model, int rows)
{
    return QTest::qWaitFor([&] { return model->rowCount() == rows; }, 2000);
}

} // namespace

TEST_CASE("The journal page lists the check-ins newest first, as a person reads them")
{
    PageOnJournal fixture;
    const CheckInTableModel *model = fixture.model();
    REQUIRE(model->rowCount() == 6);
    using C = CheckInTableModel;

    CHECK(fixture.cell(0, C::WhenColumn) == when(3, 18, 8, 0));
    CHECK(fixture.cell(0, C::RegionsColumn) == u"Low back, Neck"_s);
    CHECK(fixture.cell(0, C::WhereColumn) == u"Driving"_s);
    CHECK(fixture.cell(0, C::PainColumn) == u"6 → 3"_s);
    CHECK(fixture.cell(0, C::ChangeColumn) == u"−3 ●"_s);
    CHECK(fixture.cell(0, C::PracticeColumn) == u"Driving reset"_s);
    CHECK(fixture.cell(0, C::NoteColumn)
        == u"Long drive, \"stiff\" after; better with the towel roll. Ünïcödé ✓ 100% _done_"_s);

    CHECK(fixture.cell(1, C::WhenColumn) == when(3, 17, 19, 30));
    CHECK(fixture.cell(1, C::WhereColumn) == u"Desk"_s);
    CHECK(fixture.cell(1, C::PainColumn) == u"6 → 5"_s);
    CHECK(fixture.cell(1, C::ChangeColumn) == u"−1"_s); // less than 2 points and 30%
    CHECK(fixture.cell(1, C::NoteColumn) == u"Towel roll at the desk helped"_s);
    CHECK(fixture.cell(2, C::ChangeColumn) == u"−1 ●"_s); // 1 point is 30% of 3
    CHECK(fixture.cell(3, C::PainColumn) == u"4 → 6"_s);
    CHECK(fixture.cell(3, C::ChangeColumn) == u"+2 ●"_s);
    CHECK(fixture.cell(5, C::WhenColumn) == when(1, 5, 10, 0));
    CHECK(fixture.cell(5, C::WhereColumn) == u"Lying down"_s);
    CHECK(fixture.cell(5, C::PainColumn) == u"7 → –"_s);
    CHECK(fixture.cell(5, C::ChangeColumn).isEmpty());

    // Colour says which way pain went; the marker, not the colour, says that it matters.
    const ChangeColours colours = ChangeColours::forPalette(fixture.table()->palette());
    const auto colourAt = [&](int row) {
        return model->index(row, C::ChangeColumn).data(Qt::ForegroundRole).value<QColor>();
    };
    CHECK(colourAt(0) == colours.relief);
    CHECK(colourAt(1) == colours.relief);
    CHECK(colourAt(3) == colours.worse);
    CHECK_FALSE(model->index(5, C::ChangeColumn).data(Qt::ForegroundRole).isValid());
    CHECK(model->index(0, C::ChangeColumn).data(Qt::AccessibleTextRole).toString()
        == u"−3: a change that matters"_s);
    CHECK(model->index(1, C::ChangeColumn).data(Qt::AccessibleTextRole).toString()
        == u"−1: a small change"_s);

    CHECK(fixture.label("countLabel") == u"6 check-ins, newest first"_s);
    CHECK(fixture.label("legendLabel").contains(u"● marks a change that matters"_s));
}

TEST_CASE("The change colours keep their contrast on light and dark themes")
{
    // WCAG's relative luminance and contrast ratio.
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    for (const QColor &base : {QColor(Qt::white), QColor(0xf0, 0xf0, 0xf0),
             QColor(0x2a, 0x2a, 0x2a), QColor(Qt::black)}) {
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        const ChangeColours colours = ChangeColours::forPalette(palette);
        INFO(base.name().toStdString());
        CHECK(contrast(colours.relief, base) >= 4.5);
        CHECK(contrast(colours.worse, base) >= 4.5);
    }
}

TEST_CASE("The table reads the journal a page at a time, only where the view looks")
{
    QList<CheckIn> many;
    const QDateTime first(QDate(2025, 1, 1), QTime(8, 0));
    for (int i = 0; i < 2000; ++i)
        many.append(test::simpleCheckIn(first.addSecs(i * 3600), 5, 3));
    PageOnJournal fixture(many);
    CheckInTableModel *model = fixture.model();
    CHECK(model->rowCount() == 2000);
    CHECK(model->loadedRowCount() == 0); // nothing shown yet

    fixture.show();
    CHECK(model->loadedRowCount() == CheckInTableModel::PageSize);
    fixture.table()->scrollToBottom();
    QTest::qWait(10);
    CHECK(model->loadedRowCount() == 2 * CheckInTableModel::PageSize);
    CHECK(fixture.cell(1999, CheckInTableModel::WhenColumn)
        == QLocale().toString(first, QLocale::ShortFormat));

    // However far one scrolls, only the pages used last stay.
    for (int row = 0; row < 2000; row += 100)
        model->checkInIdAt(row);
    CHECK(
        model->loadedRowCount() == CheckInTableModel::MaxCachedPages * CheckInTableModel::PageSize);
}

TEST_CASE("A filter's rows are found off the window's thread; the rows before stay meanwhile")
{
    PageOnJournal fixture;
    fixture.show();
    CheckInTableModel *model = fixture.model();
    REQUIRE(model->rowCount() == 6);

    JournalFilter desk;
    desk.context = Context::Desk;
    model->setFilter(desk);
    CHECK(model->isFiltering());
    CHECK(model->rowCount() == 6);
    CHECK(fixture.page->isCalculating());

    SECTION("then the filter's rows replace them")
    {
        QSignalSpy applied(model, &CheckInTableModel::filterApplied);
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        CHECK(applied.count() == 1);
        CHECK(model->rowCount() == 1);
        CHECK(fixture.cell(0, CheckInTableModel::WhereColumn) == u"Desk"_s);
    }
    SECTION("a change to the journal meanwhile applies the filter at once, and only once")
    {
        model->reload();
        CHECK_FALSE(model->isFiltering());
        CHECK(model->rowCount() == 1);
        QSignalSpy applied(model, &CheckInTableModel::filterApplied);
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        QTest::qWait(50); // a dropped read would come back by now
        CHECK(applied.count() == 0);
        CHECK(model->rowCount() == 1);
    }
}

TEST_CASE("The filters narrow the table and the trend, driven from the keyboard")
{
    PageOnJournal fixture;
    fixture.show();
    const CheckInTableModel *model = fixture.model();
    REQUIRE(model->rowCount() == 6);

    SECTION("words, after a pause in typing")
    {
        auto *search = child<QLineEdit>(*fixture.page, u"searchEdit"_s);
        search->setFocus();
        QTest::keyClicks(search, u"towel"_s);
        CHECK(model->rowCount() == 6); // not before the pause
        CHECK(waitForRows(model, 2));
        CHECK(fixture.cell(1, CheckInTableModel::NoteColumn) == u"Towel roll at the desk helped"_s);
        CHECK(
            fixture.label("countLabel") == u"2 check-ins match the filters (of 6), newest first"_s);
        search->clear();
        CHECK(waitForRows(model, 6));
    }
    SECTION("a region")
    {
        auto *regions = child<QComboBox>(*fixture.page, u"regionCombo"_s);
        CHECK(regions->currentText() == u"All regions"_s);
        regions->setFocus();
        QTest::keyClick(regions, Qt::Key_Down);
        CHECK(regions->currentText() == u"Neck"_s);
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        CHECK(model->rowCount() == 2);
        CHECK(fixture.cell(0, CheckInTableModel::RegionsColumn) == u"Low back, Neck"_s);
        CHECK(fixture.cell(1, CheckInTableModel::RegionsColumn) == u"neck"_s);
    }
    SECTION("a place")
    {
        auto *places = child<QComboBox>(*fixture.page, u"whereCombo"_s);
        places->setFocus();
        QTest::keyClick(places, Qt::Key_Down);
        QTest::keyClick(places, Qt::Key_Down);
        CHECK(places->currentText() == u"Desk"_s);
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        CHECK(model->rowCount() == 1);
        CHECK(fixture.cell(0, CheckInTableModel::WhereColumn) == u"Desk"_s);
    }
    SECTION("recent days, counted back from today")
    {
        auto *dates = child<QComboBox>(*fixture.page, u"datesCombo"_s);
        dates->setFocus();
        QTest::keyClick(dates, Qt::Key_Down);
        CHECK(dates->currentText() == u"Last 7 days"_s);
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        CHECK(model->rowCount() == 3);
        QTest::keyClick(dates, Qt::Key_Down);
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        CHECK(model->rowCount() == 5);
    }
    SECTION("the trend, built when its tab is first shown, follows the filters")
    {
        CHECK(fixture.page->findChild<QChartView *>() == nullptr);
        QTest::keyClick(fixture.page.get(), Qt::Key_T, Qt::AltModifier);
        const auto *chart = fixture.page->findChild<QChartView *>();
        REQUIRE(chart);
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        CHECK(chart->isVisible());
        const auto pointsOf = [&](int series) {
            return qobject_cast<QXYSeries *>(chart->chart()->series().at(series))->count();
        };
        CHECK(pointsOf(0) == 6); // pain before, one point a day
        CHECK(pointsOf(1) == 5); // pain after: one day was not rated after
        CHECK(chart->chart()->series().at(2)->name() == u"Weekly average before"_s);

        auto *places = child<QComboBox>(*fixture.page, u"whereCombo"_s);
        places->setCurrentIndex(places->findText(u"Desk"_s));
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        CHECK(pointsOf(0) == 1);
    }
}

TEST_CASE("Choosing a check-in with the keyboard shows everything it holds")
{
    PageOnJournal fixture;
    fixture.show();
    CHECK(fixture.details() == u"Choose a check-in to see everything it holds."_s);
    fixture.selectFirstRow();

    const QString details = fixture.details();
    const QLocale locale;
    CHECK(details.contains(locale.toString(QDate(2026, 3, 18), QLocale::LongFormat)));
    CHECK(details.contains(locale.toString(QTime(8, 0), QLocale::ShortFormat) + u" – "_s
        + locale.toString(QTime(8, 5, 30), QLocale::ShortFormat)));
    CHECK(details.contains(u"Where: Driving"_s));
    CHECK(details.contains(u"Regions: Low back, Neck"_s));
    CHECK(details.contains(u"Pain: 6 → 3 (−3 ●, a change that matters)"_s));
    CHECK(details.contains(u"Practice: Driving reset"_s));
    CHECK(details.contains(u"Breath: Resonance breathing"_s));
    CHECK(details.contains(u"Before: possibility ↔ fear: away"_s));
    CHECK(details.contains(u"After: possibility ↔ fear: toward; groundedness ↔ stress: toward"_s));
    CHECK(details.contains(u"Sitting bones back: toward (better)"_s));
    CHECK(details.contains(u"Back of the head lifts: neutral"_s));
    CHECK(details.contains(u"Soft jaw: not rated"_s));
    CHECK(details.contains(u"Pain after a recent fall or accident"_s));
    CHECK(details.contains(u"Please see a clinician before you practise again."_s));
    CHECK(fixture.noteEditor()->toPlainText() == test::knownCheckIns().at(0).note);

    QTest::keyClick(fixture.table(), Qt::Key_Down);
    CHECK(fixture.details().contains(u"Pain: 6 → 5 (−1, a small change)"_s));
    CHECK_FALSE(fixture.details().contains(u"Red flags"_s));
    CHECK(fixture.noteEditor()->toPlainText() == u"Towel roll at the desk helped"_s);
}

TEST_CASE("A note edited in the detail pane is saved with Ctrl+S and can be undone")
{
    PageOnJournal fixture;
    fixture.show();
    fixture.selectFirstRow();
    const QUuid id = fixture.model()->checkInIdAt(0);
    const QString before = fixture.journal->store().find(id).value()->note;

    QPlainTextEdit *editor = fixture.noteEditor();
    auto *save = child<QPushButton>(*fixture.page, u"saveNoteButton"_s);
    CHECK_FALSE(save->isEnabled());
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, u" Better by evening."_s);
    CHECK(save->isEnabled());
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);

    CHECK(fixture.journal->store().find(id).value()->note == before + u" Better by evening."_s);
    CHECK_FALSE(save->isEnabled());
    CHECK(editor->toPlainText() == before + u" Better by evening."_s);
    CHECK(fixture.table()->currentIndex().row() == 0);
    REQUIRE(fixture.undoStack.count() == 1);
    CHECK(fixture.undoStack.undoText() == u"Edit note"_s);

    fixture.undoStack.undo();
    CHECK(fixture.journal->store().find(id).value()->note == before);
    CHECK(editor->toPlainText() == before);
    fixture.undoStack.redo();
    CHECK(fixture.journal->store().find(id).value()->note == before + u" Better by evening."_s);

    SECTION("moving to another check-in saves an unsaved note")
    {
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor, u" Again."_s);
        fixture.table()->setFocus();
        QTest::keyClick(fixture.table(), Qt::Key_Down);
        CHECK(fixture.journal->store().find(id).value()->note
            == before + u" Better by evening. Again."_s);
        CHECK(fixture.noteEditor()->toPlainText() == u"Towel roll at the desk helped"_s);
    }
}

TEST_CASE("A note being edited stays in its editor when the journal under the page is reset")
{
    PageOnJournal fixture;
    fixture.show();
    fixture.selectFirstRow();
    QPlainTextEdit *editor = fixture.noteEditor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, u" Unsaved words."_s);

    // Damage found after the start: the same journal, now read-only.
    REQUIRE(fixture.journal->switchToReadOnly(u"The journal is damaged."_s).ok());
    CHECK(fixture.noteEditor()->toPlainText().endsWith(u" Unsaved words."_s));
    CHECK(fixture.model()->rowCount() == 6);
    const Result<void> saved = fixture.page->saveEditedNote();
    CHECK_FALSE(saved.ok());
    CHECK(saved.error() == u"The journal is open read-only."_s);
}

TEST_CASE("A journal with damaged pages shows what cannot be read, never an empty journal")
{
    test::TemporaryDataDir dataDir;
    const QList<CheckIn> saved =
        test::writeJournalWithDamagedPages(dataDir.filePath(u"journal.sqlite"_s));
    const std::unique_ptr<Journal> journal =
        test::openJournalIn(dataDir.path(), JournalStore::Access::ReadOnly);
    QUndoStack undoStack;
    JournalPage page(*journal, undoStack, [] { return test::KnownJournalNow; });
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    // The count still reads (an index holds it); the rows that cannot be read say so.
    CHECK(child<QStackedWidget>(page, u"contentStack"_s)->currentWidget()->objectName()
        == u"journalContent"_s);
    const auto *table = child<QTableView>(page, u"checkInTable"_s);
    const QAbstractItemModel *model = table->model();
    CHECK(model->rowCount() == saved.size());
    int unreadable = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CheckInTableModel::WhenColumn).data().toString()
            == u"Cannot be read"_s)
            ++unreadable;
    }
    CHECK(unreadable > 0);
    CHECK(QTest::qWaitFor([&] {
        return child<QLabel>(page, u"countLabel"_s)
            ->text()
            .startsWith(u"Some check-ins cannot be read: The journal file is damaged."_s);
    }));
}

TEST_CASE("A note that cannot be saved stays in the editor, with the reason")
{
    PageOnJournal fixture;
    fixture.show();
    fixture.selectFirstRow();
    const QUuid id = fixture.model()->checkInIdAt(0);
    // Another window of the journal deleted it in the meantime.
    REQUIRE(fixture.journal->store().remove(id).ok());

    QPlainTextEdit *editor = fixture.noteEditor();
    editor->setFocus();
    QTest::keyClicks(editor, u"Keep me. "_s);
    const QString edited = editor->toPlainText();
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);

    const auto *error = fixture.page->findChild<QMessageBox *>(u"journalErrorBox"_s);
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"That check-in is no longer in the journal."_s));
    CHECK(error->text().contains(u"Your note is still in the editor."_s));
    CHECK(editor->toPlainText() == edited);
    CHECK(fixture.undoStack.count() == 0);
}

TEST_CASE("Delete removes the chosen check-in, and undo brings it back whole")
{
    PageOnJournal fixture;
    fixture.show();
    fixture.selectFirstRow();
    const CheckIn deleted = *fixture.journal->store().find(fixture.model()->checkInIdAt(0)).value();

    QTest::keyClick(fixture.table(), Qt::Key_Delete);
    CHECK_FALSE(fixture.journal->store().contains(deleted.id).value());
    CHECK(fixture.model()->rowCount() == 5);
    // The row goes to the check-in that took its place.
    CHECK(fixture.table()->currentIndex().row() == 0);
    CHECK(fixture.noteEditor()->toPlainText() == u"Towel roll at the desk helped"_s);

    fixture.undoStack.undo();
    CHECK(fixture.journal->store().find(deleted.id).value() == deleted);
    CHECK(fixture.model()->rowCount() == 6);
    // The check-in shown keeps its selected row as the one put back appears above it.
    CHECK(fixture.table()->currentIndex().row() == 1);
    CHECK(fixture.noteEditor()->toPlainText() == u"Towel roll at the desk helped"_s);
    fixture.undoStack.redo();
    CHECK_FALSE(fixture.journal->store().contains(deleted.id).value());
}

TEST_CASE("What helps is worked out for the check-ins the filters keep, practices then cues")
{
    QList<CheckIn> checkIns;
    for (int day = 1; day <= 3; ++day)
        checkIns.append(test::fullCheckIn(QDateTime(QDate(2026, 3, day), QTime(8, 0))));
    CheckIn once = test::simpleCheckIn(QDateTime(QDate(2026, 3, 5), QTime(8, 0)), 4, 3);
    once.practiceId = u"desk-reset"_s;
    once.practiceTitle = u"Desk reset"_s;
    once.cues = {{u"neck-chin-nod"_s, u"Small chin nod"_s, u"neck"_s, CueFeeling::Toward}};
    checkIns.append(once);
    PageOnJournal fixture(checkIns);
    fixture.show();
    QTest::keyClick(fixture.page.get(), Qt::Key_P, Qt::AltModifier);
    REQUIRE(test::waitUntilCalculated(*fixture.page));

    const auto *table = child<QTableView>(*fixture.page, u"helpsTable"_s);
    // Names by kind, each kind in the order shown; and every verdict.
    const auto shown = [&] {
        QStringList practices;
        QStringList cues;
        QSet<QString> verdicts;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const auto cell = [&](int column) {
                return table->model()->index(row, column).data().toString();
            };
            (cell(WhatHelpsTableModel::KindColumn) == u"Practice"_s ? practices : cues)
                .append(cell(WhatHelpsTableModel::NameColumn));
            CHECK(cues.isEmpty() == (cell(WhatHelpsTableModel::KindColumn) == u"Practice"_s));
            verdicts.insert(cell(WhatHelpsTableModel::VerdictColumn));
        }
        std::sort(practices.begin(), practices.end());
        std::sort(cues.begin(), cues.end());
        return std::tuple {practices, cues, verdicts};
    };
    const auto [practices, cues, verdicts] = shown();
    CHECK(practices == QStringList {u"Desk reset"_s, u"Driving reset"_s});
    CHECK(cues
        == QStringList {u"Back of the head lifts"_s, u"Sitting bones back"_s, u"Small chin nod"_s,
            u"Soft jaw"_s});
    // Three uses at most: fewer than any verdict needs.
    CHECK(verdicts == QSet<QString> {u"not enough data yet"_s});
    CHECK(fixture.label("explanationLabel")
              .startsWith(u"From 4 check-ins, 4 with pain rated after."_s));

    auto *places = child<QComboBox>(*fixture.page, u"whereCombo"_s);
    places->setCurrentIndex(places->findText(labelOf(Context::Driving)));
    REQUIRE(test::waitUntilCalculated(*fixture.page));
    CHECK(fixture.label("explanationLabel")
              .startsWith(u"From 3 check-ins, 3 with pain rated after."_s));
    const auto [drivingPractices, drivingCues, drivingVerdicts] = shown();
    CHECK(drivingPractices == QStringList {u"Driving reset"_s});
    CHECK_FALSE(drivingCues.contains(u"Small chin nod"_s));
}

TEST_CASE("The summary says how the week, the streak and the last 30 days went")
{
    SECTION("a journal with check-ins")
    {
        PageOnJournal fixture;
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        CHECK(fixture.label("weekLabel") == u"This week: 3 check-ins"_s);
        CHECK(fixture.label("streakLabel") == u"3 days in a row"_s);
        CHECK(fixture.label("reliefLabel")
            == u"Last 30 days: pain eased by 0.8 points on average (5 rated check-ins). "
               "The 30 days before: no rated check-ins."_s);
    }
    SECTION("one check-in, yesterday, that made it worse")
    {
        PageOnJournal fixture({test::simpleCheckIn(test::KnownJournalNow.addDays(-1), 2, 3)});
        REQUIRE(test::waitUntilCalculated(*fixture.page));
        CHECK(fixture.label("weekLabel") == u"This week: 1 check-in"_s);
        CHECK(fixture.label("streakLabel") == u"1 day in a row"_s);
        CHECK(fixture.label("reliefLabel")
            == u"Last 30 days: pain rose by 1.0 points on average (1 rated check-in). "
               "The 30 days before: no rated check-ins."_s);
    }
}

TEST_CASE("An empty journal gets a friendly word instead of an empty table")
{
    PageOnJournal fixture(QList<CheckIn> {});
    fixture.show();
    const auto *stack = child<QStackedWidget>(*fixture.page, u"contentStack"_s);
    CHECK(stack->currentWidget()->objectName() == u"emptyPage"_s);
    CHECK(fixture.label("emptyLabel").startsWith(u"Your journal is empty."_s));
    CHECK(fixture.page->findChild<QChartView *>() == nullptr);

    REQUIRE(fixture.journal->store().add(test::knownCheckIns().at(1)).ok());
    fixture.page->refresh();
    CHECK(stack->currentWidget()->objectName() == u"journalContent"_s);
    CHECK(fixture.model()->rowCount() == 1);
    REQUIRE(test::waitUntilCalculated(*fixture.page));
    CHECK(fixture.label("weekLabel") == u"This week: 1 check-in"_s);
}

TEST_CASE("The trend shown is always the one the filters ask for now")
{
    PageOnJournal fixture;
    fixture.show();
    auto *tabs = child<QTabWidget>(*fixture.page, u"journalTabs"_s);
    tabs->setCurrentWidget(child<QWidget>(*fixture.page, u"trendTab"_s));
    const auto *chart = fixture.page->findChild<QChartView *>();
    REQUIRE(chart);
    auto *dailyBefore = qobject_cast<QXYSeries *>(chart->chart()->series().at(0));
    QList<int> shown;
    QObject::connect(dailyBefore, &QXYSeries::pointsReplaced, dailyBefore,
        [&] { shown.append(int(dailyBefore->count())); });

    // The filter changes while the trend of all check-ins is being read: results come back
    // through the event loop, so that one cannot have been shown yet.
    auto *places = child<QComboBox>(*fixture.page, u"whereCombo"_s);
    places->setCurrentIndex(places->findText(u"Desk"_s));
    REQUIRE(test::waitUntilCalculated(*fixture.page));
    CHECK(shown == QList<int> {1});
    CHECK(child<CalculatedArea>(*fixture.page, u"trendArea"_s)->currentIndex() == 0);
}

TEST_CASE("A statistic that cannot be read says why, and never passes for empty")
{
    PageOnJournal fixture;
    fixture.show();
    REQUIRE(test::waitUntilCalculated(*fixture.page));
    // The page's reads open the journal afresh; the file is gone from under them.
    REQUIRE(QFile::remove(fixture.journal->filePath()));

    fixture.page->refresh();
    QTest::keyClick(fixture.page.get(), Qt::Key_P, Qt::AltModifier);
    REQUIRE(test::waitUntilCalculated(*fixture.page));
    for (const char *name : {"summaryArea", "whatHelpsArea"}) {
        const auto *area = child<CalculatedArea>(*fixture.page, QLatin1StringView(name).toString());
        INFO(name);
        CHECK(area->currentWidget()->objectName() == u"calculatedAreaNote"_s);
        CHECK(child<QLabel>(*area, u"calculatedAreaNote"_s)
                  ->text()
                  .startsWith(u"There is no journal at"_s));
    }
}
