// The German pages and dialogs show every label and button whole. Hidden from the app runner's
// default run; CTest runs it at 100% (german_layout_100) and at 200% (german_layout_200, with
// QT_SCALE_FACTOR=2).

#include "AppTestJournal.h"
#include "AppTestModels.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "i18n/Translations.h"
#include "journal/JournalPage.h"
#include "settings/AppSettings.h"
#include "welcome/WelcomeDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace toward;

namespace {

QString describe(const QWidget &widget, const QString &text, QSize needed)
{
    return QStringLiteral("%1 %2 \"%3\": needs %4x%5, has %6x%7")
        .arg(QString::fromLatin1(widget.metaObject()->className()), widget.objectName(),
            text.simplified().left(60))
        .arg(needed.width())
        .arg(needed.height())
        .arg(widget.width())
        .arg(widget.height());
}

// The visible labels and buttons of `root` whose text needs more room than they have.
QStringList clippedTexts(const QWidget &root)
{
    QStringList clipped;
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    clipped.append(describe(*label, label->text(), {label->width(), needed}));
            } else if (const QSize hint = label->sizeHint();
                       hint.width() > label->width() || hint.height() > label->height()) {
                clipped.append(describe(*label, label->text(), hint));
            }
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            if (const QSize hint = button->sizeHint();
                hint.width() > button->width() || hint.height() > button->height())
                clipped.append(describe(*button, button->text(), hint));
        }
    }
    return clipped;
}

// Checks every page of each stack and tab in `root`, the stacks inside them included.
void checkEveryPage(QWidget &root, const QString &where, QStringList &problems)
{
    QApplication::processEvents();
    for (const QString &problem : clippedTexts(root))
        problems.append(where + QStringLiteral(": ") + problem);
    for (QStackedWidget *stack : root.findChildren<QStackedWidget *>()) {
        if (!stack->isVisible() || stack->count() < 2)
            continue;
        const int shown = stack->currentIndex();
        for (int i = 0; i < stack->count(); ++i) {
            if (i == shown)
                continue;
            stack->setCurrentIndex(i);
            QApplication::processEvents();
            const QString page = where + QStringLiteral(" / ") + stack->objectName()
                + QStringLiteral(" ") + stack->widget(i)->objectName();
            for (const QString &problem : clippedTexts(*stack->widget(i)))
                problems.append(page + QStringLiteral(": ") + problem);
        }
        stack->setCurrentIndex(shown);
    }
    for (QTabWidget *tabs : root.findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            for (const QString &problem : clippedTexts(*tabs->widget(i)))
                problems.append(where + QStringLiteral(" / ") + tabs->tabText(i)
                    + QStringLiteral(": ") + problem);
        }
        tabs->setCurrentIndex(shown);
    }
}

void checkDialog(MainWindow &window, const char *actionName, QStringList &problems)
{
    auto *action = window.findChild<QAction *>(QLatin1StringView(actionName).toString());
    REQUIRE(action);
    action->trigger();
    QDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&dialog] {
        dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        return dialog && dialog->isVisible();
    }));
    checkEveryPage(*dialog, QLatin1StringView(actionName).toString(), problems);
    dialog->reject();
    CHECK(QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }));
}

const QSize WindowSize(1000, 700);

} // namespace

TEST_CASE("German pages and dialogs show their texts whole", "[.layout]")
{
    const QLocale previousDefault;
    QLocale::setDefault(QLocale(QLocale::German));
    {
        const Translations german(QLocale(QLocale::German));
        if (!german.hasTowardTranslation())
            WARN("toward_de.qm holds no translations yet: the pages are checked in English");

        test::TemporaryDataDir dataDir;
        AppSettings settings(dataDir.filePath(QStringLiteral("settings.ini")));
        const PracticeModel model = test::builtInModel();
        const std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
        REQUIRE(journal->store().addMissing(test::knownCheckIns()).ok());
        MainWindow window(settings, model, *journal);
        window.resize(WindowSize);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        QStringList problems;
        const std::pair<MainWindow::Page, const char *> pages[] {
            {MainWindow::Page::Today, "Today"},
            {MainWindow::Page::CheckIn, "Check-in"},
            {MainWindow::Page::Practice, "Practice"},
            {MainWindow::Page::Journal, "Journal"},
            {MainWindow::Page::Model, "Model"},
        };
        for (const auto &[page, name] : pages) {
            window.showPage(page);
            if (page == MainWindow::Page::Journal) {
                const auto *journalPage = window.findChild<JournalPage *>();
                REQUIRE(journalPage);
                REQUIRE(test::waitUntilCalculated(*journalPage));
            }
            // Layouts settle on the next turns of the event loop.
            QTest::qWait(50);
            checkEveryPage(window, QLatin1StringView(name).toString(), problems);
            // A label too long for its line widens the window instead of being cut.
            if (const QSize needed = window.minimumSizeHint();
                needed.width() > WindowSize.width() || needed.height() > WindowSize.height()) {
                problems.append(QStringLiteral("%1: the window needs %2x%3")
                                    .arg(QLatin1StringView(name))
                                    .arg(needed.width())
                                    .arg(needed.height()));
            }
        }
        for (const char *action : {"soundSettingsAction", "remindersAction", "fairTestAction",
                 "breathPatternsAction", "howTowardWorksAction"})
            checkDialog(window, action, problems);
        // The first start's welcome has one line and one button more than Help's.
        WelcomeDialog welcome(WelcomeDialog::Occasion::FirstStart, &window);
        welcome.show();
        REQUIRE(QTest::qWaitForWindowExposed(&welcome));
        checkEveryPage(welcome, QStringLiteral("Welcome"), problems);

        INFO("Scale " << qgetenv("QT_SCALE_FACTOR").toStdString() << ", " << problems.size()
                      << " clipped:\n"
                      << problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
    QLocale::setDefault(previousDefault);
}
