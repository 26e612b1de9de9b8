#include "journal/JournalWorker.h"

#include <QThread>

namespace toward {

JournalWorker::JournalWorker(QObject *parent)
    : QObject(parent)
{
}

JournalWorker::~JournalWorker()
{
    m_waiting.clear();
    if (m_thread) {
        // The work's result is not wanted any more.
        disconnect(m_thread.get(), nullptr, this, nullptr);
        m_thread->wait();
    }
}

void JournalWorker::enqueue(std::function<void()> work, std::function<void()> done)
{
    m_waiting.append({std::move(work), std::move(done)});
    if (!m_busy)
        startNext();
}

void JournalWorker::startNext()
{
    if (m_waiting.isEmpty()) {
        m_busy = false;
        emit busyChanged(false);
        return;
    }
    Job job = m_waiting.takeFirst();
    m_thread.reset(QThread::create(std::move(job.work)));
    // QThread::finished reaches this object on its own thread, once the work is done.
    connect(m_thread.get(), &QThread::finished, this, [this, done = std::move(job.done)] {
        done();
        startNext();
    });
    m_thread->start(QThread::LowPriority);
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
}

} // namespace toward
