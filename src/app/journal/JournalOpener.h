#pragma once

#include "Clock.h"
#include "journal/JournalBackups.h"
#include "journal/JournalStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace toward {

class InstanceLock;

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

// The journal the app starts with, or why it does not start.
struct JournalStart {
    std::shared_ptr<InstanceLock> lock; // held while the app runs
    std::unique_ptr<JournalStore> journal; // null: the app does not start
    QString refusal; // why it does not start; empty when the person chose to quit
    QString notice; // what was done to the old journal on the way, for the person to read
};

// Opens the person's journal at start: first takes the data folder's lock, so that two Towards
// never write one journal; then opens the journal, and when it cannot be opened asks the person
// what to do until it is open or they quit. The journal file is never changed without their say,
// and never overwritten or emptied.
class JournalOpener {
    Q_DECLARE_TR_FUNCTIONS(JournalOpener)

public:
    using AskAboutProblem = std::function<JournalProblemChoice(const JournalProblemPrompt &)>;

    JournalOpener(
        QString dataDirectory, QString journalPath, AskAboutProblem ask, Clock now = systemNow);

    JournalStart open() const;

private:
    JournalStart resolveProblem(JournalStart start, JournalOpenProblem problem) const;
    // Each settles `start` (with a journal, or with a refusal) and returns nothing, or returns
    // why it did not work, for the next question.
    QString moveAside(JournalStart &start) const;
    QString openReadOnly(JournalStart &start) const;
    QString restore(const QString &backupPath, JournalStart &start) const;

    QString m_dataDirectory;
    QString m_journalPath;
    AskAboutProblem m_ask;
    Clock m_now;
};

} // namespace toward
