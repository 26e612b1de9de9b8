#include "reminders/TrayIcon.h"

#include <QApplication>
#include <QMenu>

namespace toward {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(QApplication::windowIcon())
{
    m_icon.setToolTip(tr("Toward"));
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showHideAction = m_menu->addAction(tr("Hide Toward"), this, &TrayIcon::showHideRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Start a check-in"), this, &TrayIcon::checkInRequested);
    m_quickResetAction = m_menu->addAction(tr("Quick reset"), this, &TrayIcon::quickResetRequested);
    QMenu *postponeMenu = m_menu->addMenu(tr("Postpone reminders"));
    postponeMenu->setObjectName(QStringLiteral("postponeMenu"));
    using namespace std::chrono_literals;
    const std::pair<std::chrono::minutes, QString> delays[] = {
        {5min, tr("For 5 minutes")}, {15min, tr("For 15 minutes")}, {60min, tr("For an hour")}};
    for (const auto &[delay, label] : delays) {
        postponeMenu->addAction(
            label, this, [this, delay = delay] { emit postponeRequested(delay); });
    }
    m_menu->addAction(tr("Pause until tomorrow"), this, &TrayIcon::pauseRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit Toward"), this, &TrayIcon::quitRequested);
    m_icon.setContextMenu(m_menu.get());
    connect(&m_icon, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                emit showHideRequested();
        });
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setWindowShown(bool shown)
{
    m_showHideAction->setText(shown ? tr("Hide Toward") : tr("Show Toward"));
}

void TrayIcon::setQuickResetAvailable(bool available)
{
    m_quickResetAction->setEnabled(available);
}

} // namespace toward
