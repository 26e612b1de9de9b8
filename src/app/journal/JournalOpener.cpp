#include "journal/JournalOpener.h"

#include "settings/InstanceLock.h"

#include <QDir>

namespace toward {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

JournalOpener::JournalOpener(
    QString dataDirectory, QString journalPath, AskAboutProblem ask, Clock now)
    : m_dataDirectory(std::move(dataDirectory))
    , m_journalPath(std::move(journalPath))
    , m_ask(std::move(ask))
    , m_now(std::move(now))
{
}

JournalStart JournalOpener::open() const
{
    JournalStart start;
    Result<std::shared_ptr<InstanceLock>> lock = InstanceLock::acquire(m_dataDirectory);
    if (!lock.ok()) {
        start.refusal = lock.error();
        return start;
    }
    start.lock = std::move(lock).value();

    // Reading every page of a large journal would hold up the start: the window has it checked
    // once it is shown (JournalIntegrityCheck).
    JournalStore::OpenResult opened = JournalStore::open(
        m_journalPath, JournalStore::Access::ReadWrite, JournalStore::Verification::Deferred);
    if (opened.store) {
        start.journal = std::move(opened.store);
        return start;
    }
    return resolveProblem(std::move(start), opened.problem);
}

JournalStart JournalOpener::resolveProblem(JournalStart start, JournalOpenProblem problem) const
{
    using Action = JournalProblemChoice::Action;
    if (problem.kind == JournalOpenProblem::Kind::CannotOpen) {
        start.refusal = tr("Toward cannot open your journal. %1").arg(problem.message);
        return start;
    }

    JournalProblemPrompt prompt;
    prompt.problem = problem;
    // A file that is not a journal has nothing to read; a damaged or newer one may.
    prompt.canOpenReadOnly = problem.kind != JournalOpenProblem::Kind::NotAJournal;
    const JournalBackups backups(m_dataDirectory);
    for (;;) {
        prompt.backups = backups.list();
        const JournalProblemChoice choice = m_ask(prompt);
        QString failure;
        switch (choice.action) {
        case Action::Quit:
            return start;
        case Action::MoveAside:
            failure = moveAside(start);
            break;
        case Action::OpenReadOnly:
            failure = openReadOnly(start);
            prompt.canOpenReadOnly = failure.isEmpty();
            break;
        case Action::RestoreBackup:
            failure = restore(choice.backupPath, start);
            break;
        }
        if (failure.isEmpty())
            return start;
        prompt.lastAttemptFailure = failure;
    }
}

QString JournalOpener::moveAside(JournalStart &start) const
{
    const Result<QString> kept = JournalBackups::moveAside(m_journalPath, m_now());
    if (!kept.ok())
        return tr("The journal could not be moved aside: %1").arg(kept.error());
    JournalStore::OpenResult fresh = JournalStore::open(m_journalPath);
    if (!fresh.store) {
        start.refusal = tr("Your old journal was moved aside and is kept as %1, but a new journal "
                           "cannot be started: %2")
                            .arg(nativePath(kept.value()), fresh.problem.message);
        return {};
    }
    start.journal = std::move(fresh.store);
    start.notice = tr("Your journal could not be opened, so Toward moved it aside and started a "
                      "new, empty journal. The old file is kept, unchanged, as:\n%1")
                       .arg(nativePath(kept.value()));
    return {};
}

QString JournalOpener::openReadOnly(JournalStart &start) const
{
    // Unchecked: a damaged journal may still have most of its pages to read.
    JournalStore::OpenResult readOnly = JournalStore::open(
        m_journalPath, JournalStore::Access::ReadOnly, JournalStore::Verification::Deferred);
    if (!readOnly.store)
        return tr("It cannot be opened read-only either: %1").arg(readOnly.problem.message);
    start.journal = std::move(readOnly.store);
    return {};
}

QString JournalOpener::restore(const QString &backupPath, JournalStart &start) const
{
    const Result<QString> kept = JournalBackups::restore(backupPath, m_journalPath, m_now());
    if (!kept.ok())
        return tr("The backup could not be restored: %1").arg(kept.error());
    JournalStore::OpenResult restored = JournalStore::open(m_journalPath);
    if (!restored.store) {
        start.refusal = tr("The backup was restored, but the journal still cannot be opened: %1")
                            .arg(restored.problem.message);
        return {};
    }
    start.journal = std::move(restored.store);
    start.notice =
        tr("Toward restored your journal from the backup %1.").arg(nativePath(backupPath));
    if (!kept.value().isEmpty())
        start.notice += u'\n'
            + tr("The journal that could not be opened is kept, unchanged, as:\n%1")
                  .arg(nativePath(kept.value()));
    return {};
}

} // namespace toward
