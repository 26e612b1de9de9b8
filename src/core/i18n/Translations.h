#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <vector>

namespace toward {

// Toward's translations and Qt's own, installed into the running application for as long as this
// object lives. English needs one too: it holds the plural forms ("1 check-in", "2 check-ins").
class Translations {
public:
    explicit Translations(const QLocale &locale);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The language Toward speaks: the one set (a name such as "de"), or, when none is set, the
    // first of the system's languages that Toward has a translation for; else English.
    static QLocale chooseLocale(const QString &languageSetting, const QLocale &system);
    // The languages Toward ships, by name ("en", "de").
    static QStringList shipped();
    // Where the .qm files are: beside the installed app's data, else the build tree's folder.
    static QString folder();

    bool hasTowardTranslation() const { return m_hasTowardTranslation; }

private:
    bool install(const QLocale &locale, const QString &name, const QString &folder);

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    bool m_hasTowardTranslation = false;
};

} // namespace toward
