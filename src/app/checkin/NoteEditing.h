#pragma once

#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace toward {

// Shows `note` unless the edit already holds it, so the cursor stays where the person types.
inline void showNote(QPlainTextEdit *edit, const QString &note)
{
    if (edit->toPlainText() == note)
        return;
    const QSignalBlocker quiet(edit);
    edit->setPlainText(note);
}

// Emits `noteEdited` of `receiver` with the whole note after each edit.
template<typename Receiver>
void connectNoteEdit(
    QPlainTextEdit *edit, Receiver *receiver, void (Receiver::*noteEdited)(const QString &))
{
    QObject::connect(edit, &QPlainTextEdit::textChanged, receiver,
        [edit, receiver, noteEdited] { (receiver->*noteEdited)(edit->toPlainText()); });
}

} // namespace toward
