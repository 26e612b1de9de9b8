#include "reminders/FallbackNotifiers.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace toward {

TrayNotifier::TrayNotifier(QSystemTrayIcon &icon)
    : m_icon(&icon)
{
    connect(&icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (std::exchange(m_noticeUp, false) && actionInvoked)
            actionInvoked(QLatin1String(DefaultAction));
    });
}

void TrayNotifier::show(const Notice &notice)
{
    if (!m_icon)
        return;
    m_icon->showMessage(notice.title, notice.body, QApplication::windowIcon());
    m_noticeUp = true;
}

bool TrayNotifier::isAvailable() const
{
    return m_icon && m_icon->isVisible() && QSystemTrayIcon::supportsMessages();
}

QString TrayNotifier::problem() const
{
    return isAvailable() ? QString() : tr("There is no system tray to show reminders in.");
}

WindowNotifier::WindowNotifier(QWidget *window)
    : m_window(window)
{
}

void WindowNotifier::show(const Notice &notice)
{
    withdraw();
    auto *box = new QMessageBox(
        QMessageBox::Information, notice.title, notice.body, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("reminderBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    for (const Notice::Action &action : notice.actions) {
        QPushButton *button = box->addButton(action.label, QMessageBox::AcceptRole);
        connect(button, &QPushButton::clicked, this, [this, key = action.key] {
            if (actionInvoked)
                actionInvoked(key);
        });
    }
    m_box = box;
    box->show();
    QApplication::alert(box);
}

void WindowNotifier::withdraw()
{
    if (m_box)
        m_box->close();
}

} // namespace toward
