#include "MainWindow.h"

#include "BackupChooserDialog.h"
#include "ClinicianReportWriter.h"
#include "CsvImportProblemsDialog.h"
#include "JournalIntegrityCheck.h"
#include "JournalPage.h"
#include "JournalWording.h"
#include "ModelBrowser.h"
#include "journal/JournalBackups.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalCsvImporter.h"
#include "journal/JournalStore.h"
#include "model/PracticeModelLoader.h"
#include "settings/AppSettings.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>

namespace toward {

namespace {

constexpr int StatusMessageMs = 15000;

// Each write costs the settings file a sync to disk, and most sessions end with the layout as
// it was restored, so only changes are written.
template<typename T>
void storeIfChanged(AppSettings &settings, const SettingKey<T> &key, const T &value)
{
    if (settings.value(key) != value)
        settings.setValue(key, value);
}

void openMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const QString &objectName)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void showProblem(QWidget *parent, const QString &title, const QString &text)
{
    openMessage(parent, QMessageBox::Warning, title, text, QStringLiteral("journalProblemBox"));
}

void showInformation(QWidget *parent, const QString &title, const QString &text)
{
    openMessage(parent, QMessageBox::Information, title, text, QStringLiteral("journalNoticeBox"));
}

// Where a file chosen for an export or import starts out.
QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// A file dialog that is deleted when closed and hands the chosen file to `chosen`.
template<typename Chosen>
void openFileDialog(QWidget *parent, const QString &title, const QString &objectName,
    QFileDialog::AcceptMode mode, const QString &suggestedFile, const QString &nameFilter,
    Chosen chosen)
{
    auto *dialog = new QFileDialog(parent, title, documentsFolder(), nameFilter);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(mode);
    if (mode == QFileDialog::AcceptSave) {
        dialog->setDefaultSuffix(QFileInfo(suggestedFile).suffix());
        dialog->selectFile(suggestedFile);
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

// Long file work (exports and imports of years of check-ins) shows a busy cursor.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

MainWindow::MainWindow(AppSettings &settings, PracticeModel model,
    std::unique_ptr<JournalStore> journal, QString modelFilePath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_journal(std::move(journal))
    , m_undoStack(new QUndoStack(this))
    , m_integrityCheck(new JournalIntegrityCheck(this))
    , m_modelStatusLabel(new QLabel(this))
    , m_journalStatusLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_modelStatusLabel->setObjectName(QStringLiteral("modelStatusLabel"));
    m_modelStatusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_modelStatusLabel, 1);
    m_journalStatusLabel->setObjectName(QStringLiteral("journalStatusLabel"));
    m_journalStatusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_journalStatusLabel);

    QAction *undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_ui->editMenu->addAction(undoAction);
    m_ui->editMenu->addAction(redoAction);

    connect(m_ui->openModelAction, &QAction::triggered, this, &MainWindow::chooseModelFile);
    connect(m_ui->useBuiltInModelAction, &QAction::triggered, this, &MainWindow::useBuiltInModel);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(
        m_ui->showPracticeAction, &QAction::triggered, this, [this] { showPage(Page::Practice); });
    connect(
        m_ui->showJournalAction, &QAction::triggered, this, [this] { showPage(Page::Journal); });
    connect(m_ui->showModelAction, &QAction::triggered, this, [this] { showPage(Page::Model); });
    connect(m_ui->exportCsvAction, &QAction::triggered, this, &MainWindow::chooseCsvExportFile);
    connect(m_ui->importCsvAction, &QAction::triggered, this, &MainWindow::chooseCsvImportFile);
    connect(m_ui->exportReportAction, &QAction::triggered, this, &MainWindow::chooseReportFile);
    connect(m_ui->backUpNowAction, &QAction::triggered, this, &MainWindow::backUpNow);
    connect(
        m_ui->restoreBackupAction, &QAction::triggered, this, &MainWindow::chooseBackupToRestore);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::showPageAt);
    connect(m_integrityCheck, &JournalIntegrityCheck::finished, this, &MainWindow::journalChecked);

    setModel(std::move(model), std::move(modelFilePath));
    updateJournalAccess();
    showPage(Page::Practice);
    restoreWindowLayout();
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pageStack->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(int(page));
}

