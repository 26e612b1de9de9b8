#include <QtGlobal>
#if defined(TOWARD_TEST_GUI)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(TOWARD_TEST_GUI_NO_WIDGETS)
// For code that paints with QtGui but has no widgets, such as the PDF report.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "TestSupport.h"
#include "i18n/Translations.h"

#include <QLocale>

// Tests never need a display: default to the offscreen platform unless the caller chose one.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    // Tests expect the built-in English model and C number formats whatever the machine's language.
    QLocale::setDefault(QLocale::c());
    TestApplication::setApplicationName(QStringLiteral("Toward tests"));
    // The messages the tests compare are English, with their plural forms as the app shows them.
    const toward::Translations english(QLocale(QLocale::English));
    return toward::test::runCatchSession(argc, argv);
}
