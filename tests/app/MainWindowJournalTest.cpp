#include "AppTestJournal.h"
#include "AppTestModels.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "journal/CheckInTableModel.h"
#include "journal/CsvImportProblemsDialog.h"
#include "journal/JournalActions.h"
#include "journal/JournalBackups.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalPage.h"
#include "journal/JournalTestData.h"
#include "model/PracticeModelLoader.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace toward;
using test::builtInModel;

namespace {

// A window on a journal of the known check-ins in a fresh temporary data directory.
// The check after the start waits `checkDelay`: by default longer than any test.
struct WindowOnJournal {
    explicit WindowOnJournal(JournalStore::Access access = JournalStore::Access::ReadWrite,
        std::chrono::milliseconds checkDelay = std::chrono::hours(1))
    {
        test::openJournal(journalPath)->addMissing(test::knownCheckIns());
        journal = test::openJournalIn(dataDir.path(), access);
        window =
            std::make_unique<MainWindow>(settings, builtInModel(), *journal, QString(), checkDelay);
    }

    void showJournalPage()
    {
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        REQUIRE(window->currentPage() == MainWindow::Page::Journal);
    }

    QAction *action(const char *name) const
    {
        auto *found = window->findChild<QAction *>(QLatin1StringView(name).toString());
        INFO(name);
        REQUIRE(found);
        return found;
    }
    QTableView *table() const
    {
        auto *view = window->findChild<QTableView *>(u"checkInTable"_s);
        REQUIRE(view);
        return view;
    }
    // The actions' file work runs on a worker, behind a progress dialog.
    void waitForJournalWork() const
    {
        const JournalActions &actions = window->journalActions();
        REQUIRE(QTest::qWaitFor([&] { return !actions.isBusy(); }));
    }
    const QMessageBox *messageBox(const QString &name) const
    {
        const auto *box = window->findChild<QMessageBox *>(name);
        REQUIRE(box);
        CHECK(box->isVisible());
        return box;
    }

    test::TemporaryDataDir dataDir;
    QString journalPath = dataDir.filePath(u"journal.sqlite"_s);
    AppSettings settings {dataDir.filePath(u"settings.ini"_s)};
    std::unique_ptr<Journal> journal;
    std::unique_ptr<MainWindow> window;
};

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

} // namespace

TEST_CASE("The Journal and Edit menus reach every journal action, with mnemonics")
{
    WindowOnJournal fixture;
    const auto *journalMenu = fixture.window->findChild<QMenu *>(u"journalMenu"_s);
    const auto *editMenu = fixture.window->findChild<QMenu *>(u"editMenu"_s);
    REQUIRE(journalMenu);
    REQUIRE(editMenu);
    CHECK(journalMenu->title() == u"&Journal"_s);
    CHECK(menuTexts(journalMenu)
        == QStringList {u"&Export CSV…"_s, u"&Import CSV…"_s, u"Export report (&PDF)…"_s,
            u"&Back up now"_s, u"&Restore from backup…"_s});
    CHECK(editMenu->title() == u"&Edit"_s);
    CHECK(fixture.action("undoAction")->shortcut() == QKeySequence(u"Ctrl+Z"_s));
    CHECK(fixture.action("redoAction")->shortcut() == QKeySequence(u"Ctrl+Shift+Z"_s));
    CHECK_FALSE(fixture.action("undoAction")->isEnabled());
}

TEST_CASE("Delete in the table removes a check-in; Ctrl+Z brings it back, Ctrl+Shift+Z again")
{
    WindowOnJournal fixture;
    fixture.showJournalPage();
    QTableView *table = fixture.table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Down);
    const auto *model = qobject_cast<const CheckInTableModel *>(table->model());
    const QUuid id = model->checkInIdAt(1);
    JournalStore &journal = fixture.window->journal().store();
    const CheckIn before = *journal.find(id).value();

    QTest::keyClick(table, Qt::Key_Delete);
    CHECK_FALSE(journal.contains(id).value());
    CHECK(journal.count().value() == 5);
    CHECK(fixture.window->statusBar()->currentMessage().startsWith(u"Check-in deleted."_s));
    CHECK(fixture.action("undoAction")->text() == u"&Undo Delete check-in"_s);

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(journal.find(id).value() == before);
    CHECK(journal.count().value() == 6);
    CHECK(model->rowCount() == 6);

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(journal.contains(id).value());
    CHECK(model->rowCount() == 5);
}

