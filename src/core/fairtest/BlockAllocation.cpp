#include "fairtest/BlockAllocation.h"

#include <QList>

#include <random>
#include <utility>

namespace toward {

BlockAllocation::BlockAllocation(quint32 seed, int blockSize)
    : m_seed(seed)
    , m_blockSize(blockSize)
{
}

int BlockAllocation::optionAt(int slot) const
{
    const int block = slot / m_blockSize;
    std::seed_seq seeds {m_seed, quint32(block)};
    std::mt19937 engine(seeds);
    QList<int> order(m_blockSize);
    for (int i = 0; i < m_blockSize; ++i)
        order[i] = i % 2;
    // Fisher–Yates by hand: std::shuffle's algorithm differs between standard libraries.
    for (int i = m_blockSize - 1; i > 0; --i)
        std::swap(order[i], order[int(engine() % quint32(i + 1))]);
    return order[slot % m_blockSize];
}

} // namespace toward
