#include "journal/JournalReader.h"

namespace toward {

JournalReader::JournalReader(QObject *parent)
    : QObject(parent)
    , m_worker(new JournalWorker(this))
{
}

void JournalReader::drop(int topic)
{
    ++*latestOf(topic);
}

std::shared_ptr<JournalReader::Generation> JournalReader::latestOf(int topic)
{
    std::shared_ptr<Generation> &latest = m_latest[topic];
    if (!latest)
        latest = std::make_shared<Generation>(0);
    return latest;
}

} // namespace toward
