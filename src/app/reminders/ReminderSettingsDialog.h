#pragma once

#include "reminders/ReminderSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReminderSettingsDialog;
}

namespace toward {

// The reminders in one place: check-in times, movement prompts and what counts as a break, the
// daily limit, and starting at login; with a word on how breaks are noticed here and where the
// prompts appear. OK is offered only while every time can be read; the caller keeps the choices.
class ReminderSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    struct Choices {
        ReminderSettings reminders;
        bool startAtLogin = false;
    };

    // `breaks` and `prompts`: how this desktop notices breaks and shows prompts, in words.
    ReminderSettingsDialog(
        const Choices &current, const QString &breaks, const QString &prompts, QWidget *parent);
    ~ReminderSettingsDialog() override;

    Choices choices() const;

private:
    void checkTimes();

    std::unique_ptr<Ui::ReminderSettingsDialog> m_ui;
};

} // namespace toward
