#pragma once

#include <QtGlobal>

namespace toward {

// Which option (0 or 1) each check-in of a fair test gets: blocks of `blockSize` check-ins, each
// holding both options equally often in a random order, so the two stay balanced however early
// the test ends. The order follows from the seed alone (std::mt19937 and std::seed_seq are the
// same everywhere), so the stored seed gives the same sequence after a restart.
class BlockAllocation {
public:
    BlockAllocation(quint32 seed, int blockSize);

    // The option of the check-in counted `slot`-th in the test (from 0).
    int optionAt(int slot) const;

private:
    quint32 m_seed;
    int m_blockSize;
};

} // namespace toward
