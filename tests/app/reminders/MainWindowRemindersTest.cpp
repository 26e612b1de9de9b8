#include "AppTestJournal.h"
#include "AppTestModels.h"
#include "MainWindow.h"
#include "ReminderHost.h"
#include "TestSupport.h"
#include "checkin/CheckInPage.h"
#include "reminders/AutostartEntry.h"
#include "reminders/FakeDesktop.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace toward;
using namespace Qt::StringLiterals;

namespace {

struct RemindersWindow {
    explicit RemindersWindow(bool movementPrompts)
    {
        settings.setValue(Setting::MovementPrompts, movementPrompts);
    }

    QString nextReminderText()
    {
        const auto *label = host.window().findChild<QLabel *>(u"nextReminderLabel"_s);
        REQUIRE(label);
        return label->text();
    }

    void showAndWait()
    {
        host.window().show();
        REQUIRE(QTest::qWaitForWindowExposed(&host.window()));
    }

    test::TemporaryDataDir dataDir;
    AppSettings settings {dataDir.filePath(u"settings.ini"_s)};
    std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
    test::FakeDesktop desktop;
    int desktopsOpened = 0;
    ReminderHost host {settings, test::builtInModel(),
        [this] {
            ++desktopsOpened;
            return desktop.handOver();
        },
        [this] {
            auto made = std::make_unique<MainWindow>(settings, test::builtInModel(), *journal);
            made->setReminderHost(&host);
            return made;
        }};
};

template<typename T>
T *child(const QWidget *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("With no reminder on, the desktop's parts are never loaded", "[reminders]")
{
    RemindersWindow f(false);
    f.showAndWait();
    QTest::qWait(50);
    CHECK(f.desktopsOpened == 0);
    CHECK_FALSE(f.host.coach());
    CHECK(f.nextReminderText() == ReminderCoach::offText());
}

TEST_CASE(
    "Reminders are armed once the window is up, and their Start opens the practice", "[reminders]")
{
    RemindersWindow f(true);
    f.showAndWait();
    REQUIRE(QTest::qWaitFor([&f] { return f.host.coach() != nullptr; }));
    CHECK(f.desktopsOpened == 1);
    CHECK(f.desktop.idle->watched == std::chrono::minutes(5));
    CHECK(f.nextReminderText().startsWith(u"Next reminder: a movement prompt at about"_s));

    f.host.window().showPage(MainWindow::Page::Journal);
    emit f.host.coach()->startRequested(u"desk-reset"_s);
    REQUIRE(QTest::qWaitFor(
        [&f] { return f.host.window().currentPage() == MainWindow::Page::CheckIn; }));
    REQUIRE(f.host.window().checkInPage());
    CHECK(f.host.window().checkInPage()->isInProgress());
}

TEST_CASE("The reminders dialog keeps what it reads, refuses what it cannot, and writes the "
          "autostart entry",
    "[reminders]")
{
    // The tests' configuration folder (XDG_CONFIG_HOME, set by CTest), never the person's.
    const AutostartEntry autostart = AutostartEntry::inUserConfig();
    REQUIRE(autostart.filePath().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
    REQUIRE(autostart.disable().ok());

    RemindersWindow f(false);
    f.showAndWait();
    f.host.window().editReminders();
    QWidget *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&f, &dialog] {
        dialog = f.host.window().findChild<QWidget *>(u"reminderSettingsDialog"_s);
        return dialog && dialog->isVisible();
    }));
    CHECK(f.desktopsOpened == 1);
    CHECK(child<QLabel>(dialog, u"idleLabel"_s)->text() == u"Breaks are noticed through fake."_s);

    auto *checkIns = child<QGroupBox>(dialog, u"checkInGroup"_s);
    auto *times = child<QLineEdit>(dialog, u"timesEdit"_s);
    QPushButton *ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    checkIns->setChecked(true);
    times->clear();
    QTest::keyClicks(times, u"8:15, noon"_s);
    CHECK_FALSE(ok->isEnabled());
    CHECK(child<QLabel>(dialog, u"timesProblemLabel"_s)
              ->text()
              .startsWith(u"“noon” is not a time"_s));
    QTest::keyClick(times, Qt::Key_Backspace);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(times, Qt::Key_Backspace);
    CHECK(times->text() == u"8:15"_s);
    CHECK(ok->isEnabled());
    child<QAbstractButton>(dialog, u"startAtLoginCheck"_s)->setChecked(true);
    QTest::mouseClick(ok, Qt::LeftButton);

    CHECK(f.settings.value(Setting::CheckInReminders));
    CHECK(f.settings.value(Setting::CheckInTimes) == u"08:15"_s);
    CHECK(f.host.coach()->settings().checkInTimes == QList<QTime> {QTime(8, 15)});
    CHECK(f.nextReminderText().startsWith(u"Next reminder: a check-in"_s));
    CHECK(autostart.isEnabled());
    REQUIRE(autostart.disable().ok());
}

TEST_CASE("Started in the tray where there is none, Toward shows its window; until then it has "
          "none",
    "[reminders]")
{
    RemindersWindow f(true);
    CHECK_FALSE(f.host.hasWindow());
    f.host.startInTray(); // the offscreen platform has no tray
    REQUIRE(f.host.hasWindow());
    CHECK(f.host.window().isVisible());
    CHECK(f.desktopsOpened == 1);
    REQUIRE(f.host.coach());
    CHECK_FALSE(f.host.keepsRunningInTray());
}
