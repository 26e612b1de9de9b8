#include "reminders/AutostartEntry.h"

#include "settings/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

QString quotedArgument(const QString &argument)
{
    QString quoted;
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    // "%" has a meaning of its own in Exec, even inside quotes.
    quoted.replace(u"%"_s, u"%%"_s);
    return u'"' + quoted + u'"';
}

} // namespace

AutostartEntry::AutostartEntry(QString configFolder)
    : m_configFolder(std::move(configFolder))
{
}

AutostartEntry AutostartEntry::inUserConfig()
{
    return AutostartEntry(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
}

QString AutostartEntry::filePath() const
{
    return QDir(m_configFolder).filePath(u"autostart/"_s + QLatin1String(FileName));
}

bool AutostartEntry::isEnabled() const
{
    QFile entry(filePath());
    if (!entry.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    while (!entry.atEnd()) {
        if (entry.readLine().trimmed() == "Hidden=true")
            return false;
    }
    return true;
}

Result<void> AutostartEntry::enable(const QString &program, const QStringList &arguments) const
{
    if (!QDir().mkpath(QFileInfo(filePath()).absolutePath())) {
        return Result<void>::failure(
            QCoreApplication::translate("toward::AutostartEntry", "The folder %1 cannot be made.")
                .arg(QDir::toNativeSeparators(QFileInfo(filePath()).absolutePath())));
    }
    const QString contents = u"[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Toward\n"
                             "Comment=Reminders for your alignment practice, in the tray\n"
                             "Exec="_s
        + execLine(program, arguments)
        + u"\n"
          "Icon=toward\n"
          "Terminal=false\n"
          "X-GNOME-Autostart-enabled=true\n"_s;
    return writePrivateFile(filePath(), contents.toUtf8());
}

Result<void> AutostartEntry::disable() const
{
    QFile entry(filePath());
    if (!entry.exists() || entry.remove())
        return Result<void>::success();
    return Result<void>::failure(
        QCoreApplication::translate("toward::AutostartEntry", "%1 cannot be removed: %2")
            .arg(QDir::toNativeSeparators(filePath()), entry.errorString()));
}

QString AutostartEntry::execLine(const QString &program, const QStringList &arguments)
{
    QStringList parts {quotedArgument(program)};
    for (const QString &argument : arguments)
        parts.append(quotedArgument(argument));
    // The file's own escaping comes on top of the quoting: a backslash is written twice again.
    return parts.join(u' ').replace(u"\\"_s, u"\\\\"_s);
}

} // namespace toward
