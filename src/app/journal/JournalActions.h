#pragma once

#include "Clock.h"
#include "journal/JournalFilter.h"

#include <QObject>

#include <chrono>
#include <functional>

class QLabel;
class QUndoStack;
class QWidget;

namespace toward {

class Journal;
class JournalWorker;
struct JournalCsvExport;
struct PracticeModel;

// The menus and dialogs of the journal's file work (CSV export and import, the report, backups
// and restoring one), the integrity check and daily backup after the start, and the undo stack
// for changes to the journal. The heavy work runs on a worker thread with its own connection,
// behind a progress dialog, so the window stays responsive.
class JournalActions final : public QObject {
    Q_OBJECT

public:
    // The integrity check and the daily backup wait this long after scheduleCheck(), so neither
    // holds up the start.
    static constexpr std::chrono::milliseconds DefaultCheckDelay {3000};

    // `journal` must outlive the actions. Imported check-ins take their names from `model`, the
    // one in use, which must outlive the actions too. `window` is the parent of these actions and
    // of their dialogs and status label; it is closed if the journal cannot be opened again after
    // a restore.
    JournalActions(Journal &journal, const PracticeModel &model, QWidget *window,
        Clock now = systemNow, std::chrono::milliseconds checkDelay = DefaultCheckDelay);
    ~JournalActions() override;

    QUndoStack &undoStack() const { return *m_undoStack; }
    // What is lastingly wrong with the journal, if anything, for the window's status bar.
    QLabel *statusLabel() const { return m_statusLabel; }
    // The check-ins that exports cover, e.g. the Journal page's filter; all until it is set.
    void setFilterSource(std::function<JournalFilter()> filterSource);
    // True while work runs on the worker thread (the check, a backup, an export...).
    bool isBusy() const;

    // Starts the integrity check, then the daily backup, after the check delay; only the first
    // call does anything.
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
    void checkInsImported();
    // Something done that the person may want to know for a while, e.g. in a status bar.
    void statusMessage(const QString &message);
    // A problem to keep in view until something else is said.
    void lastingStatusMessage(const QString &message);
    // The worker finished all the work given to it.
    void idle();

private:
    // Runs `work` on the worker behind a progress dialog saying `text`, then `done` here.
    template<typename T>
    void runWithProgress(const QString &title, const QString &text, std::function<T()> work,
        std::function<void(T)> done);
    void checkJournal();
    void journalChecked(const QString &damage, const QString &details, const QString &backupError);
    void exported(const QString &path, const JournalCsvExport &result);
    void confirmRestore(const QString &backupPath, const QString &backupDescription);
    void journalReset();
    void updateAccess();

    QWidget *m_window;
    Journal &m_journal;
    const PracticeModel &m_model;
    Clock m_now;
    std::chrono::milliseconds m_checkDelay;
    QUndoStack *m_undoStack;
    JournalWorker *m_worker;
    QLabel *m_statusLabel;
    std::function<JournalFilter()> m_filterSource = [] { return JournalFilter(); };
    bool m_checkScheduled = false;
};

} // namespace toward
