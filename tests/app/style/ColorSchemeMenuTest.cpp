#include "AppTestModels.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "journal/JournalTestData.h"
#include "settings/AppSettings.h"
#include "style/AppStyle.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTest>

using namespace toward;

namespace {

QAction *schemeAction(const MainWindow &window, const QString &name)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("colorSchemeAction_") + name);
    REQUIRE(action);
    return action;
}

ColorScheme appScheme()
{
    return AppStyle::schemeOf(QApplication::palette());
}

} // namespace

TEST_CASE("View > Colours changes the windows at once and keeps the choice",
    "[main-window][color-scheme]")
{
    REQUIRE(qEnvironmentVariableIsEmpty("TOWARD_COLOR_SCHEME"));
    const QPalette before = QApplication::palette();
    REQUIRE_FALSE(appScheme().dark);
    test::TemporaryDataDir dataDir;
    const QString settingsPath = dataDir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(settingsPath);
        const PracticeModel model = test::builtInModel();
        const std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
        MainWindow window(settings, model, *journal);
        REQUIRE(window.findChild<QMenu *>(QStringLiteral("colorSchemeMenu")));
        CHECK(schemeAction(window, QStringLiteral("desktop"))->isChecked());

        schemeAction(window, QStringLiteral("dark"))->trigger();
        CHECK(appScheme().dark);
        // Shown widgets take the new palette as the change reaches them.
        window.show();
        CHECK(QTest::qWaitFor(
            [&window] { return window.palette().color(QPalette::Window).lightness() < 100; }));
        CHECK(settings.value(Setting::ColorScheme) == QStringLiteral("dark"));

        schemeAction(window, QStringLiteral("high-contrast"))->trigger();
        CHECK(appScheme().highContrast);
        CHECK(settings.value(Setting::ColorScheme) == QStringLiteral("high-contrast"));
        REQUIRE(settings.sync());
    }
    {
        AppSettings settings(settingsPath);
        const PracticeModel model = test::builtInModel();
        const std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
        MainWindow window(settings, model, *journal);
        CHECK(schemeAction(window, QStringLiteral("high-contrast"))->isChecked());

        // Following the desktop again returns to its light palette.
        schemeAction(window, QStringLiteral("desktop"))->trigger();
        CHECK_FALSE(appScheme().dark);
        CHECK_FALSE(appScheme().highContrast);
        CHECK(settings.value(Setting::ColorScheme).isEmpty());
    }
    QApplication::setPalette(before);
}
