#include "journal/DeleteCheckInCommand.h"

#include "journal/JournalStore.h"

#include <QCoreApplication>

namespace toward {

DeleteCheckInCommand::DeleteCheckInCommand(Journal &journal, CheckIn checkIn, Report report)
    : JournalEditCommand(QCoreApplication::translate("DeleteCheckInCommand", "Delete check-in"),
        journal, std::move(report))
    , m_checkIn(std::move(checkIn))
{
}

// Deleting a check-in that is gone already, or adding back one that is there, changes nothing.
Result<void> DeleteCheckInCommand::makeChange()
{
    const Result<bool> present = store().contains(m_checkIn.id);
    if (!present.ok())
        return Result<void>::failure(present.error());
    return present.value() ? store().remove(m_checkIn.id) : Result<void>::success();
}

Result<void> DeleteCheckInCommand::revertChange()
{
    const Result<bool> present = store().contains(m_checkIn.id);
    if (!present.ok())
        return Result<void>::failure(present.error());
    return present.value() ? Result<void>::success() : store().add(m_checkIn);
}

} // namespace toward
