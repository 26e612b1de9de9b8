#include "style/ColorSchemeMenu.h"

#include "style/AppStyle.h"

#include <QApplication>

namespace toward {

ColorSchemeMenu::ColorSchemeMenu(AppSettings &settings, QWidget *parent)
    : SettingChoiceMenu(tr("&Colours"), settings, Setting::ColorScheme, parent)
{
    setObjectName(QStringLiteral("colorSchemeMenu"));
    const QString prefix = QStringLiteral("colorSchemeAction_");
    const QString desktop = QStringLiteral("desktop");
    addChoice(tr("Follow the desktop"), QString(), prefix, desktop);
    addSeparator();
    addChoice(tr("Light"), QStringLiteral("light"), prefix, desktop);
    addChoice(tr("Dark"), QStringLiteral("dark"), prefix, desktop);
    addChoice(tr("High contrast"), QStringLiteral("high-contrast"), prefix, desktop);
    connect(this, &SettingChoiceMenu::chosen, this, [](const QString &scheme) {
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            AppStyle::applyTo(*app, scheme);
    });
}

} // namespace toward
