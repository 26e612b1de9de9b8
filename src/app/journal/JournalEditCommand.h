#pragma once

#include "Result.h"

#include <QUndoCommand>

#include <functional>

namespace toward {

class Journal;
class JournalStore;

// A change to the journal that can be undone. Every write reports how it went; a change that
// fails when it is first made stays off the undo stack, so the stack only holds what happened.
class JournalEditCommand : public QUndoCommand {
public:
    using Report = std::function<void(const Result<void> &)>;

    void redo() final;
    void undo() final;

protected:
    // `journal` must outlive the command. Its undo stack is cleared when the journal is reset.
    JournalEditCommand(const QString &text, Journal &journal, Report report);

    JournalStore &store() const;
    virtual Result<void> makeChange() = 0;
    virtual Result<void> revertChange() = 0;

private:
    Journal &m_journal;
    Report m_report;
    bool m_made = false; // once: later redos are retries of a change that was made
};

} // namespace toward