TEST_CASE("A journal open read-only says so and offers nothing that writes")
{
    WindowOnJournal fixture(JournalStore::Access::ReadOnly);
    fixture.showJournalPage();
    CHECK(fixture.window->windowTitle() == u"Toward — journal open read-only"_s);
    const auto *status = fixture.window->findChild<QLabel *>(u"journalStatusLabel"_s);
    REQUIRE(status);
    CHECK(status->text() == u"Journal open read-only: nothing can be changed"_s);
    for (const char *writing :
        {"importCsvAction", "backUpNowAction", "saveNoteAction", "deleteCheckInAction"})
        CHECK_FALSE(fixture.action(writing)->isEnabled());
    // Reading stays, and so does restoring a backup in its place, which keeps it whole.
    CHECK(fixture.action("exportCsvAction")->isEnabled());
    CHECK(fixture.action("restoreBackupAction")->isEnabled());

    QTableView *table = fixture.table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    CHECK_FALSE(fixture.window->findChild<QPushButton *>(u"deleteButton"_s)->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(fixture.window->journal().store().count().value() == 6);
}

TEST_CASE("A CSV export follows the Journal page's filters")
{
    WindowOnJournal fixture;
    const QString all = fixture.dataDir.filePath(u"all.csv"_s);
    fixture.window->journalActions().exportCsv(all, {});
    fixture.waitForJournalWork();
    CHECK(test::readFile(all).count("\r\n") == 7); // the header and six check-ins
    CHECK(fixture.window->statusBar()->currentMessage().startsWith(u"Exported 6 check-ins to "_s));

    fixture.showJournalPage();
    auto *places = fixture.window->findChild<QComboBox *>(u"whereCombo"_s);
    places->setCurrentIndex(places->findText(u"Desk"_s));
    const QString some = fixture.dataDir.filePath(u"desk.csv"_s);
    fixture.window->journalActions().exportCsv(
        some, fixture.window->findChild<JournalPage *>()->filter());
    fixture.waitForJournalWork();
    CHECK(test::readFile(some).count("\r\n") == 2);
}

TEST_CASE("Journal > Export report writes the clinician's PDF for the filters in use")
{
    WindowOnJournal fixture;
    const QString path = fixture.dataDir.filePath(u"report.pdf"_s);
    fixture.window->journalActions().exportReport(path, {});
    // Written on the worker: the window goes on meanwhile.
    CHECK_FALSE(QFileInfo::exists(path));
    fixture.waitForJournalWork();
    CHECK(test::readFile(path).startsWith("%PDF-"));
    CHECK(fixture.window->statusBar()->currentMessage().startsWith(
        u"Wrote a report on 6 check-ins to "_s));
}

TEST_CASE("A CSV import adds what is new and says how much, or lists every problem")
{
    WindowOnJournal fixture;
    fixture.showJournalPage();
    const auto *model = qobject_cast<const CheckInTableModel *>(fixture.table()->model());

    SECTION("a good file")
    {
        // Two check-ins the journal has, and a new one.
        QList<CheckIn> checkIns;
        REQUIRE(fixture.window->journal()
                    .store()
                    .forEach({}, [&](const CheckIn &checkIn) { checkIns.append(checkIn); })
                    .ok());
        test::TemporaryDataDir other;
        auto otherJournal = test::openJournal(other.filePath(u"journal.sqlite"_s));
        REQUIRE(otherJournal->addMissing(checkIns.mid(0, 2)).ok());
        REQUIRE(otherJournal->add(test::simpleCheckIn(test::KnownJournalNow, 8, 2)).ok());
        const QString csv = other.filePath(u"three.csv"_s);
        REQUIRE(JournalCsvExporter::writeFile(*otherJournal, {}, csv).ok());

        fixture.window->journalActions().importCsv(csv);
        fixture.waitForJournalWork();
        CHECK(fixture.messageBox(u"journalNoticeBox"_s)->text()
            == u"Imported 1 check-in; 2 were already in the journal."_s);
        CHECK(fixture.window->journal().store().count().value() == 7);
        CHECK(model->rowCount() == 7);
    }
    SECTION("a file with problems")
    {
        const QString csv = fixture.dataDir.writeFile(u"bad.csv"_s,
            "id,started_at,ended_at,context,regions,pain_before,pain_after,practice,"
            "breath_pattern,feelings_before,feelings_after,cues,red_flags,note\r\n"
            "not-a-uuid,2026-03-01T08:00:00+01:00,,mat,,5,3,,,,,,,\r\n"
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301,2026-03-01T08:00:00+01:00,,sofa,,11,3,,,,,,,"
            "\r\n");
        fixture.window->journalActions().importCsv(csv);
        fixture.waitForJournalWork();
        const auto *dialog =
            fixture.window->findChild<CsvImportProblemsDialog *>(u"csvImportProblemsDialog"_s);
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        const auto *problems = dialog->findChild<QTreeWidget *>(u"problemList"_s);
        REQUIRE(problems->topLevelItemCount() == 3);
        CHECK(problems->topLevelItem(0)->text(0) == u"2"_s);
        CHECK(problems->topLevelItem(0)->text(1) == u"id"_s);
        CHECK(problems->topLevelItem(1)->text(0) == u"3"_s);
        CHECK(problems->topLevelItem(1)->text(1) == u"context"_s);
        CHECK(problems->topLevelItem(2)->text(1) == u"pain_before"_s);
        CHECK(dialog->findChild<QLabel *>(u"summaryLabel"_s)
                  ->text()
                  .contains(u"Nothing was imported"_s));
        CHECK(fixture.window->journal().store().count().value() == 6);
    }
}

TEST_CASE("Restoring a backup replaces the journal, keeps the one replaced and says where")
{
    WindowOnJournal fixture;
    fixture.showJournalPage();
    const JournalBackups backups(fixture.dataDir.path());
    const Result<QString> made =
        backups.backUpNow(fixture.window->journal().filePath(), test::KnownJournalNow.addDays(-1));
    REQUIRE(made.ok());
    REQUIRE(fixture.window->journal()
                .store()
                .add(test::simpleCheckIn(test::KnownJournalNow, 8, 2))
                .ok());
    fixture.window->findChild<JournalPage *>()->refresh();
    const auto *model = qobject_cast<const CheckInTableModel *>(fixture.table()->model());
    REQUIRE(model->rowCount() == 7);

    fixture.window->journalActions().restoreBackup(made.value());
    fixture.waitForJournalWork();
    CHECK(fixture.window->journal().store().count().value() == 6);
    CHECK(model->rowCount() == 6);
    const QString notice = fixture.messageBox(u"journalNoticeBox"_s)->text();
    CHECK(notice.startsWith(u"Your journal was restored from the backup."_s));
    const QList<JournalBackup> now = backups.list();
    REQUIRE(now.size() == 2);
    CHECK(now[0].checkInCount == 7); // the journal replaced, kept first
    CHECK(notice.contains(QDir::toNativeSeparators(now[0].filePath)));
}

TEST_CASE("The daily backup runs on a worker once the window is first shown")
{
    WindowOnJournal fixture(JournalStore::Access::ReadWrite, std::chrono::milliseconds(0));
    const JournalActions &actions = fixture.window->journalActions();
    CHECK(JournalBackups(fixture.dataDir.path()).list().isEmpty());
    fixture.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(fixture.window.get()));
    REQUIRE(QTest::qWaitFor([&] { return actions.isBusy(); }));
    REQUIRE(QTest::qWaitFor([&] { return !actions.isBusy(); }));
    const QList<JournalBackup> backups = JournalBackups(fixture.dataDir.path()).list();
    REQUIRE(backups.size() == 1);
    CHECK(backups.constFirst().kind == JournalBackup::Kind::Daily);
    CHECK(backups.constFirst().checkInCount == 6);
}

