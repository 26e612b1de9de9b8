#include "AppTestModels.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "journal/JournalTestData.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QMenu>

using namespace toward;

namespace {

QAction *languageAction(const MainWindow &window, const QString &name)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("languageAction_") + name);
    REQUIRE(action);
    return action;
}

} // namespace

TEST_CASE("View > Language keeps the language chosen for the next start", "[main-window][language]")
{
    test::TemporaryDataDir dataDir;
    const QString settingsPath = dataDir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(settingsPath);
        const PracticeModel model = test::builtInModel();
        const std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
        MainWindow window(settings, model, *journal);

        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        REQUIRE(menu);
        CHECK(menu->menuAction()->isVisible());
        // Nothing set yet: the system's language.
        CHECK(languageAction(window, QStringLiteral("system"))->isChecked());
        CHECK(languageAction(window, QStringLiteral("de"))->text() == QStringLiteral("Deutsch"));
        CHECK(languageAction(window, QStringLiteral("en"))->text() == QStringLiteral("English"));

        languageAction(window, QStringLiteral("de"))->trigger();
        CHECK(languageAction(window, QStringLiteral("de"))->isChecked());
        CHECK_FALSE(languageAction(window, QStringLiteral("system"))->isChecked());
        CHECK(settings.value(Setting::Language) == QStringLiteral("de"));
        REQUIRE(settings.sync());
    }
    {
        // The next start reads it back, and following the system again clears it.
        AppSettings settings(settingsPath);
        CHECK(settings.value(Setting::Language) == QStringLiteral("de"));
        const PracticeModel model = test::builtInModel();
        const std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
        MainWindow window(settings, model, *journal);
        CHECK(languageAction(window, QStringLiteral("de"))->isChecked());
        languageAction(window, QStringLiteral("system"))->trigger();
        CHECK(settings.value(Setting::Language).isEmpty());
    }
}
