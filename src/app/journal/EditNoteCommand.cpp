#include "journal/EditNoteCommand.h"

#include "journal/JournalStore.h"

#include <QCoreApplication>

namespace toward {

EditNoteCommand::EditNoteCommand(
    Journal &journal, QUuid checkInId, QString noteBefore, QString noteAfter, Report report)
    : JournalEditCommand(
        QCoreApplication::translate("EditNoteCommand", "Edit note"), journal, std::move(report))
    , m_checkInId(checkInId)
    , m_noteBefore(std::move(noteBefore))
    , m_noteAfter(std::move(noteAfter))
{
}

Result<void> EditNoteCommand::makeChange()
{
    return store().updateNote(m_checkInId, m_noteAfter);
}

Result<void> EditNoteCommand::revertChange()
{
    return store().updateNote(m_checkInId, m_noteBefore);
}

} // namespace toward
