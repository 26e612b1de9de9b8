#pragma once

#include "ModelProblemsDialog.h"
#include "journal/JournalFilter.h"
#include "model/PracticeModel.h"

#include <QMainWindow>

#include <chrono>
#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;
class QUndoStack;

namespace toward {

class AppSettings;
class JournalIntegrityCheck;
class JournalPage;
class JournalStore;
class ModelBrowser;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Practice, Journal, Model };

    // The journal's integrity check, then its daily backup, wait this long after the window is
    // first shown, so neither holds up the start.
    static constexpr std::chrono::milliseconds JournalCheckDelay {3000};

    // `settings` must outlive the window. The window owns the journal, because restoring a backup
    // replaces it; everything else refers to it through the window. `modelFilePath` is empty for
    // the built-in model.
    MainWindow(AppSettings &settings, PracticeModel model, std::unique_ptr<JournalStore> journal,
        QString modelFilePath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    const PracticeModel &model() const { return m_model; }
    QString modelFilePath() const { return m_modelFilePath; }
    JournalStore &journal() const { return *m_journal; }

    Page currentPage() const;
    void showPage(Page page);

    // Switches to the model in `path` and remembers it for the next start; on errors keeps the
    // model in use. Either way every problem found is shown in a ModelProblemsDialog.
    void openModelFile(const QString &path);
    // Switches to the built-in model and forgets the custom one.
    void useBuiltInModel();
    // Opens a non-blocking ModelProblemsDialog.
    void showModelProblems(
        const QString &filePath, const ModelIssues &issues, ModelProblemsDialog::Outcome outcome);

    // What was done to the journal on the way to opening it, in a non-blocking message.
    void showJournalNotice(const QString &notice);
    // The journal file work behind the Journal menu, once a file is chosen.
    void exportCsv(const QString &path, const JournalFilter &filter);
    void importCsv(const QString &path);
    void exportReport(const QString &path, const JournalFilter &filter);
    void restoreBackup(const QString &backupPath);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showPageAt(int row); // also builds a page's widgets when it is first shown
    void chooseModelFile();
    void showAbout();
    void setModel(PracticeModel model, QString filePath);
    void restoreWindowLayout();

    JournalFilter journalFilter() const; // the Journal page's, or none before it is built
    void chooseCsvExportFile();
    void chooseCsvImportFile();
    void chooseReportFile();
    void backUpNow();
    void checkJournal();
    void journalChecked(const QString &problem);
    void backUpIfDue();
    void chooseBackupToRestore();
    void confirmRestore(const QString &backupPath, const QString &backupDescription);
    // Everything that uses the journal turns to `journal`; the undo stack must be empty.
    void replaceJournal(std::unique_ptr<JournalStore> journal);
    void updateJournalAccess();
    void refreshJournalPage();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings &m_settings;
    PracticeModel m_model;
    QString m_modelFilePath;
    std::unique_ptr<JournalStore> m_journal;
    QUndoStack *m_undoStack;
    JournalIntegrityCheck *m_integrityCheck;
    QLabel *m_modelStatusLabel;
    QLabel *m_journalStatusLabel;
    ModelBrowser *m_modelBrowser = nullptr; // built when the Model page is first shown
    JournalPage *m_journalPage = nullptr; // built when the Journal page is first shown
    bool m_journalCheckScheduled = false;
};

} // namespace toward
