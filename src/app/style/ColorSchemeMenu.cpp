#include "style/ColorSchemeMenu.h"

#include "style/AppStyle.h"

#include <QApplication>

namespace toward {

ColorSchemeMenu::ColorSchemeMenu(AppSettings &settings, QWidget *parent)
    : SettingChoiceMenu(tr("&Colours"), settings, Setting::ColorScheme,
        QStringLiteral("colorSchemeAction_"), QStringLiteral("desktop"), parent)
{
    setObjectName(QStringLiteral("colorSchemeMenu"));
    addChoice(tr("Follow the desktop"), QString());
    addSeparator();
    addChoice(tr("Light"), QStringLiteral("light"));
    addChoice(tr("Dark"), QStringLiteral("dark"));
    addChoice(tr("High contrast"), QStringLiteral("high-contrast"));
    connect(this, &SettingChoiceMenu::chosen, this, [](const QString &scheme) {
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            AppStyle::applyTo(*app, scheme);
    });
}

} // namespace toward
