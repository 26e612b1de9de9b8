#include "journal/JournalActions.h"

#include "ClinicianReportWriter.h"
#include "journal/BackupChooserDialog.h"
#include "journal/CsvImportProblemsDialog.h"
#include "journal/JournalBackups.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalCsvImporter.h"
#include "journal/JournalIntegrityCheck.h"
#include "journal/JournalStore.h"
#include "journal/JournalWording.h"
#include "widgets/FileDialogs.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace toward {

namespace {

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

// Long file work (exports and imports of years of check-ins) shows a busy cursor.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

JournalActions::JournalActions(
    std::unique_ptr<JournalStore> journal, const PracticeModel &model, QWidget *window, Clock now)
    : QObject(window)
    , m_window(window)
    , m_journal(std::move(journal))
    , m_model(model)
    , m_now(std::move(now))
    , m_undoStack(new QUndoStack(this))
    , m_integrityCheck(new JournalIntegrityCheck(this))
    , m_statusLabel(new QLabel(window))
{
    m_statusLabel->setObjectName(QStringLiteral("journalStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    connect(
        m_integrityCheck, &JournalIntegrityCheck::finished, this, &JournalActions::journalChecked);
    updateAccess();
}

JournalActions::~JournalActions() = default;

void JournalActions::setFilterSource(std::function<JournalFilter()> filterSource)
{
    m_filterSource = std::move(filterSource);
}

void JournalActions::scheduleCheck()
{
    if (m_checkScheduled)
        return;
    m_checkScheduled = true;
    QTimer::singleShot(CheckDelay, this, &JournalActions::checkJournal);
}

void JournalActions::showNotice(const QString &notice)
{
    showInformation(m_window, tr("Your journal"), notice);
}

void JournalActions::chooseCsvExportFile()
{
    const JournalFilter filter = m_filterSource();
    const QString count = JournalWording::checkInCount(m_journal->count(filter));
    const QString title = filter.isEmpty()
        ? tr("Export all check-ins to CSV (%1)").arg(count)
        : tr("Export the check-ins that match the filters to CSV (%1)").arg(count);
    openFileDialog(m_window, this, title, QStringLiteral("exportCsvDialog"),
        QFileDialog::AcceptSave,
        tr("toward-journal-%1.csv").arg(m_now().date().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"), [this, filter](const QString &path) { exportCsv(path, filter); });
}

void JournalActions::exportCsv(const QString &path, const JournalFilter &filter)
{
    const Result<qint64> written = [&] {
        const BusyCursor busy;
        return JournalCsvExporter::writeFile(*m_journal, filter, path);
    }();
    if (!written.ok()) {
        showProblem(m_window, tr("Export CSV"),
            tr("The check-ins could not be exported to %1: %2")
                .arg(QDir::toNativeSeparators(path), written.error()));
        return;
    }
    emit statusMessage(
        tr("Exported %1 to %2")
            .arg(JournalWording::checkInCount(written.value()), QDir::toNativeSeparators(path)));
}

void JournalActions::chooseCsvImportFile()
{
    openFileDialog(m_window, this, tr("Import check-ins from CSV"),
        QStringLiteral("importCsvDialog"), QFileDialog::AcceptOpen, {},
        tr("CSV files (*.csv);;All files (*)"), [this](const QString &path) { importCsv(path); });
}

void JournalActions::importCsv(const QString &path)
{
    const JournalCsvImport imported = [&] {
        const BusyCursor busy;
        return JournalCsvImporter::importFile(*m_journal, path, m_model);
    }();
    if (!imported.ok()) {
        auto *dialog = new CsvImportProblemsDialog(path, imported.problems, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    emit checkInsImported();
    const QString already = imported.alreadyInJournal == 1
        ? tr("1 was already in the journal.")
        : tr("%1 were already in the journal.").arg(imported.alreadyInJournal);
    showInformation(m_window, tr("Import CSV"),
        tr("Imported %1; %2").arg(JournalWording::checkInCount(imported.added), already));
}

void JournalActions::chooseReportFile()
{
    const JournalFilter filter = m_filterSource();
    const QString title = filter.isEmpty()
        ? tr("Export a report on all check-ins (PDF)")
        : tr("Export a report on the check-ins that match the filters (PDF)");
    openFileDialog(m_window, this, title, QStringLiteral("exportReportDialog"),
        QFileDialog::AcceptSave,
        tr("toward-report-%1.pdf").arg(m_now().date().toString(Qt::ISODate)),
        tr("PDF files (*.pdf)"),
        [this, filter](const QString &path) { exportReport(path, filter); });
}

void JournalActions::exportReport(const QString &path, const JournalFilter &filter)
{
    const Result<qint64> written = [&] {
        const BusyCursor busy;
        return ClinicianReportWriter::writeFile(*m_journal, filter, path, m_now());
    }();
    if (!written.ok()) {
        showProblem(m_window, tr("Export report"),
            tr("The report could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(path), written.error()));
        return;
    }
    emit statusMessage(
        tr("Wrote a report on %1 to %2")
            .arg(JournalWording::checkInCount(written.value()), QDir::toNativeSeparators(path)));
}

void JournalActions::backUpNow()
{
    const Result<QString> made = JournalBackups(journalFolder()).backUpNow(*m_journal, m_now());
    if (!made.ok()) {
        showProblem(m_window, tr("Back up now"),
            tr("The journal could not be backed up: %1").arg(made.error()));
        return;
    }
    emit statusMessage(tr("Journal backed up to %1").arg(QDir::toNativeSeparators(made.value())));
}

void JournalActions::checkJournal()
{
    // A journal is open read-only because of a problem already known; as it is not written, it
    // needs no backup either.
    if (!m_journal->isReadOnly())
        m_integrityCheck->start(m_journal->filePath());
}

void JournalActions::journalChecked(const QString &problem)
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
    m_statusLabel->setText(
        m_journal->isReadOnly() ? tr("Journal damaged: open read-only") : tr("Journal damaged"));
    m_statusLabel->setToolTip(problem);
    showProblem(m_window, tr("Your journal is damaged"), text);
}

void JournalActions::backUpIfDue()
{
    const Result<std::optional<QString>> made =
        JournalBackups(journalFolder()).backUpIfDue(*m_journal, m_now());
    if (!made.ok()) {
        m_statusLabel->setText(tr("Daily backup failed"));
        m_statusLabel->setToolTip(made.error());
        emit lastingStatusMessage(tr("The daily backup failed: %1").arg(made.error()));
    }
}

void JournalActions::chooseBackupToRestore()
{
    const QList<JournalBackup> backups = JournalBackups(journalFolder()).list();
    if (backups.isEmpty()) {
        showInformation(m_window, tr("Restore from backup"),
            tr("There are no backups yet. Toward makes one each day it is used; Journal > Back up "
               "now makes one at once."));
        return;
    }
    auto *chooser = new BackupChooserDialog(backups, m_window);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser] {
        confirmRestore(chooser->chosenBackupPath(), chooser->chosenBackupDescription());
    });
    chooser->open();
}

void JournalActions::confirmRestore(const QString &backupPath, const QString &backupDescription)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore from backup"),
        tr("Replace your journal with the backup made %1?").arg(backupDescription),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
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

void JournalActions::restoreBackup(const QString &backupPath)
{
    const QString journalPath = m_journal->filePath();
    const JournalStore::Access accessBefore =
        m_journal->isReadOnly() ? JournalStore::Access::ReadOnly : JournalStore::Access::ReadWrite;
    m_integrityCheck->abandon();
    // Undoing a change to the journal being replaced would change the wrong one.
    m_undoStack->clear();
    m_journal->close();
    const Result<QString> kept = JournalBackups::restore(backupPath, journalPath, m_now());
    // A restored backup passed the full check on its way in; a journal that was not replaced is
    // opened again as it was.
    JournalStore::OpenResult reopened =
        JournalStore::open(journalPath, kept.ok() ? JournalStore::Access::ReadWrite : accessBefore,
            JournalStore::Verification::Deferred);
    if (!reopened.store) {
        QMessageBox::critical(m_window, tr("Restore from backup"),
            tr("The journal cannot be opened: %1\n\nToward will close now. Your files are in %2.")
                .arg(reopened.problem.message,
                    QDir::toNativeSeparators(QFileInfo(journalPath).absolutePath())));
        m_window->close();
        return;
    }
    replaceJournal(std::move(reopened.store));
    if (!kept.ok()) {
        showProblem(m_window, tr("Restore from backup"),
            tr("The backup could not be restored: %1\n\nYour journal was not replaced.")
                .arg(kept.error()));
        return;
    }
    QString text = tr("Your journal was restored from the backup.");
    if (!kept.value().isEmpty())
        text += u'\n'
            + tr("The journal it replaced is kept as %1.")
                  .arg(QDir::toNativeSeparators(kept.value()));
    showInformation(m_window, tr("Restore from backup"), text);
}

void JournalActions::replaceJournal(std::unique_ptr<JournalStore> journal)
{
    m_journal = std::move(journal);
    emit journalReplaced(*m_journal);
    updateAccess();
}

void JournalActions::updateAccess()
{
    const bool readOnly = m_journal->isReadOnly();
    m_statusLabel->setText(
        readOnly ? tr("Journal open read-only: nothing can be changed") : QString());
    m_statusLabel->setToolTip(
        readOnly ? QDir::toNativeSeparators(m_journal->filePath()) : QString());
    emit accessChanged(readOnly);
}

QString JournalActions::journalFolder() const
{
    return QFileInfo(m_journal->filePath()).absolutePath();
}

} // namespace toward
