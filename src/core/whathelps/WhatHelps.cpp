// TEMPORARY stand-in so the forest branch links until the model lands on main; reverted before
// merging main.
#include "whathelps/WhatHelps.h"

#include "journal/JournalStore.h"

namespace toward {

std::optional<double> HelpEstimate::meaningfulShare() const
{
    if (evidence.uses == 0)
        return std::nullopt;
    return static_cast<double>(meaningful) / evidence.uses;
}

std::optional<double> WhatHelps::meaningfulShare() const
{
    if (rated == 0)
        return std::nullopt;
    return static_cast<double>(meaningful) / rated;
}

Result<WhatHelps> whatHelps(const JournalStore &store, const JournalFilter &filter,
    const PracticeModel *)
{
    WhatHelps helps;
    const Result<void> visited = store.forEach(filter, [&](const CheckIn &checkIn) {
        ++helps.checkIns;
        if (checkIn.painAfter)
            ++helps.rated;
    });
    if (!visited.ok())
        return Result<WhatHelps>::failure(visited.error());
    return helps;
}

} // namespace toward
