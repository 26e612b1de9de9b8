#include "journal/CheckIn.h"

#include <cstdlib>

namespace toward {

QString CheckIn::regionNames() const
{
    QStringList names;
    for (const RegionRecord &region : regions)
        names.append(region.name);
    return names.join(QStringLiteral(", "));
}

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
