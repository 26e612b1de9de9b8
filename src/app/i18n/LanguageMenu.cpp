#include "i18n/LanguageMenu.h"

#include "i18n/Translations.h"
#include "settings/AppSettings.h"

#include <QActionGroup>
#include <QLocale>

namespace toward {

namespace {

// Each language in its own words, so that it can be found by whoever cannot read the current one.
QString nativeName(const QString &language)
{
    const QLocale locale(language);
    // For English, Qt names the country's variant ("American English").
    if (locale.language() == QLocale::English)
        return QLocale::languageToString(QLocale::English);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

LanguageMenu::LanguageMenu(AppSettings &settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_choices(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    addChoice(tr("Follow the system"), QString());
    addSeparator();
    for (const QString &language : Translations::shipped())
        addChoice(nativeName(language), language);
    addSeparator();
    QAction *note = addAction(tr("Takes effect when Toward starts again"));
    note->setEnabled(false);
}

void LanguageMenu::addChoice(const QString &text, const QString &language)
{
    QAction *action = addAction(text);
    action->setObjectName(QStringLiteral("languageAction_")
        + (language.isEmpty() ? QStringLiteral("system") : language));
    action->setCheckable(true);
    action->setChecked(m_settings.value(Setting::Language) == language);
    m_choices->addAction(action);
    connect(action, &QAction::triggered, this,
        [this, language] { m_settings.setValue(Setting::Language, language); });
}

} // namespace toward
