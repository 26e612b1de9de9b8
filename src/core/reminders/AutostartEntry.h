#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace toward {

// "Start at login": an XDG autostart entry (~/.config/autostart/toward.desktop) that starts
// Toward hidden in the tray. The entry is the setting: Toward keeps no copy of it, so one the
// person removed by hand counts as off.
class AutostartEntry {
public:
    static constexpr auto FileName = "toward.desktop";

    // `configFolder`: the user's configuration folder ($XDG_CONFIG_HOME, ~/.config).
    explicit AutostartEntry(QString configFolder);
    static AutostartEntry inUserConfig();

    QString filePath() const;
    // An entry is there and not hidden (a desktop may disable one with Hidden=true).
    bool isEnabled() const;
    // Writes the entry to start `program` with `arguments`; replaces one written before.
    Result<void> enable(const QString &program, const QStringList &arguments) const;
    // Removes the entry; fine when there is none.
    Result<void> disable() const;

    // The Exec line: each argument quoted as the Desktop Entry Specification asks.
    static QString execLine(const QString &program, const QStringList &arguments);

private:
    QString m_configFolder;
};

} // namespace toward
