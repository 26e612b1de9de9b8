#include "settings/AppSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

AppSettings::AppSettings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
}

bool AppSettings::sync(QString *error)
{
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("AppSettings", "Cannot save settings to %1.")
                     .arg(m_settings.fileName());
    return false;
}

} // namespace toward
