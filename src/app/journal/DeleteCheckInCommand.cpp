#include "journal/DeleteCheckInCommand.h"

#include "journal/JournalStore.h"

#include <QCoreApplication>

namespace toward {

DeleteCheckInCommand::DeleteCheckInCommand(JournalStore &journal, CheckIn checkIn, Report report)
    : JournalEditCommand(QCoreApplication::translate("DeleteCheckInCommand", "Delete check-in"),
        journal, std::move(report))
    , m_checkIn(std::move(checkIn))
{
}

Result<void> DeleteCheckInCommand::makeChange()
{
    if (!journal().contains(m_checkIn.id))
        return Result<void>::success();
    return journal().remove(m_checkIn.id);
}

Result<void> DeleteCheckInCommand::revertChange()
{
    if (journal().contains(m_checkIn.id))
        return Result<void>::success();
    return journal().add(m_checkIn);
}

} // namespace toward
