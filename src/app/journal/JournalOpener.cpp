#include "journal/JournalOpener.h"

#include "journal/Journal.h"

#include <QDir>

namespace toward {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

JournalOpener::JournalOpener(Journal &journal, AskAboutProblem ask)
    : m_journal(journal)
    , m_ask(std::move(ask))
{
}

JournalStart JournalOpener::open() const
{
    const JournalOpening opening = m_journal.open();
    JournalStart start;
    switch (opening.outcome) {
    case JournalOpening::Outcome::ReadWrite:
        break;
    case JournalOpening::Outcome::ReadOnly:
        start.notice = tr("%1\n\nYour journal is open read-only: you can review and export your "
                          "check-ins, but nothing new can be saved until this is put right.")
                           .arg(opening.reason);
        break;
    case JournalOpening::Outcome::Refused:
        start.refusal = tr("Toward cannot open your journal. %1").arg(opening.reason);
        break;
    case JournalOpening::Outcome::Problem:
        return resolveProblem(opening.problem);
    }
    return start;
}

JournalStart JournalOpener::resolveProblem(JournalOpenProblem problem) const
{
    using Action = JournalProblemChoice::Action;
    JournalStart start;
    JournalProblemPrompt prompt;
    prompt.problem = problem;
    // A file that is not a journal, or not yet one, has nothing to read; a damaged or newer one
    // may.
    prompt.canOpenReadOnly = problem.kind != JournalOpenProblem::Kind::NotAJournal
        && problem.kind != JournalOpenProblem::Kind::Unfinished;
    const JournalBackups backups(m_journal.dataDirectory());
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
            failure = openReadOnly(problem);
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
    const Result<QString> kept = m_journal.moveAsideAndStartNew();
    if (!kept.ok())
        return tr("The journal could not be moved aside: %1").arg(kept.error());
    start.notice = tr("Your journal could not be opened, so Toward moved it aside and started a "
                      "new, empty journal. The old file is kept, unchanged, as:\n%1")
                       .arg(nativePath(kept.value()));
    return {};
}

QString JournalOpener::openReadOnly(const JournalOpenProblem &problem) const
{
    if (const Result<void> opened = m_journal.openReadOnly(problem.message); !opened.ok())
        return tr("It cannot be opened read-only either: %1").arg(opened.error());
    return {};
}

QString JournalOpener::restore(const QString &backupPath, JournalStart &start) const
{
    const Result<QString> kept = m_journal.restore(backupPath);
    if (!kept.ok())
        return tr("The backup could not be restored: %1").arg(kept.error());
    start.notice =
        tr("Toward restored your journal from the backup %1.").arg(nativePath(backupPath));
    if (!kept.value().isEmpty())
        start.notice += u'\n'
            + tr("The journal that could not be opened is kept, unchanged, as:\n%1")
                  .arg(nativePath(kept.value()));
    return {};
}

} // namespace toward
