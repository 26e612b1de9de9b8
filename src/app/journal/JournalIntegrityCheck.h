#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace toward {

// Runs the journal's full integrity check on a thread of its own, for a journal that was opened
// without it (JournalStore::Verification::Deferred), so checking years of check-ins never holds
// up the window.
class JournalIntegrityCheck final : public QObject {
    Q_OBJECT

public:
    explicit JournalIntegrityCheck(QObject *parent = nullptr);
    ~JournalIntegrityCheck() override;

    // Does nothing while a check is running.
    void start(const QString &journalPath);
    // Waits for a running check and forgets its result, e.g. before the journal is replaced.
    void abandon();

signals:
    // `problem` is empty when the journal is healthy.
    void finished(const QString &problem);

private:
    std::unique_ptr<QThread> m_thread;
    QString m_problem; // written by the thread, read once it has finished
    int m_checksStarted = 0; // tells a forgotten check's end from the current one's
};

} // namespace toward
