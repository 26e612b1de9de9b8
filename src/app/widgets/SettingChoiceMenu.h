#pragma once

#include "settings/AppSettings.h"

#include <QMenu>

class QActionGroup;

namespace toward {

// A menu of choices for one text setting: one checkable action a value, the stored one checked.
// Choosing stores the value and says so through chosen().
class SettingChoiceMenu : public QMenu {
    Q_OBJECT

public:
    // Each choice's action is named actionNamePrefix + its value, or + emptyValueName for the
    // empty value.
    SettingChoiceMenu(const QString &title, AppSettings &settings,
        const SettingKey<QString> &setting, const QString &actionNamePrefix,
        const QString &emptyValueName, QWidget *parent = nullptr);

signals:
    void chosen(const QString &value);

protected:
    QAction *addChoice(const QString &text, const QString &value);

private:
    AppSettings &m_settings;
    const SettingKey<QString> m_setting;
    const QString m_actionNamePrefix;
    const QString m_emptyValueName;
    QActionGroup *m_choices;
};

} // namespace toward
