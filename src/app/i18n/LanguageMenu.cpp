#include "i18n/LanguageMenu.h"

#include "i18n/Translations.h"

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
    : SettingChoiceMenu(tr("&Language"), settings, Setting::Language,
        QStringLiteral("languageAction_"), QStringLiteral("system"), parent)
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

} // namespace toward
