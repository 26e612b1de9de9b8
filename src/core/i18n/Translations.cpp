#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace toward {

Translations::Translations(const QLocale &locale)
{
    const QString towardFolder = folder();
    // The source texts are English; the English file adds only their plural forms.
    m_hasTowardTranslation = install(QLocale(QLocale::English), u"toward"_s, towardFolder);
    if (locale.language() != QLocale::English) {
        m_hasTowardTranslation = install(locale, u"toward"_s, towardFolder);
        install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
}

Translations::~Translations()
{
    for (const std::unique_ptr<QTranslator> &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
}

bool Translations::install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, u"_"_s, folder)
        || !QCoreApplication::installTranslator(translator.get()))
        return false;
    m_installed.push_back(std::move(translator));
    return true;
}

QLocale Translations::chooseLocale(const QString &languageSetting, const QLocale &system)
{
    if (!languageSetting.isEmpty())
        return QLocale(languageSetting);
    const QStringList shippedLanguages = shipped();
    for (const QString &language : system.uiLanguages()) {
        const QLocale candidate(language);
        if (shippedLanguages.contains(QLocale::languageToCode(candidate.language())))
            return candidate.language() == system.language() ? system : candidate;
    }
    return QLocale(QLocale::English);
}

QStringList Translations::shipped()
{
    return {u"en"_s, u"de"_s};
}

QString Translations::folder()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(u"../share/toward/translations"_s);
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(TOWARD_BUILD_TRANSLATIONS_DIR);
}

} // namespace toward
