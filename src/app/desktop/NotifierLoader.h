#pragma once

#include "desktop/Notifier.h"
#include "plugins/PluginLoader.h"

#include <QStringList>

#include <memory>

namespace toward {

// Opens the desktop's notifications from the toward_notifications plugin, which alone links
// Qt D-Bus: the app loads it only here, when reminders are first armed.
class NotifierLoader {
public:
    static constexpr auto PluginName = "toward_notifications";

    // Never null. When the plugin cannot be loaded the notifier shows nothing and its problem()
    // says why, in words for the person.
    static std::unique_ptr<Notifier> open(
        const QString &appName, const QStringList &folders = PluginLoader::defaultFolders());
};

// A notifier that shows nothing and says why.
class UnavailableNotifier final : public Notifier {
public:
    explicit UnavailableNotifier(QString problem)
        : m_problem(std::move(problem))
    {
    }

    void show(const Notice &) override { }
    void withdraw() override { }
    bool isAvailable() const override { return false; }
    QString problem() const override { return m_problem; }
    bool isInhibited() const override { return false; }

private:
    QString m_problem;
};

} // namespace toward
