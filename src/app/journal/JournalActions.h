#pragma once

#include "Clock.h"
#include "journal/JournalFilter.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QLabel;
class QUndoStack;
class QWidget;

namespace toward {

class JournalIntegrityCheck;
class JournalStore;
struct PracticeModel;

// The journal's file work behind the Journal menu (CSV export and import, the report, backups and
// restoring one), with its file dialogs and messages; the integrity check and daily backup after
// the start; and the undo stack for changes to the journal. It owns the journal, because
// restoring a backup or finding damage replaces it; everything else refers to it through here.
class JournalActions final : public QObject {
    Q_OBJECT

public:
    // The integrity check, then the daily backup, wait this long after scheduleCheck(), so
    // neither holds up the start.
    static constexpr std::chrono::milliseconds CheckDelay {3000};

    // `window` is the parent of these actions and of their dialogs and status label; it is closed
    // if the journal cannot be opened again after a restore. Imported check-ins take their names
    // from `model`, the one in use, which must outlive the actions.
    JournalActions(std::unique_ptr<JournalStore> journal, const PracticeModel &model,
        QWidget *window, Clock now = systemNow);
    ~JournalActions() override;

    JournalStore &journal() const { return *m_journal; }
    QUndoStack &undoStack() const { return *m_undoStack; }
    // What is lastingly wrong with the journal, if anything, for the window's status bar.
    QLabel *statusLabel() const { return m_statusLabel; }
    // The check-ins that exports cover, e.g. the Journal page's filter; all until it is set.
    void setFilterSource(std::function<JournalFilter()> filterSource);

    // Starts the integrity check, then the daily backup, after CheckDelay; only the first call
    // does anything.
    void scheduleCheck();
    // What was done to the journal on the way to opening it, in a non-blocking message.
    void showNotice(const QString &notice);

    // The Journal menu's actions: each asks for what it needs before the work below.
    void chooseCsvExportFile();
    void chooseCsvImportFile();
    void chooseReportFile();
    void backUpNow();
    void chooseBackupToRestore();

    void exportCsv(const QString &path, const JournalFilter &filter);
    void importCsv(const QString &path);
    void exportReport(const QString &path, const JournalFilter &filter);
    void restoreBackup(const QString &backupPath);

signals:
    // Everything that uses the journal must turn to `journal`.
    void journalReplaced(JournalStore &journal);
    void checkInsImported();
    // Also when the journal is replaced by one opened otherwise.
    void accessChanged(bool readOnly);
    // Something done that the person may want to know for a while, e.g. in a status bar.
    void statusMessage(const QString &message);
    // A problem to keep in view until something else is said.
    void lastingStatusMessage(const QString &message);

private:
    void checkJournal();
    void journalChecked(const QString &problem);
    void backUpIfDue();
    void confirmRestore(const QString &backupPath, const QString &backupDescription);
    // The undo stack must be empty.
    void replaceJournal(std::unique_ptr<JournalStore> journal);
    void updateAccess();
    QString journalFolder() const;

    QWidget *m_window;
    std::unique_ptr<JournalStore> m_journal;
    const PracticeModel &m_model;
    Clock m_now;
    QUndoStack *m_undoStack;
    JournalIntegrityCheck *m_integrityCheck;
    QLabel *m_statusLabel;
    std::function<JournalFilter()> m_filterSource = [] { return JournalFilter(); };
    bool m_checkScheduled = false;
};

} // namespace toward
