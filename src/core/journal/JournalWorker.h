#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace toward {

// Runs the journal's heavy work (the integrity check, backups, a restore's copying) on a thread
// of its own, one piece at a time in the order given, and hands each result back on the thread
// that owns the worker, so the window never waits on the disk. The work must open connections of
// its own: a QSqlDatabase belongs to the thread that made it.
class JournalWorker final : public QObject {
    Q_OBJECT

public:
    explicit JournalWorker(QObject *parent = nullptr);
    // Drops the work not started yet and waits for the work under way: backups are written under
    // a temporary name and renamed once whole, so quitting during one leaves no half-made backup.
    ~JournalWorker() override;

    // From the first work given until the last is done.
    bool isBusy() const { return m_busy; }

    // Runs `work` on the worker's thread once the work before it is done, then `done` with its
    // result on this object's thread.
    template<typename T>
    void run(std::function<T()> work, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        enqueue([work = std::move(work), result] { *result = work(); },
            [done = std::move(done), result] { done(std::move(**result)); });
    }

signals:
    void busyChanged(bool busy);

private:
    struct Job {
        std::function<void()> work; // on the worker's thread
        std::function<void()> done; // on this object's thread
    };

    void enqueue(std::function<void()> work, std::function<void()> done);
    void startNext();

    QList<Job> m_waiting;
    std::unique_ptr<QThread> m_thread;
    bool m_busy = false;
};

} // namespace toward
