#include "reminders/ReminderSettingsDialog.h"

#include "ui_ReminderSettingsDialog.h"

#include <QPushButton>

namespace toward {

ReminderSettingsDialog::ReminderSettingsDialog(
    const Choices &current, const QString &breaks, const QString &prompts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReminderSettingsDialog>())
{
    m_ui->setupUi(this);
    const ReminderSettings &reminders = current.reminders;
    m_ui->checkInGroup->setChecked(reminders.checkInReminders);
    m_ui->timesEdit->setText(ReminderSettings::textOf(reminders.checkInTimes));
    m_ui->movementGroup->setChecked(reminders.movementPrompts);
    m_ui->movementSpin->setValue(int(reminders.movementAfter.count()));
    m_ui->breakSpin->setValue(int(reminders.naturalBreak.count()));
    m_ui->limitSpin->setMaximum(ReminderSettings::MaxDailyLimit);
    m_ui->limitSpin->setValue(reminders.dailyLimit);
    m_ui->startAtLoginCheck->setChecked(current.startAtLogin);
    m_ui->idleLabel->setText(breaks);
    m_ui->notificationLabel->setText(prompts);
    for (QLabel *note : {m_ui->idleLabel, m_ui->notificationLabel, m_ui->timesProblemLabel})
        note->setTextFormat(Qt::PlainText);
    connect(m_ui->timesEdit, &QLineEdit::textChanged, this, &ReminderSettingsDialog::checkTimes);
    connect(m_ui->checkInGroup, &QGroupBox::toggled, this, &ReminderSettingsDialog::checkTimes);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    checkTimes();
}

ReminderSettingsDialog::~ReminderSettingsDialog() = default;

ReminderSettingsDialog::Choices ReminderSettingsDialog::choices() const
{
    Choices chosen;
    ReminderSettings &reminders = chosen.reminders;
    reminders.checkInReminders = m_ui->checkInGroup->isChecked();
    reminders.checkInTimes = ReminderSettings::timesFrom(m_ui->timesEdit->text());
    reminders.movementPrompts = m_ui->movementGroup->isChecked();
    reminders.movementAfter = std::chrono::minutes(m_ui->movementSpin->value());
    reminders.naturalBreak = std::chrono::minutes(m_ui->breakSpin->value());
    reminders.dailyLimit = m_ui->limitSpin->value();
    chosen.startAtLogin = m_ui->startAtLoginCheck->isChecked();
    return chosen;
}

void ReminderSettingsDialog::checkTimes()
{
    QStringList unreadable;
    const QList<QTime> times = ReminderSettings::timesFrom(m_ui->timesEdit->text(), &unreadable);
    QString problem;
    if (!unreadable.isEmpty()) {
        problem = tr("“%1” is not a time of day: write times like 9:00 or 18:30, with commas "
                     "between them.")
                      .arg(unreadable.first());
    } else if (times.isEmpty() && m_ui->checkInGroup->isChecked()) {
        problem = tr("Write at least one time, like 9:00.");
    }
    m_ui->timesProblemLabel->setText(problem);
    m_ui->timesProblemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace toward
