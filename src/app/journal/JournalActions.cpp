#include "journal/JournalActions.h"

#include "ClinicianReportWriter.h"
#include "journal/BackupChooserDialog.h"
#include "journal/CsvImportProblemsDialog.h"
#include "journal/Journal.h"
#include "journal/JournalBackups.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalCsvImporter.h"
#include "journal/JournalWording.h"
#include "journal/JournalWorker.h"
#include "model/PracticeModel.h"
#include "widgets/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
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

// Opens the journal at `journalPath` on the thread that runs this, for work on the worker.
JournalStore::OpenResult openOnWorker(const QString &journalPath, JournalStore::Access access)
{
    return JournalStore::open(journalPath, access, JournalStore::Verification::Deferred);
}

} // namespace

JournalActions::JournalActions(Journal &journal, const PracticeModel &model, QWidget *window,
    Clock now, std::chrono::milliseconds checkDelay)
    : QObject(window)
    , m_window(window)
    , m_journal(journal)
    , m_model(model)
    , m_now(std::move(now))
    , m_checkDelay(checkDelay)
    , m_undoStack(new QUndoStack(this))
    , m_worker(new JournalWorker(this))
    , m_statusLabel(new QLabel(window))
{
    m_statusLabel->setObjectName(QStringLiteral("journalStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    connect(&m_journal, &Journal::reset, this, &JournalActions::journalReset);
    connect(m_worker, &JournalWorker::busyChanged, this, [this](bool busy) {
        if (!busy)
            emit idle();
    });
    updateAccess();
}

JournalActions::~JournalActions() = default;

void JournalActions::setFilterSource(std::function<JournalFilter()> filterSource)
{
    m_filterSource = std::move(filterSource);
}

bool JournalActions::isBusy() const
{
    return m_worker->isBusy();
}

template<typename T>
void JournalActions::runWithProgress(
    const QString &title, const QString &text, std::function<T()> work, std::function<void(T)> done)
{
    constexpr int ShowAfterMs = 400; // quick work needs no dialog
    auto *progress = new QProgressDialog(text, QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("journalProgressDialog"));
    progress->setWindowTitle(title);
    progress->setCancelButton(nullptr);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(ShowAfterMs);
    m_worker->run<T>(std::move(work),
        [progress = QPointer<QProgressDialog>(progress), done = std::move(done)](T result) {
            delete progress.data();
            done(std::move(result));
        });
}

void JournalActions::scheduleCheck()
{
    if (m_checkScheduled)
        return;
    m_checkScheduled = true;
    QTimer::singleShot(m_checkDelay, this, &JournalActions::checkJournal);
}

void JournalActions::showNotice(const QString &notice)
{
    showInformation(m_window, tr("Your journal"), notice);
}

void JournalActions::chooseCsvExportFile()
{
    const JournalFilter filter = m_filterSource();
    const Result<qint64> count = m_journal.store().count(filter);
    const QString counted =
        count.ok() ? JournalWording::checkInCount(count.value()) : tr("some cannot be read");
    const QString title = filter.isEmpty()
        ? tr("Export all check-ins to CSV (%1)").arg(counted)
        : tr("Export the check-ins that match the filters to CSV (%1)").arg(counted);
    openFileDialog(m_window, this, title, QStringLiteral("exportCsvDialog"),
        QFileDialog::AcceptSave,
        tr("toward-journal-%1.csv").arg(m_now().date().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"), [this, filter](const QString &path) { exportCsv(path, filter); });
}

void JournalActions::exportCsv(const QString &path, const JournalFilter &filter)
{
    runWithProgress<Result<JournalCsvExport>>(
        tr("Export CSV"), tr("Exporting check-ins to %1…").arg(QDir::toNativeSeparators(path)),
        [journalPath = m_journal.filePath(), filter, path] {
            const JournalStore::OpenResult opened =
                openOnWorker(journalPath, JournalStore::Access::ReadOnly);
            if (!opened.store)
                return Result<JournalCsvExport>::failure(opened.problem.message);
            return JournalCsvExporter::writeFile(*opened.store, filter, path);
        },
        [this, path](const Result<JournalCsvExport> &written) {
            if (!written.ok()) {
                showProblem(m_window, tr("Export CSV"),
                    tr("The check-ins could not be exported to %1: %2")
                        .arg(QDir::toNativeSeparators(path), written.error()));
                return;
            }
            exported(path, written.value());
        });
}

void JournalActions::exported(const QString &path, const JournalCsvExport &result)
{
    const QString written =
        tr("Exported %1 to %2")
            .arg(JournalWording::checkInCount(result.written), QDir::toNativeSeparators(path));
    if (result.isComplete()) {
        emit statusMessage(written);
        return;
    }
    const QString lost = result.unreadableIsExact
        ? tr("%1 could not be read from the damaged journal and are not in the file.")
              .arg(JournalWording::checkInCount(result.unreadable))
        : tr("At least %1 could not be read from the damaged journal and are not in the file.")
              .arg(JournalWording::checkInCount(result.unreadable));
    showProblem(m_window, tr("Export CSV"), written + QStringLiteral(".\n\n") + lost);
}

void JournalActions::chooseCsvImportFile()
{
    openFileDialog(m_window, this, tr("Import check-ins from CSV"),
        QStringLiteral("importCsvDialog"), QFileDialog::AcceptOpen, {},
        tr("CSV files (*.csv);;All files (*)"), [this](const QString &path) { importCsv(path); });
}

void JournalActions::importCsv(const QString &path)
{
    runWithProgress<JournalCsvImport>(
        tr("Import CSV"), tr("Importing check-ins from %1…").arg(QDir::toNativeSeparators(path)),
        // A copy of the model: the window may change its own meanwhile.
        [journalPath = m_journal.filePath(), path, model = m_model] {
            const JournalStore::OpenResult opened =
                openOnWorker(journalPath, JournalStore::Access::ReadWrite);
            if (!opened.store)
                return JournalCsvImport {0, 0, {{0, {}, opened.problem.message}}};
            return JournalCsvImporter::importFile(*opened.store, path, model);
        },
        [this, path](const JournalCsvImport &imported) {
            if (!imported.ok()) {
                auto *dialog = new CsvImportProblemsDialog(path, imported.problems, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
                return;
            }
            emit checkInsImported();
            const QString already =
                tr("%n was already in the journal.", nullptr, imported.alreadyInJournal);
            showInformation(m_window, tr("Import CSV"),
                tr("Imported %1; %2").arg(JournalWording::checkInCount(imported.added), already));
        });
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
    // QPainter may draw a PDF on any thread (unlike a widget), so the report is written on the
    // worker too.
    runWithProgress<Result<qint64>>(
        tr("Export report"), tr("Writing a report to %1…").arg(QDir::toNativeSeparators(path)),
        [journalPath = m_journal.filePath(), filter, path, now = m_now(), model = m_model] {
            const JournalStore::OpenResult opened =
                openOnWorker(journalPath, JournalStore::Access::ReadOnly);
            if (!opened.store)
                return Result<qint64>::failure(opened.problem.message);
            return ClinicianReportWriter::writeFile(*opened.store, filter, path, now, &model);
        },
        [this, path](const Result<qint64> &written) {
            if (!written.ok()) {
                showProblem(m_window, tr("Export report"),
                    tr("The report could not be written to %1: %2")
                        .arg(QDir::toNativeSeparators(path), written.error()));
                return;
            }
            emit statusMessage(tr("Wrote a report on %1 to %2")
                                   .arg(JournalWording::checkInCount(written.value()),
                                       QDir::toNativeSeparators(path)));
        });
}

void JournalActions::backUpNow()
{
    runWithProgress<Result<QString>>(
        tr("Back up now"), tr("Backing up your journal…"),
        [journalPath = m_journal.filePath(), folder = m_journal.dataDirectory(), now = m_now()] {
            return JournalBackups(folder).backUpNow(journalPath, now);
        },
        [this](const Result<QString> &made) {
            if (!made.ok()) {
                showProblem(m_window, tr("Back up now"),
                    tr("The journal could not be backed up: %1").arg(made.error()));
                return;
            }
            emit statusMessage(
                tr("Journal backed up to %1").arg(QDir::toNativeSeparators(made.value())));
        });
}

void JournalActions::checkJournal()
{
    // A journal is open read-only because of a problem already known; as it is not written, it
    // needs no backup either.
    if (m_journal.isReadOnly())
        return;
    m_worker->run<JournalBackups::CheckOutcome>(
        [journalPath = m_journal.filePath(), folder = m_journal.dataDirectory(), now = m_now()] {
            return JournalBackups(folder).checkAndBackUpIfDue(journalPath, now);
        },
        [this](const JournalBackups::CheckOutcome &outcome) {
            journalChecked(outcome.damage, outcome.damageDetails, outcome.backupError);
        });
}

void JournalActions::journalChecked(
    const QString &damage, const QString &details, const QString &backupError)
{
    if (damage.isEmpty()) {
        if (!backupError.isEmpty()) {
            m_statusLabel->setText(tr("Daily backup failed"));
            m_statusLabel->setToolTip(backupError);
            emit lastingStatusMessage(tr("The daily backup failed: %1").arg(backupError));
        }
        return;
    }
    QString text = tr("Toward found damage in your journal: %1.").arg(damage);
    if (const Result<QString> logged = m_journal.logProblem(damage, details); logged.ok())
        text +=
            u' ' + tr("The full report is in %1.").arg(QDir::toNativeSeparators(logged.value()));
    // Writing more into a damaged file could lose more of it.
    if (m_journal.switchToReadOnly(tr("The journal is damaged.")).ok()) {
        text += QStringLiteral("\n\n")
            + tr("So that nothing more is written into it, the journal is now open read-only: you "
                 "can still read and export what it holds. To go on journaling, restore a backup "
                 "with Journal > Restore from backup…");
    }
    m_statusLabel->setText(
        m_journal.isReadOnly() ? tr("Journal damaged: open read-only") : tr("Journal damaged"));
    m_statusLabel->setToolTip(damage);
    showProblem(m_window, tr("Your journal is damaged"), text);
}

void JournalActions::chooseBackupToRestore()
{
    const QList<JournalBackup> backups = JournalBackups(m_journal.dataDirectory()).list();
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
    runWithProgress<Result<JournalBackups::PreparedRestore>>(
        tr("Restore from backup"), tr("Checking the backup and keeping a copy of your journal…"),
        [backupPath, journalPath = m_journal.filePath(), now = m_now()] {
            return JournalBackups::prepareRestore(backupPath, journalPath, now);
        },
        [this](const Result<JournalBackups::PreparedRestore> &prepared) {
            if (!prepared.ok()) {
                showProblem(m_window, tr("Restore from backup"),
                    tr("The backup could not be restored: %1\n\nYour journal was not replaced.")
                        .arg(prepared.error()));
                return;
            }
            const Result<QString> kept = m_journal.completeRestore(prepared.value());
            if (!m_journal.isOpen()) {
                QMessageBox::critical(m_window, tr("Restore from backup"),
                    tr("%1\n\nToward will close now. Your files are in %2.")
                        .arg(kept.error(), QDir::toNativeSeparators(m_journal.dataDirectory())));
                m_window->close();
                return;
            }
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
        });
}

void JournalActions::journalReset()
{
    // Undoing a change to the journal that was there before would change the wrong one.
    m_undoStack->clear();
    updateAccess();
}

void JournalActions::updateAccess()
{
    const bool readOnly = m_journal.isReadOnly();
    m_statusLabel->setText(
        readOnly ? tr("Journal open read-only: nothing can be changed") : QString());
    m_statusLabel->setToolTip(readOnly ? m_journal.readOnlyReason() : QString());
}

} // namespace toward