void MainWindow::showPageAt(int row)
{
    if (row == int(Page::Model) && !m_modelBrowser) {
        m_modelBrowser = new ModelBrowser(m_ui->modelPage);
        m_modelBrowser->setModel(m_model);
        m_ui->modelPageLayout->addWidget(m_modelBrowser);
    }
    if (row == int(Page::Journal) && !m_journalPage) {
        m_journalPage = new JournalPage(*m_journal, *m_undoStack, systemNow, m_ui->journalPage);
        m_journalPage->setRegions(m_model.regions);
        connect(m_journalPage, &JournalPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
        m_ui->journalPageLayout->addWidget(m_journalPage);
    }
    m_ui->pageStack->setCurrentIndex(row);
}

void MainWindow::openModelFile(const QString &path)
{
    const QString filePath = QFileInfo(path).absoluteFilePath();
    const ModelLoadResult result = PracticeModelLoader::loadFile(filePath);
    if (!result.ok()) {
        showModelProblems(filePath, result.issues, ModelProblemsDialog::Outcome::KeptCurrentModel);
        return;
    }
    setModel(*result.model, filePath);
    m_settings.setValue(Setting::CustomModelPath, filePath);
    if (const ModelIssues warnings = result.warnings(); !warnings.isEmpty())
        showModelProblems(filePath, warnings, ModelProblemsDialog::Outcome::OpenedWithWarnings);
}

void MainWindow::useBuiltInModel()
{
    const ModelLoadResult result = PracticeModelLoader::loadDefault();
    if (!result.ok()) {
        showModelProblems(PracticeModelLoader::DefaultModelPath, result.issues,
            ModelProblemsDialog::Outcome::KeptCurrentModel);
        return;
    }
    setModel(*result.model, {});
    m_settings.setValue(Setting::CustomModelPath, QString());
}

void MainWindow::showModelProblems(
    const QString &filePath, const ModelIssues &issues, ModelProblemsDialog::Outcome outcome)
{
    auto *dialog = new ModelProblemsDialog(filePath, issues, outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showJournalNotice(const QString &notice)
{
    showInformation(this, tr("Your journal"), notice);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_journalCheckScheduled)
        return;
    m_journalCheckScheduled = true;
    QTimer::singleShot(JournalCheckDelay, this, &MainWindow::checkJournal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    storeIfChanged(m_settings, Setting::WindowGeometry, saveGeometry());
    storeIfChanged(m_settings, Setting::WindowState, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseModelFile()
{
    auto *dialog = new QFileDialog(this, tr("Open practice model"),
        m_settings.value(Setting::LastModelFolder), tr("Practice models (*.json)"));
    dialog->setObjectName(QStringLiteral("openModelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_settings.setValue(Setting::LastModelFolder, QFileInfo(path).absolutePath());
        openModelFile(path);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString text = QStringLiteral("<h3>")
        + tr("Toward %1").arg(QStringLiteral(TOWARD_VERSION)) + QStringLiteral("</h3><p>")
        + tr("An alignment-practice coach. The pose matters less than the direction: with each "
             "movement and each breath, move toward your spine's natural curves.")
        + QStringLiteral("</p>");
    auto *box =
        new QMessageBox(QMessageBox::NoIcon, tr("About Toward"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setModel(PracticeModel model, QString filePath)
{
    m_model = std::move(model);
    m_modelFilePath = std::move(filePath);
    m_ui->practicePage->setModel(m_model);
    if (m_modelBrowser)
        m_modelBrowser->setModel(m_model);
    if (m_journalPage)
        m_journalPage->setRegions(m_model.regions);
    m_modelStatusLabel->setText(m_modelFilePath.isEmpty()
            ? tr("Model: %1 (built-in)").arg(m_model.name)
            : tr("Model: %1 — %2").arg(m_model.name, QDir::toNativeSeparators(m_modelFilePath)));
}

void MainWindow::restoreWindowLayout()
{
    if (!restoreGeometry(m_settings.value(Setting::WindowGeometry))) {
        const QRect available = screen()->availableGeometry();
        const QSize size = QSize(1000, 700).boundedTo(available.size() * 0.9);
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(m_settings.value(Setting::WindowState));
}

JournalFilter MainWindow::journalFilter() const
{
    return m_journalPage ? m_journalPage->filter() : JournalFilter();
}

void MainWindow::chooseCsvExportFile()
{
    const JournalFilter filter = journalFilter();
    const QString count = JournalWording::checkInCount(m_journal->count(filter));
    const QString title = filter.isEmpty()
        ? tr("Export all check-ins to CSV (%1)").arg(count)
        : tr("Export the check-ins that match the filters to CSV (%1)").arg(count);
    openFileDialog(this, title, QStringLiteral("exportCsvDialog"), QFileDialog::AcceptSave,
        tr("toward-journal-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"), [this, filter](const QString &path) { exportCsv(path, filter); });
}

void MainWindow::exportCsv(const QString &path, const JournalFilter &filter)
{
    const Result<qint64> written = [&] {
        const BusyCursor busy;
        return JournalCsvExporter::writeFile(*m_journal, filter, path);
    }();
    if (!written.ok()) {
        showProblem(this, tr("Export CSV"),
            tr("The check-ins could not be exported to %1: %2")
                .arg(QDir::toNativeSeparators(path), written.error()));
        return;
    }
    statusBar()->showMessage(
        tr("Exported %1 to %2")
            .arg(JournalWording::checkInCount(written.value()), QDir::toNativeSeparators(path)),
        StatusMessageMs);
}

void MainWindow::chooseCsvImportFile()
{
    openFileDialog(this, tr("Import check-ins from CSV"), QStringLiteral("importCsvDialog"),
        QFileDialog::AcceptOpen, {}, tr("CSV files (*.csv);;All files (*)"),
        [this](const QString &path) { importCsv(path); });
}

void MainWindow::importCsv(const QString &path)
{
    const JournalCsvImport imported = [&] {
        const BusyCursor busy;
        return JournalCsvImporter::importFile(*m_journal, path);
    }();
    if (!imported.ok()) {
        auto *dialog = new CsvImportProblemsDialog(path, imported.problems, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    refreshJournalPage();
    const QString already = imported.alreadyInJournal == 1
        ? tr("1 was already in the journal.")
        : tr("%1 were already in the journal.").arg(imported.alreadyInJournal);
    showInformation(this, tr("Import CSV"),
        tr("Imported %1; %2").arg(JournalWording::checkInCount(imported.added), already));
}

void MainWindow::chooseReportFile()
{
    const JournalFilter filter = journalFilter();
    const QString title = filter.isEmpty()
        ? tr("Export a report on all check-ins (PDF)")
        : tr("Export a report on the check-ins that match the filters (PDF)");
    openFileDialog(this, title, QStringLiteral("exportReportDialog"), QFileDialog::AcceptSave,
        tr("toward-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("PDF files (*.pdf)"),
        [this, filter](const QString &path) { exportReport(path, filter); });
}

void MainWindow::exportReport(const QString &path, const JournalFilter &filter)
{
    const Result<qint64> written = [&] {
        const BusyCursor busy;
        return ClinicianReportWriter::writeFile(
            *m_journal, filter, path, QDateTime::currentDateTime());
    }();
    if (!written.ok()) {
        showProblem(this, tr("Export report"),
            tr("The report could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(path), written.error()));
        return;
    }
    statusBar()->showMessage(
        tr("Wrote a report on %1 to %2")
            .arg(JournalWording::checkInCount(written.value()), QDir::toNativeSeparators(path)),
        StatusMessageMs);
}

void MainWindow::backUpNow()
{
    const JournalBackups backups(QFileInfo(m_journal->filePath()).absolutePath());
    const Result<QString> made = backups.backUpNow(*m_journal, QDateTime::currentDateTime());
    if (!made.ok()) {
        showProblem(this, tr("Back up now"),
            tr("The journal could not be backed up: %1").arg(made.error()));
        return;
    }
    statusBar()->showMessage(
        tr("Journal backed up to %1").arg(QDir::toNativeSeparators(made.value())), StatusMessageMs);
}

void MainWindow::checkJournal()
{
    // A journal is open read-only because of a problem already known; as it is not written, it
    // needs no backup either.
    if (!m_journal->isReadOnly())
        m_integrityCheck->start(m_journal->filePath());
}

void MainWindow::journalChecked(const QString &problem)
{
    if (problem.isEmpty()) {
        backUpIfDue();
        return;
    }
    QString text = tr("Toward found damage in your journal: %1").arg(problem);
    // Writing more into a damaged file could lose more of it.
    JournalStore::OpenResult readOnly = JournalStore::open(m_journal->filePath(),
        JournalStore::Access::ReadOnly, JournalStore::Verification::Deferred);
    if (readOnly.store) {
        m_undoStack->clear();
        replaceJournal(std::move(readOnly.store));
        text += QStringLiteral("\n\n")
            + tr("So that nothing more is written into it, the journal is now open read-only: you "
                 "can still read and export what it holds. To go on journaling, restore a backup "
                 "with Journal > Restore from backup…");
    }
    m_journalStatusLabel->setText(
        m_journal->isReadOnly() ? tr("Journal damaged: open read-only") : tr("Journal damaged"));
    m_journalStatusLabel->setToolTip(problem);
    showProblem(this, tr("Your journal is damaged"), text);
}

void MainWindow::backUpIfDue()
{
    const JournalBackups backups(QFileInfo(m_journal->filePath()).absolutePath());
    const Result<std::optional<QString>> made =
        backups.backUpIfDue(*m_journal, QDateTime::currentDateTime());
    if (!made.ok()) {
        m_journalStatusLabel->setText(tr("Daily backup failed"));
        m_journalStatusLabel->setToolTip(made.error());
        statusBar()->showMessage(tr("The daily backup failed: %1").arg(made.error()));
    }
}

void MainWindow::chooseBackupToRestore()
{
    const QList<JournalBackup> backups =
        JournalBackups(QFileInfo(m_journal->filePath()).absolutePath()).list();
    if (backups.isEmpty()) {
        showInformation(this, tr("Restore from backup"),
            tr("There are no backups yet. Toward makes one each day it is used; Journal > Back up "
               "now makes one at once."));
        return;
    }
    auto *chooser = new BackupChooserDialog(backups, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser] {
        confirmRestore(chooser->chosenBackupPath(), chooser->chosenBackupDescription());
    });
    chooser->open();
}

void MainWindow::confirmRestore(const QString &backupPath, const QString &backupDescription)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore from backup"),
        tr("Replace your journal with the backup made %1?").arg(backupDescription),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRestoreBox"));
    box->setInformativeText(tr("Your journal as it is now is kept in the backups folder first. "
                               "Check-ins made since the backup will not be shown."));
    box->button(QMessageBox::Yes)->setText(tr("&Restore"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box->button(QMessageBox::Yes), &QAbstractButton::clicked, this,
        [this, backupPath] { restoreBackup(backupPath); });
    box->open();
}

void MainWindow::restoreBackup(const QString &backupPath)
{
    const QString journalPath = m_journal->filePath();
    const JournalStore::Access accessBefore =
        m_journal->isReadOnly() ? JournalStore::Access::ReadOnly : JournalStore::Access::ReadWrite;
    m_integrityCheck->abandon();
    // Undoing a change to the journal being replaced would change the wrong one.
    m_undoStack->clear();
    m_journal->close();
    const Result<QString> kept =
        JournalBackups::restore(backupPath, journalPath, QDateTime::currentDateTime());
    // A restored backup passed the full check on its way in; a journal that was not replaced is
    // opened again as it was.
    JournalStore::OpenResult reopened =
        JournalStore::open(journalPath, kept.ok() ? JournalStore::Access::ReadWrite : accessBefore,
            JournalStore::Verification::Deferred);
    if (!reopened.store) {
        QMessageBox::critical(this, tr("Restore from backup"),
            tr("The journal cannot be opened: %1\n\nToward will close now. Your files are in %2.")
                .arg(reopened.problem.message,
                    QDir::toNativeSeparators(QFileInfo(journalPath).absolutePath())));
        close();
        return;
    }
    replaceJournal(std::move(reopened.store));
    if (!kept.ok()) {
        showProblem(this, tr("Restore from backup"),
            tr("The backup could not be restored: %1\n\nYour journal was not replaced.")
                .arg(kept.error()));
        return;
    }
    QString text = tr("Your journal was restored from the backup.");
    if (!kept.value().isEmpty())
        text += u'\n'
            + tr("The journal it replaced is kept as %1.")
                  .arg(QDir::toNativeSeparators(kept.value()));
    showInformation(this, tr("Restore from backup"), text);
}

void MainWindow::replaceJournal(std::unique_ptr<JournalStore> journal)
{
    m_journal = std::move(journal);
    if (m_journalPage)
        m_journalPage->setJournal(*m_journal);
    updateJournalAccess();
}

void MainWindow::updateJournalAccess()
{
    const bool readOnly = m_journal->isReadOnly();
    setWindowTitle(readOnly ? tr("Toward — journal open read-only") : tr("Toward"));
    m_journalStatusLabel->setText(
        readOnly ? tr("Journal open read-only: nothing can be changed") : QString());
    m_journalStatusLabel->setToolTip(
        readOnly ? QDir::toNativeSeparators(m_journal->filePath()) : QString());
    // Restoring stays: it never writes into this journal but keeps it whole and puts a backup in
    // its place, which is the way back from a damaged one.
    for (QAction *writing : {m_ui->importCsvAction, m_ui->backUpNowAction})
        writing->setEnabled(!readOnly);
}

void MainWindow::refreshJournalPage()
{
    if (m_journalPage)
        m_journalPage->refresh();
}

} // namespace toward
