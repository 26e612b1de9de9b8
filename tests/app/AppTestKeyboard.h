#pragma once

#include <QString>
#include <Qt>

class QMessageBox;
class QWidget;

namespace toward::test {

// What a person at the keyboard does: every key goes to whatever has the focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void type(const QString &text);

// Waits for the question `objectName` to open and take the keyboard.
QMessageBox *waitForQuestion(const QString &objectName);
// Answers the open question with a key (e.g. Return, Escape, Alt+mnemonic) and waits until it
// has closed and `window` has the keyboard again, as the window manager would give it.
void answer(QMessageBox *question, QWidget *window, Qt::Key key,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// What the window manager does when a dialog closes: `window` is active again, with the focus.
void activateAgain(QWidget *window);

} // namespace toward::test
