#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace toward {

// Finds the root object of one of Toward's plugins (the tones', the voice's, the desktop's), each
// the only part of Toward that links its libraries (Qt Multimedia, Qt D-Bus, X11): those are
// loaded only here, when first needed, so start-up never pays for them.
class PluginLoader {
public:
    // Where the plugins are looked for: next to the executable, where the build puts them, then
    // where `cmake --install` puts them, found from the executable so the tree can be moved.
    static QStringList defaultFolders();

    // The factory of the first plugin called `name` in `folders`; none when there is none, with
    // `why` saying so in words for the person. The plugin stays loaded for the rest of
    // the run.
    template<typename Factory>
    static Factory *factory(const char *name, const QStringList &folders, QString &why)
    {
        Factory *found = nullptr;
        load(name, folders, why, [&found](QObject *root) {
            found = qobject_cast<Factory *>(root);
            return found != nullptr;
        });
        return found;
    }

private:
    static void load(const char *name, const QStringList &folders, QString &why,
        const std::function<bool(QObject *)> &fits);
};

} // namespace toward
