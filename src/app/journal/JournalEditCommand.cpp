#include "journal/JournalEditCommand.h"

namespace toward {

JournalEditCommand::JournalEditCommand(const QString &text, JournalStore &journal, Report report)
    : QUndoCommand(text)
    , m_journal(journal)
    , m_report(std::move(report))
{
}

void JournalEditCommand::redo()
{
    const Result<void> result = makeChange();
    // QUndoStack::push deletes a command that is obsolete after its first redo.
    if (!result.ok() && !m_made)
        setObsolete(true);
    m_made = true;
    m_report(result);
}

void JournalEditCommand::undo()
{
    m_report(revertChange());
}

} // namespace toward
