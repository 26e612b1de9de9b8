#include "AppTestJournal.h"
#include "AppTestModels.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "journal/CheckInTableModel.h"
#include "journal/JournalActions.h"
#include "journal/JournalPage.h"
#include "journal/JournalTestData.h"
#include "journal/WhatHelpsTableModel.h"
#include "settings/AppSettings.h"

#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const QByteArray CsvHeader =
    "id,started_at,ended_at,context,regions,pain_before,pain_after,practice,breath_pattern,"
    "feelings_before,feelings_after,cues,red_flags,note\r\n";

// A window with the built-in model on an empty journal, showing the journal page.
struct WindowOnEmptyJournal {
    WindowOnEmptyJournal()
    {
        journal = test::openJournalIn(dataDir.path());
        window = std::make_unique<MainWindow>(settings, test::builtInModel(), *journal);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->showPage(MainWindow::Page::Journal);
    }

    void importCsv(const QByteArray &rows)
    {
        const JournalActions &actions = window->journalActions();
        window->journalActions().importCsv(dataDir.writeFile(u"import.csv"_s, CsvHeader + rows));
        REQUIRE(QTest::qWaitFor([&] { return !actions.isBusy(); }));
        auto *notice = child<QMessageBox>(u"journalNoticeBox"_s);
        CHECK(notice->text() == u"Imported 1 check-in; 0 were already in the journal."_s);
        notice->close();
    }

    template<typename Widget>
    Widget *child(const QString &name) const
    {
        auto *widget = window->findChild<Widget *>(name);
        INFO(name);
        REQUIRE(widget);
        return widget;
    }
    QString cell(CheckInTableModel::Column column) const
    {
        return child<QTableView>(u"checkInTable"_s)->model()->index(0, column).data().toString();
    }
    QString details() const
    {
        auto *table = child<QTableView>(u"checkInTable"_s);
        table->setCurrentIndex(table->model()->index(0, 0));
        return child<QTextBrowser>(u"detailsView"_s)->toPlainText();
    }
    QStringList whatHelpsNames() const
    {
        auto *tabs = child<QTabWidget>(u"journalTabs"_s);
        tabs->setCurrentWidget(child<QWidget>(u"whatHelpsTab"_s));
        const auto *page = window->findChild<JournalPage *>();
        REQUIRE(page);
        REQUIRE(test::waitUntilCalculated(*page));
        const QAbstractItemModel *table = child<QTableView>(u"helpsTable"_s)->model();
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names.append(table->index(row, WhatHelpsTableModel::NameColumn).data().toString());
        return names;
    }

    test::TemporaryDataDir dataDir;
    AppSettings settings {dataDir.filePath(u"settings.ini"_s)};
    std::unique_ptr<Journal> journal;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("Imported check-ins show the model's names in the table, the details and what helps")
{
    WindowOnEmptyJournal fixture;
    fixture.importCsv(
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301,2026-03-17T19:30:00+01:00,2026-03-17T19:36:00+01:00,"
        "desk,low-back;upper-back,6,4,desk-reset,resonance,possibility-fear=away,"
        "possibility-fear=toward,upper-back-blades-settle=toward;low-back-sit-bones-back=neutral,"
        ",\r\n");

    CHECK(fixture.cell(CheckInTableModel::RegionsColumn) == u"Low back, Upper back"_s);
    CHECK(fixture.cell(CheckInTableModel::PracticeColumn) == u"Desk reset"_s);

    const QString details = fixture.details();
    INFO(details.toStdString());
    for (const QString &name : {u"Low back, Upper back"_s, u"Desk reset"_s,
             u"Resonance breathing"_s, u"Shoulder blades settle"_s,
             u"Sitting bones slightly back"_s, u"possibility"_s, u"fear"_s})
        CHECK(details.contains(name));
    for (const QString &id :
        {u"low-back"_s, u"desk-reset"_s, u"upper-back-blades-settle"_s, u"possibility-fear"_s})
        CHECK_FALSE(details.contains(id));

    // The practice, then the cues (one rated use each, so in the order of their titles).
    CHECK(fixture.whatHelpsNames()
        == QStringList {
            u"Desk reset"_s, u"Shoulder blades settle"_s, u"Sitting bones slightly back"_s});
}

TEST_CASE("Imported check-ins take their names from the model in use when they are imported")
{
    WindowOnEmptyJournal fixture;
    const QString modelPath = fixture.dataDir.writeFile(u"small.json"_s, test::smallModelJson());
    fixture.window->openModelFile(modelPath);
    REQUIRE(fixture.window->modelFilePath() == modelPath);

    fixture.importCsv("3f2504e0-4f89-11d3-9a0c-0305e82c3301,2026-03-17T19:30:00+01:00,,desk,"
                      "knees;upper-back,6,4,,calm,,,sitting-bones-back=toward,,\r\n");

    CHECK(fixture.cell(CheckInTableModel::RegionsColumn) == u"Knees, upper-back"_s);
    const QString details = fixture.details();
    INFO(details.toStdString());
    CHECK(details.contains(u"Calm"_s));
    CHECK(details.contains(u"Sitting bones back"_s));
}
