#include "journal/JournalIntegrityCheck.h"

#include "journal/JournalStore.h"

#include <QThread>

namespace toward {

JournalIntegrityCheck::JournalIntegrityCheck(QObject *parent)
    : QObject(parent)
{
}

JournalIntegrityCheck::~JournalIntegrityCheck()
{
    abandon();
}

void JournalIntegrityCheck::start(const QString &journalPath)
{
    if (m_thread && m_thread->isRunning())
        return;
    const int check = ++m_checksStarted;
    m_thread.reset(QThread::create(
        [this, journalPath] { m_problem = JournalStore::checkIntegrity(journalPath).error(); }));
    // QThread::finished reaches this object in its own thread, once the work is done.
    connect(m_thread.get(), &QThread::finished, this, [this, check] {
        if (check == m_checksStarted)
            emit finished(m_problem);
    });
    m_thread->start(QThread::LowPriority);
}

void JournalIntegrityCheck::abandon()
{
    ++m_checksStarted;
    if (m_thread)
        m_thread->wait();
}

} // namespace toward
