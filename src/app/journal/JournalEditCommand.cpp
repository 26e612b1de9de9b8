#include "journal/JournalEditCommand.h"

#include "journal/Journal.h"

namespace toward {

JournalEditCommand::JournalEditCommand(const QString &text, Journal &journal, Report report)
    : QUndoCommand(text)
    , m_journal(journal)
    , m_report(std::move(report))
{
}

JournalStore &JournalEditCommand::store() const
{
    return m_journal.store();
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
