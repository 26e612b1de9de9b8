#pragma once

#include "journal/CheckIn.h"
#include "journal/JournalEditCommand.h"

namespace toward {

// Deletes a check-in; undoing adds it back whole, with the same id, times and note. Both are
// safe to retry after a failed write: they only change the journal when it still needs it.
class DeleteCheckInCommand final : public JournalEditCommand {
public:
    DeleteCheckInCommand(JournalStore &journal, CheckIn checkIn, Report report);

private:
    Result<void> makeChange() override;
    Result<void> revertChange() override;

    CheckIn m_checkIn;
};

} // namespace toward
