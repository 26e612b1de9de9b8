// Fuzzes PracticeModelLoader::parse, the reader of model files a person chooses: any bytes must
// give a model or at least one error, and a model that loads must keep the promises the app
// builds on (every reference resolves), through the summary and the practice builder.

#include "model/ModelSummary.h"
#include "model/PracticeModelLoader.h"
#include "practice/PracticeBuilder.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace toward;

namespace {

void checkReferences(const PracticeModel &model)
{
    if (model.breathPatterns.isEmpty())
        qFatal("a model loaded without a breath pattern");
    for (const BreathPattern &pattern : model.breathPatterns) {
        if (pattern.cycle() <= milliseconds(0))
            qFatal("breath pattern %s loaded without a length", qPrintable(pattern.id));
    }
    for (const Region &region : model.regions) {
        for (const Cue &cue : region.cues) {
            if (model.regionOfCue(cue.id) != &region)
                qFatal("cue %s is not found in its region", qPrintable(cue.id));
            for (const QString &awayId : cue.counters) {
                if (!region.findAwayPattern(awayId))
                    qFatal("cue %s counters a missing away pattern", qPrintable(cue.id));
            }
        }
    }
    for (const Practice &practice : model.practices) {
        if (!practice.breathPatternId.isEmpty()
            && !model.findBreathPattern(practice.breathPatternId))
            qFatal("practice %s names a missing breath pattern", qPrintable(practice.id));
        if (practice.steps.isEmpty())
            qFatal("practice %s loaded without steps", qPrintable(practice.id));
        for (const PracticeStep &step : practice.steps) {
            if (!model.findCue(step.cueId))
                qFatal("practice %s has a step with a missing cue", qPrintable(practice.id));
        }
    }
}

void usePractices(const PracticeModel &model)
{
    QStringList regionIds;
    for (const Region &region : model.regions)
        regionIds.append(region.id);
    for (const Practice &practice : model.practices)
        model.practiceLength(practice);
    for (Context context : allValues<Context>()) {
        PracticeBuilder::fittingPractices(model, regionIds, context);
        PracticeBuilder::buildFromRegions(model, regionIds, context, model.defaultBreathPattern());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ModelLoadResult result = PracticeModelLoader::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!result.ok()) {
        if (result.errors().isEmpty())
            qFatal("a model was refused without an error");
        return 0;
    }
    if (!result.errors().isEmpty())
        qFatal("a model loaded despite errors");
    checkReferences(*result.model);
    usePractices(*result.model);
    modelSummary(*result.model);
    return 0;
}
