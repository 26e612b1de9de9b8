#include "model/CueFilter.h"

using namespace Qt::StringLiterals;

namespace toward {

namespace {

bool containsAllWords(const QStringList &haystacks, const QString &searchText)
{
    const QStringList words = searchText.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&haystacks](const QString &word) {
        return std::any_of(haystacks.cbegin(), haystacks.cend(), [&word](const QString &haystack) {
            return haystack.contains(word, Qt::CaseInsensitive);
        });
    });
}

} // namespace

bool CueFilter::isEmpty() const
{
    return regionId.isEmpty() && !need && !mode && !context && searchText.trimmed().isEmpty();
}

bool CueFilter::matches(const Region &region, const Cue &cue) const
{
    if (!regionId.isEmpty() && region.id != regionId)
        return false;
    if ((need && cue.need != *need) || (mode && cue.mode != *mode))
        return false;
    if (context && !cue.contexts.testFlag(*context))
        return false;
    if (searchText.trimmed().isEmpty())
        return true;

    QStringList searchable {cue.title, cue.text, region.name};
    for (const QString &awayId : cue.counters) {
        if (const AwayPattern *away = region.findAwayPattern(awayId))
            searchable.append(away->title);
    }
    return containsAllWords(searchable, searchText);
}

} // namespace toward
