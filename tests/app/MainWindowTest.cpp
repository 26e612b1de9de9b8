#include "MainWindow.h"

#include "AppTestJournal.h"
#include "AppTestModels.h"
#include "TestSupport.h"
#include "journal/JournalPage.h"
#include "model/ModelBrowser.h"
#include "model/PracticeModelLoader.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QTest>

using namespace toward;
using test::builtInModel;

namespace {

QStringList issueLines(const ModelIssues &issues)
{
    QStringList lines;
    for (const ModelIssue &issue : issues)
        lines.append(issue.toString());
    return lines;
}

QString statusText(const MainWindow &window)
{
    const auto *label = window.findChild<QLabel *>(QStringLiteral("modelStatusLabel"));
    REQUIRE(label);
    return label->text();
}

void trigger(const MainWindow &window, const char *actionName)
{
    auto *action = window.findChild<QAction *>(QLatin1StringView(actionName).toString());
    REQUIRE(action);
    action->trigger();
}

// A window on settings and an empty journal in a fresh temporary data directory, with the
// built-in model.
struct WindowOnTemporaryData {
    test::TemporaryDataDir dataDir;
    AppSettings settings {dataDir.filePath(QStringLiteral("settings.ini"))};
    PracticeModel builtIn = builtInModel();
    std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
    MainWindow window {settings, builtIn, *journal};
};

const QString RenamedModelName = QStringLiteral("Renamed for the window tests");

} // namespace

TEST_CASE("MainWindow starts on the Today page with the model it was given")
{
    WindowOnTemporaryData fixture;
    CHECK(fixture.window.windowTitle() == QStringLiteral("Toward"));
    CHECK(fixture.window.currentPage() == MainWindow::Page::Today);
    CHECK(fixture.window.model().name == fixture.builtIn.name);
    CHECK(fixture.window.modelFilePath().isEmpty());
    CHECK(statusText(fixture.window)
        == QStringLiteral("Model: %1 (built-in)").arg(fixture.builtIn.name));
    // The model browser and the journal page are built only when their pages are first shown.
    CHECK(fixture.window.findChild<ModelBrowser *>() == nullptr);
    CHECK(fixture.window.findChild<JournalPage *>() == nullptr);
    CHECK(fixture.window.findChild<QChartView *>() == nullptr);
}

TEST_CASE("Ctrl+1, Ctrl+2, Ctrl+3 and Ctrl+T switch pages")
{
    WindowOnTemporaryData fixture;
    MainWindow &window = fixture.window;
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Journal);
    const auto *journal = window.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    REQUIRE(journal);
    CHECK(journal->isVisible());
    CHECK(journal->text().startsWith(QStringLiteral("Your journal is empty")));

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Model);
    const auto *browser = window.findChild<ModelBrowser *>();
    REQUIRE(browser);
    CHECK(browser->isVisible());
    CHECK(browser->findChild<QLabel *>(QStringLiteral("modelNameLabel"))->text()
        == fixture.builtIn.name);

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Practice);
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Today);
}

TEST_CASE("Opening a broken model file lists every problem and keeps the model in use")
{
    WindowOnTemporaryData fixture;
    MainWindow &window = fixture.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QString path;
    SECTION("a file with several errors and a warning")
    {
        path = fixture.dataDir.writeFile(QStringLiteral("broken-model.json"), R"json({
  "format": "toward-practice-model", "schema": 1, "id": "Not An Id", "name": "",
  "colour": "teal", "regions": [], "breathPatterns": []
})json");
    }
    SECTION("a file that is not JSON")
    {
        path = fixture.dataDir.writeFile(QStringLiteral("not-json.json"), "{\n  \"format\": \n");
    }
    SECTION("a file that does not exist")
    {
        path = fixture.dataDir.filePath(QStringLiteral("missing.json"));
    }
    const ModelLoadResult expected = PracticeModelLoader::loadFile(path);
    REQUIRE_FALSE(expected.ok());

    window.openModelFile(path);

    const auto *dialog =
        window.findChild<ModelProblemsDialog *>(QStringLiteral("modelProblemsDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowModality() == Qt::WindowModal);
    CHECK(dialog->problems() == issueLines(expected.issues));
    const auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QDir::toNativeSeparators(path)));
    CHECK(summary->text().contains(QStringLiteral("The model you were using stays in use.")));

    CHECK(window.model().name == fixture.builtIn.name);
    CHECK(window.modelFilePath().isEmpty());
    CHECK(fixture.settings.value(Setting::CustomModelPath).isEmpty());
    CHECK(statusText(window) == QStringLiteral("Model: %1 (built-in)").arg(fixture.builtIn.name));
}

