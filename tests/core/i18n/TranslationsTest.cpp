#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace toward;

TEST_CASE("The language set wins over the system's", "[translations-choice]")
{
    CHECK(Translations::chooseLocale(QStringLiteral("de"), QLocale(QStringLiteral("fr_FR")))
              .language()
        == QLocale::German);
    CHECK(Translations::chooseLocale(QStringLiteral("en"), QLocale(QStringLiteral("de_AT")))
              .language()
        == QLocale::English);
}

TEST_CASE("Without a setting Toward follows the system, where it has that language",
    "[translations-choice]")
{
    SECTION("A shipped language keeps the system's country")
    {
        const QLocale chosen = Translations::chooseLocale({}, QLocale(QStringLiteral("de_AT")));
        CHECK(chosen.language() == QLocale::German);
        CHECK(chosen.territory() == QLocale::Austria);
    }
    SECTION("Another language falls back to English")
    {
        CHECK(Translations::chooseLocale({}, QLocale(QStringLiteral("fr_FR"))).language()
            == QLocale::English);
    }
}

TEST_CASE("English plural forms come from the compiled translations, beside the others",
    "[translations-choice]")
{
    // The test runner installs the English forms (tests/TestMain.cpp).
    CHECK(QCoreApplication::translate("JournalCsvCommand", "%n check-in(s)", nullptr, 1)
        == QStringLiteral("1 check-in"));
    CHECK(QCoreApplication::translate("JournalCsvCommand", "%n check-in(s)", nullptr, 3)
        == QStringLiteral("3 check-ins"));
    for (const QString &language : Translations::shipped()) {
        CHECK(QFileInfo::exists(
            QDir(Translations::folder()).filePath(QStringLiteral("toward_%1.qm").arg(language))));
    }
}
