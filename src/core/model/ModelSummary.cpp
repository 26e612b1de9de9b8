#include "model/ModelSummary.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace toward {

QString formatDuration(milliseconds duration)
{
    const qint64 totalSeconds = (duration.count() + 500) / 1000;
    const qint64 minutes = totalSeconds / 60;
    const qint64 seconds = totalSeconds % 60;
    if (minutes == 0)
        return u"%1 s"_s.arg(seconds);
    if (seconds == 0)
        return u"%1 min"_s.arg(minutes);
    return u"%1 min %2 s"_s.arg(minutes).arg(seconds);
}

QString formatPhaseLength(milliseconds length)
{
    return u"%1 s"_s.arg(QString::number(length.count() / 1000.0, 'g', 9));
}

namespace {

QString describeCurve(const Region &region)
{
    if (!region.curve)
        return u"no curve"_s;
    QString description = wordOf(region.curve->kind);
    if (const auto &degrees = region.curve->typicalDegrees) {
        description +=
            u", about %1–%2°"_s.arg(QString::number(degrees->min), QString::number(degrees->max));
    }
    return description;
}

QString cueCount(qsizetype count)
{
    return count == 1 ? u"1 cue"_s : u"%1 cues"_s.arg(count);
}

} // namespace

QString modelSummary(const PracticeModel &model)
{
    QString summary;
    QTextStream out(&summary);
    out << model.name;
    if (!model.version.isEmpty())
        out << u" (version "_s << model.version << u')';
    out << u"\nid: "_s << model.id << u"\n\nRegions:\n"_s;
    for (const Region &region : model.regions) {
        out << u"  "_s << region.name << u": "_s << describeCurve(region) << u"; "_s
            << cueCount(region.cues.size()) << u'\n';
    }
    out << u"\nBreath patterns:\n"_s;
    for (const BreathPattern &pattern : model.breathPatterns) {
        out << u"  "_s << pattern.name << u": "_s << formatDuration(pattern.cycle())
            << u" a breath"_s << (pattern.hasHolds() ? u", with holds"_s : QString()) << u'\n';
    }
    out << u"\nPractices:\n"_s;
    if (model.practices.isEmpty())
        out << u"  (none)\n"_s;
    for (const Practice &practice : model.practices) {
        out << u"  "_s << practice.title << u" ("_s << wordOf(practice.kind) << u"): "_s
            << formatDuration(model.practiceLength(practice)) << u", "_s << practice.steps.size()
            << (practice.steps.size() == 1 ? u" step\n"_s : u" steps\n"_s);
    }
    return summary;
}

} // namespace toward
