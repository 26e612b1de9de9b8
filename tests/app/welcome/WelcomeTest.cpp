#include "AppTestKeyboard.h"
#include "AppTestModels.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "checkin/CheckInPage.h"
#include "journal/JournalTestData.h"
#include "settings/AppSettings.h"
#include "welcome/WelcomeDialog.h"
#include "welcome/WelcomePicture.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;
using namespace toward;
using test::builtInModel;
using test::press;

namespace {

// Toward started on a fresh data directory, the way main.cpp starts it with its window.
struct FirstStart {
    // A second call is a restart on the same settings.
    void start(bool askForWelcome = true, const std::optional<QString> &checkInRequest = {})
    {
        window.reset();
        journal.reset();
        journal = test::openJournalIn(dataDir.path());
        window = std::make_unique<MainWindow>(settings, builtInModel(), *journal);
        if (checkInRequest)
            window->requestCheckIn(*checkInRequest);
        if (askForWelcome)
            window->welcomeOnFirstStart();
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    test::TemporaryDataDir dataDir;
    AppSettings settings {dataDir.filePath(u"settings.ini"_s)};
    std::unique_ptr<Journal> journal;
    std::unique_ptr<MainWindow> window;
};

// Waits for the welcome to open and take the keyboard.
WelcomeDialog *waitForWelcome()
{
    WelcomeDialog *welcome = nullptr;
    REQUIRE(QTest::qWaitFor([&welcome] {
        welcome = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget());
        return welcome && QApplication::focusWidget()
            && QApplication::focusWidget()->window() == welcome;
    }));
    return welcome;
}

// Lets every queued start-up step run; a welcome would have opened by then.
bool noWelcomeOpens(const MainWindow &window)
{
    QTest::qWait(50);
    return window.findChild<WelcomeDialog *>() == nullptr;
}

void closeWith(WelcomeDialog *welcome, MainWindow &window, Qt::Key key)
{
    const QPointer<WelcomeDialog> open(welcome);
    press(key);
    REQUIRE(QTest::qWaitFor([&open] { return !open; })); // deleted on close
    test::activateAgain(&window);
}

bool storedAsSeen(const FirstStart &start)
{
    AppSettings reread(start.dataDir.filePath(u"settings.ini"_s));
    return reread.value(Setting::WelcomeSeen);
}

QStringList texts(const QWidget &parent)
{
    QStringList shown;
    for (const QLabel *label : parent.findChildren<QLabel *>()) {
        if (label->isVisible())
            shown.append(label->text());
    }
    return shown;
}

// How many pixels of each colour an image of the picture has.
std::map<QRgb, int> colourCounts(WelcomePicture &picture, const QPalette &palette)
{
    picture.setPalette(palette);
    picture.resize(picture.sizeHint());
    QImage image(picture.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2); // as at 200% scale
    image.fill(Qt::transparent);
    picture.render(&image);
    std::map<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    return counts;
}

QRgb mostCommon(const std::map<QRgb, int> &counts)
{
    return std::max_element(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second < b.second;
    })->first;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x5a, 0x9b, 0xd8));
    return dark;
}

} // namespace

TEST_CASE(
    "The first start opens the welcome; Esc closes it, and the next start has none", "[welcome]")
{
    FirstStart start;
    start.start();
    WelcomeDialog *welcome = waitForWelcome();
    CHECK(welcome->windowTitle() == u"Welcome to Toward"_s);
    CHECK(welcome->findChild<WelcomePicture *>()->isVisible());
    const QString shown = texts(*welcome).join(u'\n');
    CHECK(shown.contains(u"toward its natural curve, not away"_s));
    CHECK(shown.contains(u"strength or space, play or support"_s));
    CHECK(shown.contains(u"exhale fully, inhale deeply"_s));
    CHECK(shown.contains(u"stays on this computer"_s));
    CHECK_FALSE(storedAsSeen(start));

    closeWith(welcome, *start.window, Qt::Key_Escape);
    CHECK(start.window->currentPage() == MainWindow::Page::Today);
    CHECK(start.window->checkInPage() == nullptr);
    REQUIRE(start.settings.sync());
    CHECK(storedAsSeen(start));

    start.start();
    CHECK(noWelcomeOpens(*start.window));
}

