#pragma once

#include "journal/JournalBackups.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BackupChooserDialog;
}

namespace toward {

// Lists the journal's backups, newest first, with when each was made and how many check-ins it
// holds, and lets the person choose one to restore. Copies that cannot be read are listed but
// cannot be chosen.
class BackupChooserDialog final : public QDialog {
    Q_OBJECT

public:
    explicit BackupChooserDialog(const QList<JournalBackup> &backups, QWidget *parent = nullptr);
    ~BackupChooserDialog() override;

    // Empty until a backup is chosen.
    QString chosenBackupPath() const;
    // When the chosen backup was made and what it holds, e.g. "3/1/26 9:14 AM (1,204 check-ins)".
    QString chosenBackupDescription() const;

private:
    void updateRestoreButton();

    std::unique_ptr<Ui::BackupChooserDialog> m_ui;
};

} // namespace toward