TEST_CASE("Opening a valid model file switches to it everywhere and remembers it")
{
    WindowOnTemporaryData fixture;
    MainWindow &window = fixture.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Model);
    const auto *browserName =
        window.findChild<ModelBrowser *>()->findChild<QLabel *>(QStringLiteral("modelNameLabel"));

    SECTION("without warnings")
    {
        const QString path = fixture.dataDir.writeFile(
            QStringLiteral("renamed.json"), test::renamedDefaultModelJson(RenamedModelName));
        window.openModelFile(path);

        CHECK(window.findChild<ModelProblemsDialog *>() == nullptr);
        CHECK(window.model().name == RenamedModelName);
        CHECK(window.modelFilePath() == path);
        CHECK(fixture.settings.value(Setting::CustomModelPath) == path);
        CHECK(statusText(window)
            == QStringLiteral("Model: %1 — %2")
                   .arg(RenamedModelName, QDir::toNativeSeparators(path)));
        CHECK(browserName->text() == RenamedModelName);

        SECTION("until the built-in model is chosen again")
        {
            trigger(window, "useBuiltInModelAction");
            CHECK(window.model().name == fixture.builtIn.name);
            CHECK(window.modelFilePath().isEmpty());
            CHECK(fixture.settings.value(Setting::CustomModelPath).isEmpty());
            CHECK(browserName->text() == fixture.builtIn.name);
        }
        SECTION("and keeps it when the next file is broken")
        {
            window.openModelFile(fixture.dataDir.writeFile(QStringLiteral("broken.json"), "[]"));
            CHECK(window.findChild<ModelProblemsDialog *>() != nullptr);
            CHECK(window.model().name == RenamedModelName);
            CHECK(fixture.settings.value(Setting::CustomModelPath) == path);
        }
    }
    SECTION("with warnings, which are shown")
    {
        QJsonObject json =
            QJsonDocument::fromJson(test::renamedDefaultModelJson(RenamedModelName)).object();
        json.insert(QStringLiteral("colour"), QStringLiteral("teal"));
        const QString path = fixture.dataDir.writeFile(
            QStringLiteral("with-warning.json"), QJsonDocument(json).toJson());
        const ModelLoadResult expected = PracticeModelLoader::loadFile(path);
        REQUIRE(expected.ok());
        REQUIRE_FALSE(expected.warnings().isEmpty());

        window.openModelFile(path);

        CHECK(window.model().name == RenamedModelName);
        CHECK(fixture.settings.value(Setting::CustomModelPath) == path);
        const auto *dialog = window.findChild<ModelProblemsDialog *>();
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->problems() == issueLines(expected.warnings()));
    }
}

TEST_CASE("The window's size and layout are saved on close and restored by the next window")
{
    test::TemporaryDataDir dataDir;
    const QString settingsFile = dataDir.filePath(QStringLiteral("settings.ini"));
    const PracticeModel model = builtInModel();
    const QSize chosenSize(640, 480);
    {
        AppSettings settings(settingsFile);
        const std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
        MainWindow first(settings, model, *journal);
        const QRect available = first.screen()->availableGeometry();
        CHECK(first.width() <= available.width());
        CHECK(first.height() <= available.height());
        CHECK(available.contains(first.geometry()));

        first.resize(chosenSize);
        first.show();
        REQUIRE(QTest::qWaitForWindowExposed(&first));
        trigger(first, "quitAction");
        CHECK_FALSE(first.isVisible());
        CHECK_FALSE(settings.value(Setting::WindowGeometry).isEmpty());
        CHECK_FALSE(settings.value(Setting::WindowState).isEmpty());
    }
    AppSettings settings(settingsFile);
    const std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
    MainWindow second(settings, model, *journal);
    CHECK(second.size() == chosenSize);
}

TEST_CASE("About Toward names the app and its version")
{
    WindowOnTemporaryData fixture;
    trigger(fixture.window, "aboutAction");
    const auto *about = fixture.window.findChild<QMessageBox *>(QStringLiteral("aboutDialog"));
    REQUIRE(about);
    CHECK(about->isVisible());
    CHECK(about->text().contains(QStringLiteral("Toward " TOWARD_VERSION)));
}