TEST_CASE("Enter on the welcome starts a first check-in", "[welcome]")
{
    FirstStart start;
    start.start();
    WelcomeDialog *welcome = waitForWelcome();
    auto *startButton = welcome->findChild<QPushButton *>(u"startCheckInButton"_s);
    REQUIRE(startButton);
    CHECK(startButton->isDefault());
    CHECK(QApplication::focusWidget() == startButton);

    closeWith(welcome, *start.window, Qt::Key_Return);
    CHECK(start.window->currentPage() == MainWindow::Page::CheckIn);
    REQUIRE(start.window->checkInPage());
    CHECK(start.window->checkInPage()->isInProgress());
    CHECK(start.settings.value(Setting::WelcomeSeen));
}

TEST_CASE("Look around first closes the welcome and asks nothing more", "[welcome]")
{
    FirstStart start;
    start.start();
    waitForWelcome();
    press(Qt::Key_L, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return start.window->findChild<WelcomeDialog *>() == nullptr; }));
    CHECK(start.window->currentPage() == MainWindow::Page::Today);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(start.settings.value(Setting::WelcomeSeen));
}

TEST_CASE("Help, How Toward works shows the welcome again, only explaining", "[welcome]")
{
    FirstStart start;
    start.settings.setValue(Setting::WelcomeSeen, true);
    start.start();
    REQUIRE(noWelcomeOpens(*start.window));

    // F1, as the Help menu says.
    press(Qt::Key_F1);
    WelcomeDialog *welcome = waitForWelcome();
    CHECK(welcome->windowTitle() == u"How Toward works"_s);
    CHECK(welcome->findChild<QPushButton *>(u"startCheckInButton"_s) == nullptr);
    CHECK_FALSE(texts(*welcome).join(u'\n').contains(u"look around first"_s));
    closeWith(welcome, *start.window, Qt::Key_Return);
    CHECK(start.window->currentPage() == MainWindow::Page::Today);

    start.window->findChild<QAction *>(u"howTowardWorksAction"_s)->trigger();
    closeWith(waitForWelcome(), *start.window, Qt::Key_Escape);
    CHECK(start.window->currentPage() == MainWindow::Page::Today);
    CHECK(start.settings.value(Setting::WelcomeSeen));
}

TEST_CASE("The welcome waits when nothing asks for it, or a check-in was asked for", "[welcome]")
{
    FirstStart start;

    SECTION("a window not asked to welcome: the tests', a start in the tray, a benchmark's")
    {
        start.start(false);
        CHECK(noWelcomeOpens(*start.window));
    }
    SECTION("a start with --check-in")
    {
        start.start(true, QString());
        CHECK(noWelcomeOpens(*start.window));
        CHECK(start.window->currentPage() == MainWindow::Page::CheckIn);
    }
    SECTION("a start with --practice of a practice the model does not have")
    {
        start.start(true, u"no-such-practice"_s);
        REQUIRE(QTest::qWaitFor([&] {
            return start.window->findChild<QMessageBox *>(u"practiceProblemBox"_s) != nullptr;
        }));
        CHECK(noWelcomeOpens(*start.window));
    }
    CHECK_FALSE(start.settings.value(Setting::WelcomeSeen));
}

TEST_CASE("The welcome's picture is painted from the palette, light or dark", "[welcome]")
{
    WelcomePicture picture;
    CHECK_FALSE(picture.accessibleName().isEmpty());
    CHECK_FALSE(picture.accessibleDescription().isEmpty());

    SECTION("dark: a dark ground with lighter lines, nothing white")
    {
        const QPalette dark = darkPalette();
        const std::map<QRgb, int> counts = colourCounts(picture, dark);
        const QColor ground = QColor::fromRgba(mostCommon(counts));
        CHECK(ground == dark.color(QPalette::Base));
        bool lighterLines = false;
        bool white = false;
        for (const auto &[rgba, count] : counts) {
            const QColor colour = QColor::fromRgba(rgba);
            lighterLines = lighterLines || colour.lightness() > ground.lightness() + 60;
            white = white || (qAlpha(rgba) == 255 && colour.lightness() > 245);
        }
        CHECK(lighterLines);
        CHECK_FALSE(white);
        CHECK(counts.count(dark.color(QPalette::Highlight).rgba()) == 1); // the arrows
    }
    SECTION("light: the palette's own ground")
    {
        QPalette light;
        light.setColor(QPalette::Base, QColor(0xfb, 0xf8, 0xf1));
        light.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        const std::map<QRgb, int> counts = colourCounts(picture, light);
        CHECK(QColor::fromRgba(mostCommon(counts)) == light.color(QPalette::Base));
    }
}
