#pragma once

#include "journal/JournalBackups.h"
#include "journal/JournalStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace toward {

class Journal;

// What the person is asked when their journal cannot be opened.
struct JournalProblemPrompt {
    JournalOpenProblem problem;
    bool canOpenReadOnly = false; // a damaged or newer journal may still be readable
    QList<JournalBackup> backups; // newest first; restoring is offered when there are any
    QString lastAttemptFailure; // why what they chose last did not work; empty at first
};

struct JournalProblemChoice {
    enum class Action { Quit, MoveAside, OpenReadOnly, RestoreBackup };
    Action action = Action::Quit;
    QString backupPath; // for RestoreBackup
};

// How the start went: the journal is open (Journal::isOpen()), or the app does not start.
struct JournalStart {
    QString refusal; // why the app does not start; empty when it starts or the person chose to quit
    QString notice; // what was done to the journal on the way, or why it is read-only, to read
};

// Opens the person's journal at start (Journal::open()), and when it cannot be used as it is
// asks the person what to do until it is open or they quit. The journal file is never changed
// without their say, and never overwritten or emptied.
class JournalOpener {
    Q_DECLARE_TR_FUNCTIONS(JournalOpener)

public:
    using AskAboutProblem = std::function<JournalProblemChoice(const JournalProblemPrompt &)>;

    JournalOpener(Journal &journal, AskAboutProblem ask);

    JournalStart open() const;

private:
    JournalStart resolveProblem(JournalOpenProblem problem) const;
    // Each settles `start` and returns nothing, or returns why it did not work, for the next
    // question.
    QString moveAside(JournalStart &start) const;
    QString openReadOnly(const JournalOpenProblem &problem) const;
    QString restore(const QString &backupPath, JournalStart &start) const;

    Journal &m_journal;
    AskAboutProblem m_ask;
};

} // namespace toward
