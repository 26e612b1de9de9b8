#include "fairtest/BlockAllocation.h"

#include "TestSupport.h"

#include <QList>

using namespace toward;

namespace {

QList<int> sequence(quint32 seed, int blockSize, int length)
{
    const BlockAllocation allocation(seed, blockSize);
    QList<int> options;
    for (int slot = 0; slot < length; ++slot)
        options.append(allocation.optionAt(slot));
    return options;
}

} // namespace

TEST_CASE("Every block holds both options equally often", "[trial]")
{
    const int blockSize = GENERATE(2, 4, 6, 8);
    for (quint32 seed = 1; seed <= 50; ++seed) {
        const QList<int> options = sequence(seed, blockSize, blockSize * 10);
        for (int block = 0; block < 10; ++block) {
            const QList<int> one = options.mid(block * blockSize, blockSize);
            CHECK(one.count(0) == blockSize / 2);
            CHECK(one.count(1) == blockSize / 2);
        }
    }
}

TEST_CASE("The allocation follows from the seed alone", "[trial]")
{
    CHECK(sequence(42, 4, 40) == sequence(42, 4, 40));
    // Asked out of order, as after a restart part way through.
    const BlockAllocation allocation(42, 4);
    CHECK(allocation.optionAt(17) == sequence(42, 4, 40).at(17));
    // The same everywhere: std::mt19937 and std::seed_seq are fully specified.
    CHECK(sequence(42, 4, 12) == QList<int> {0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0});
    CHECK(sequence(43, 4, 40) != sequence(42, 4, 40));
}

TEST_CASE("The order within blocks is not predictable from the blocks before", "[trial]")
{
    // Over many seeds, each option leads a block about half the time, in every block.
    for (int block = 0; block < 5; ++block) {
        int aFirst = 0;
        for (quint32 seed = 0; seed < 2000; ++seed)
            aFirst += BlockAllocation(seed, 4).optionAt(block * 4) == 0 ? 1 : 0;
        CHECK(aFirst > 900);
        CHECK(aFirst < 1100);
    }
}