TEST_CASE("Damage found after the start turns the journal read-only and says what was found")
{
    test::TemporaryDataDir dataDir;
    const QString path = dataDir.filePath(u"journal.sqlite"_s);
    test::writeDamagedJournal(path);
    AppSettings settings(dataDir.filePath(u"settings.ini"_s));
    const std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
    MainWindow window(settings, builtInModel(), *journal, QString(), std::chrono::milliseconds(0));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(journal->isReadOnly());

    REQUIRE(QTest::qWaitFor([&] { return journal->isReadOnly(); }));
    const auto *box = window.findChild<QMessageBox *>(u"journalProblemBox"_s);
    REQUIRE(box);
    CHECK(box->text().startsWith(
        u"Toward found damage in your journal: the integrity check found "_s));
    // The full report goes to a log in the data folder, named in the message.
    const QString log = dataDir.filePath(u"journal-problems.log"_s);
    CHECK(box->text().contains(u"The full report is in "_s + log));
    CHECK(test::readFile(log).toLower().contains("page"));
    CHECK(box->text().contains(u"the journal is now open read-only"_s));
    CHECK(window.windowTitle() == u"Toward — journal open read-only"_s);
    CHECK(JournalBackups(dataDir.path()).list().isEmpty());
}

TEST_CASE("A note being edited is saved when the window closes")
{
    WindowOnJournal fixture;
    fixture.showJournalPage();
    QTableView *table = fixture.table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    const auto *model = qobject_cast<const CheckInTableModel *>(table->model());
    const QUuid id = model->checkInIdAt(0);
    auto *editor = fixture.window->findChild<QPlainTextEdit *>(u"noteEditor"_s);
    REQUIRE(editor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, u" Closing words."_s);

    fixture.action("quitAction")->trigger();
    CHECK_FALSE(fixture.window->isVisible());
    CHECK(fixture.journal->store().find(id).value()->note.endsWith(u" Closing words."_s));
}
