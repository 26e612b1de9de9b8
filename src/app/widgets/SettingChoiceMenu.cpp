#include "widgets/SettingChoiceMenu.h"

#include <QActionGroup>

namespace toward {

SettingChoiceMenu::SettingChoiceMenu(const QString &title, AppSettings &settings,
    const SettingKey<QString> &setting, const QString &actionNamePrefix,
    const QString &emptyValueName, QWidget *parent)
    : QMenu(title, parent)
    , m_settings(settings)
    , m_setting(setting)
    , m_actionNamePrefix(actionNamePrefix)
    , m_emptyValueName(emptyValueName)
    , m_choices(new QActionGroup(this))
{
}

QAction *SettingChoiceMenu::addChoice(const QString &text, const QString &value)
{
    QAction *action = addAction(text);
    action->setObjectName(m_actionNamePrefix + (value.isEmpty() ? m_emptyValueName : value));
    action->setCheckable(true);
    action->setChecked(m_settings.value(m_setting) == value);
    m_choices->addAction(action);
    connect(action, &QAction::triggered, this, [this, value] {
        m_settings.setValue(m_setting, value);
        emit chosen(value);
    });
    return action;
}

} // namespace toward
