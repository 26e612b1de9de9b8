#include "journal/CheckIn.h"

#include <cstdlib>

namespace toward {

std::optional<int> CheckIn::relief() const
{
    if (!painAfter)
        return std::nullopt;
    return painBefore - *painAfter;
}

bool isMeaningfulChange(int painBefore, int painAfter)
{
    const int change = std::abs(painBefore - painAfter);
    return change >= 2 || (painBefore > 0 && change * 10 >= painBefore * 3);
}

} // namespace toward
