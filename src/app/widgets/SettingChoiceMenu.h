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
    SettingChoiceMenu(const QString &title, AppSettings &settings,
        const SettingKey<QString> &setting, QWidget *parent = nullptr);

signals:
    void chosen(const QString &value);

protected:
    // The action is named objectNamePrefix + the value, or + `emptyName` for the empty value.
    QAction *addChoice(const QString &text, const QString &value, const QString &objectNamePrefix,
        const QString &emptyName);

private:
    AppSettings &m_settings;
    const SettingKey<QString> m_setting;
    QActionGroup *m_choices;
};

} // namespace toward
