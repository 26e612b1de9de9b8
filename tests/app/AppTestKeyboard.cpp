#include "AppTestKeyboard.h"

#include "TestSupport.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTest>

namespace toward::test {

namespace {

QWidget *focusedWidget()
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    return focus;
}

bool focusIsIn(const QWidget *window)
{
    return QApplication::focusWidget() && QApplication::focusWidget()->window() == window;
}

} // namespace

void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(focusedWidget(), key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focusedWidget(), text);
}

QMessageBox *waitForQuestion(const QString &objectName)
{
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor([&box] {
        box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        return box != nullptr;
    }));
    REQUIRE(box->objectName() == objectName);
    REQUIRE(QTest::qWaitFor([box] { return focusIsIn(box); }));
    return box;
}

void answer(QMessageBox *question, QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    const QPointer<QMessageBox> asked(question);
    press(key, modifiers);
    // A mnemonic clicks its button a moment later, as a person would see it pressed.
    REQUIRE(QTest::qWaitFor([&asked] { return !asked || !asked->isVisible(); }));
    activateAgain(window);
}

void activateAgain(QWidget *window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitFor([window] { return focusIsIn(window); }));
}

} // namespace toward::test
