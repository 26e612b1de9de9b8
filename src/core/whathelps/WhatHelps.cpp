#include "whathelps/WhatHelps.h"

#include "journal/RecordedTitles.h"
#include "model/PracticeModel.h"
#include "whathelps/HelpEstimator.h"
#include "whathelps/HelpObservationsReader.h"

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// The current model's title, else the journal's, else the id.
template<typename FindInModel>
Result<void> title(QList<HelpEstimate> &estimates, const QStringList &ids,
    const Result<QHash<QString, QString>> &recorded, FindInModel findInModel)
{
    if (!recorded.ok())
        return Result<void>::failure(recorded.error());
    QHash<QString, QString> titles;
    for (const QString &id : ids) {
        QString title = findInModel(id);
        if (title.isEmpty())
            title = recorded.value().value(id);
        titles.insert(id, title.isEmpty() ? id : title);
    }
    for (HelpEstimate &estimate : estimates) {
        estimate.title = titles.value(estimate.id);
        for (QString &other : estimate.alwaysWith)
            other = titles.value(other);
    }
    sortForReading(estimates);
    return Result<void>::success();
}

} // namespace

std::optional<double> HelpEstimate::meaningfulShare() const
{
    if (evidence.uses == 0)
        return std::nullopt;
    return static_cast<double>(meaningful) / evidence.uses;
}

std::optional<EffectInterval> HelpEstimate::shownEffect() const
{
    if (verdict == HelpVerdict::NotEnoughData)
        return std::nullopt;
    return evidence.effect;
}

std::optional<double> WhatHelps::meaningfulShare() const
{
    if (rated == 0)
        return std::nullopt;
    return static_cast<double>(meaningful) / rated;
}

Result<WhatHelps> whatHelps(
    const JournalStore &store, const JournalFilter &filter, const PracticeModel *current)
{
    const Result<HelpObservations> observations = readHelpObservations(store, filter);
    if (!observations.ok())
        return Result<WhatHelps>::failure(observations.error());
    WhatHelps helps = estimateWhatHelps(observations.value());

    const QStringList &cueIds = observations.value().cueIds();
    const Result<void> cuesTitled =
        title(helps.cues, cueIds, recordedCueTitles(store, cueIds), [&](const QString &id) {
            const Cue *cue = current ? current->findCue(id) : nullptr;
            return cue ? cue->title : QString();
        });
    if (!cuesTitled.ok())
        return Result<WhatHelps>::failure(cuesTitled.error());
    const QStringList &practiceIds = observations.value().practiceIds();
    const Result<void> practicesTitled = title(helps.practices, practiceIds,
        recordedPracticeTitles(store, practiceIds), [&](const QString &id) {
            const Practice *practice = current ? current->findPractice(id) : nullptr;
            return practice ? practice->title : QString();
        });
    if (!practicesTitled.ok())
        return Result<WhatHelps>::failure(practicesTitled.error());
    return helps;
}

} // namespace toward
