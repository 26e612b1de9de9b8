#pragma once

#include "journal/JournalEditCommand.h"

#include <QUuid>

namespace toward {

// Replaces a check-in's note; undoing puts the note before back.
class EditNoteCommand final : public JournalEditCommand {
public:
    EditNoteCommand(
        Journal &journal, QUuid checkInId, QString noteBefore, QString noteAfter, Report report);

private:
    Result<void> makeChange() override;
    Result<void> revertChange() override;

    QUuid m_checkInId;
    QString m_noteBefore;
    QString m_noteAfter;
};

} // namespace toward
