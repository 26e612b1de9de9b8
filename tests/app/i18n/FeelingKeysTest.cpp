#include "AppTestModels.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "i18n/Translations.h"
#include "journal/JournalTestData.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QKeySequence>

using namespace toward;

namespace {

QKeySequence feelingKey(const MainWindow &window, const char *feeling)
{
    const auto *action = window.findChild<QAction *>(
        QStringLiteral("feel_%1Action").arg(QLatin1StringView(feeling)));
    REQUIRE(action);
    return action->shortcut();
}

} // namespace

TEST_CASE("The keys that rate a cue are letters of the language's own words",
    "[main-window][checkin][language]")
{
    test::TemporaryDataDir dataDir;
    AppSettings settings(dataDir.filePath(QStringLiteral("settings.ini")));
    const PracticeModel model = test::builtInModel();
    const std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());

    SECTION("English: toward, neutral, away")
    {
        MainWindow window(settings, model, *journal);
        window.showPage(MainWindow::Page::CheckIn);
        CHECK(feelingKey(window, "toward") == QKeySequence(Qt::Key_T));
        CHECK(feelingKey(window, "neutral") == QKeySequence(Qt::Key_N));
        CHECK(feelingKey(window, "away") == QKeySequence(Qt::Key_A));
    }
    SECTION("German: hin, neutral, weg")
    {
        const Translations german(QLocale(QLocale::German));
        REQUIRE(german.hasTowardTranslation());
        MainWindow window(settings, model, *journal);
        window.showPage(MainWindow::Page::CheckIn);
        CHECK(feelingKey(window, "toward") == QKeySequence(Qt::Key_H));
        CHECK(feelingKey(window, "neutral") == QKeySequence(Qt::Key_N));
        CHECK(feelingKey(window, "away") == QKeySequence(Qt::Key_W));
    }
}
