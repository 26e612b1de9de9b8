#pragma once

#include "Result.h"
#include "journal/JournalStore.h"
#include "journal/JournalWorker.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace toward {

// Reads what the window shows of the journal (statistics, say) on a thread of its own, so that a
// large journal never holds up the window, nor waits behind a backup on the file work's worker.
// Each read opens the journal read-only on that thread: a QSqlDatabase belongs to the thread that
// made it.
//
// Reads are asked for by topic (the trend, what helps...). A read replaces the one before it on
// the same topic: once a newer one is asked for, because the filter or the journal changed, the
// older one's result is dropped, and it is not read at all if it has not started yet.
class JournalReader final : public QObject {
    Q_OBJECT

public:
    explicit JournalReader(QObject *parent = nullptr);

    // Runs `read` on the reader's thread on the journal at `journalPath`, then `done` with its
    // result on this object's thread, unless the read was replaced or dropped meanwhile.
    template<typename T>
    void read(int topic, const QString &journalPath,
        std::function<Result<T>(const JournalStore &)> read,
        std::function<void(const Result<T> &)> done)
    {
        const std::shared_ptr<Generation> latest = latestOf(topic);
        const quint64 generation = ++*latest;
        m_worker->run<std::optional<Result<T>>>(
            [journalPath, read = std::move(read), latest, generation] {
                return *latest == generation ? std::optional(readOnWorker(journalPath, read))
                                             : std::nullopt;
            },
            [done = std::move(done), latest, generation](std::optional<Result<T>> result) {
                if (result && *latest == generation)
                    done(*result);
            });
    }

    // Drops the result of the read on `topic` under way, if any.
    void drop(int topic);
    // From a read asked for until the last one is passed on or dropped.
    bool isBusy() const { return m_worker->isBusy(); }

private:
    // Counts the reads asked for on one topic. The worker's thread reads it to tell whether its
    // read was replaced.
    using Generation = std::atomic<quint64>;

    template<typename T>
    static Result<T> readOnWorker(
        const QString &journalPath, const std::function<Result<T>(const JournalStore &)> &read)
    {
        const JournalStore::OpenResult opened = JournalStore::open(
            journalPath, JournalStore::Access::ReadOnly, JournalStore::Verification::Deferred);
        if (!opened.store)
            return Result<T>::failure(opened.problem.message);
        return read(*opened.store);
    }
    std::shared_ptr<Generation> latestOf(int topic);

    JournalWorker *m_worker;
    QHash<int, std::shared_ptr<Generation>> m_latest;
};

} // namespace toward
