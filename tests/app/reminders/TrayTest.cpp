#include "TestSupport.h"
#include "reminders/FallbackNotifiers.h"
#include "reminders/TrayIcon.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace toward;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QAction *findAction(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (QAction *inner = action->menu() ? findAction(action->menu(), text) : nullptr)
            return inner;
    }
    return nullptr;
}

QAction *actionNamed(const QMenu *menu, const QString &text)
{
    QAction *action = findAction(menu, text);
    REQUIRE(action);
    return action;
}

} // namespace

TEST_CASE("The tray's menu asks for each of its actions", "[reminders]")
{
    TrayIcon tray;
    QSignalSpy checkIn(&tray, &TrayIcon::checkInRequested);
    QSignalSpy reset(&tray, &TrayIcon::quickResetRequested);
    QSignalSpy postpone(&tray, &TrayIcon::postponeRequested);
    QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
    QSignalSpy showHide(&tray, &TrayIcon::showHideRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);

    actionNamed(tray.menu(), u"Start a check-in"_s)->trigger();
    actionNamed(tray.menu(), u"Quick reset"_s)->trigger();
    actionNamed(tray.menu(), u"For 15 minutes"_s)->trigger();
    actionNamed(tray.menu(), u"For an hour"_s)->trigger();
    actionNamed(tray.menu(), u"Pause until tomorrow"_s)->trigger();
    actionNamed(tray.menu(), u"Hide Toward"_s)->trigger();
    actionNamed(tray.menu(), u"Quit Toward"_s)->trigger();
    CHECK(checkIn.size() == 1);
    CHECK(reset.size() == 1);
    REQUIRE(postpone.size() == 2);
    CHECK(postpone.at(0).at(0).value<std::chrono::minutes>() == 15min);
    CHECK(postpone.at(1).at(0).value<std::chrono::minutes>() == 60min);
    CHECK(pause.size() == 1);
    CHECK(showHide.size() == 1);
    CHECK(quit.size() == 1);

    tray.setWindowShown(false);
    actionNamed(tray.menu(), u"Show Toward"_s)->trigger();
    CHECK(showHide.size() == 2);
    tray.setQuickResetAvailable(false);
    CHECK_FALSE(actionNamed(tray.menu(), u"Quick reset"_s)->isEnabled());
}

TEST_CASE("Without a tray, a prompt is a small window whose buttons answer it", "[reminders]")
{
    QWidget window;
    window.show();
    WindowNotifier notifier(&window);
    QStringList answers;
    notifier.actionInvoked = [&answers](const QString &key) { answers.append(key); };
    notifier.show(
        {u"Time to move"_s, u"Stand up."_s, {{u"start"_s, u"Start"_s}, {u"later"_s, u"Later"_s}}});
    auto *box = window.findChild<QMessageBox *>(u"reminderBox"_s);
    REQUIRE(box);
    CHECK(box->text() == u"Stand up."_s);
    QPushButton *later = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == u"Later"_s)
            later = qobject_cast<QPushButton *>(button);
    }
    REQUIRE(later);
    QTest::mouseClick(later, Qt::LeftButton);
    CHECK(answers == QStringList {u"later"_s});
    REQUIRE(
        QTest::qWaitFor([&window] { return !window.findChild<QMessageBox *>(u"reminderBox"_s); }));

    notifier.show({u"Time for a check-in"_s, u"How is your back?"_s, {}});
    REQUIRE(window.findChild<QMessageBox *>(u"reminderBox"_s));
    notifier.withdraw();
    REQUIRE(
        QTest::qWaitFor([&window] { return !window.findChild<QMessageBox *>(u"reminderBox"_s); }));
    CHECK(answers.size() == 1);
}
