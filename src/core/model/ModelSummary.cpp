#include "model/ModelSummary.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace toward {

QString formatDuration(milliseconds duration)
{
    const qint64 totalSeconds = (duration.count() + 500) / 1000;
    const qint64 minutes = totalSeconds / 60;
    const qint64 seconds = totalSeconds % 60;
    if (minutes == 0)
        return QCoreApplication::translate("ModelSummary", "%1 s").arg(seconds);
    if (seconds == 0)
        return QCoreApplication::translate("ModelSummary", "%1 min").arg(minutes);
    return QCoreApplication::translate("ModelSummary", "%1 min %2 s").arg(minutes).arg(seconds);
}

QString formatPhaseLength(milliseconds length)
{
    return u"%1 s"_s.arg(QString::number(length.count() / 1000.0, 'g', 9));
}

namespace {

QString describeCurve(const Region &region)
{
    if (!region.curve)
        return QCoreApplication::translate("ModelSummary", "no curve");
    QString description = wordOf(region.curve->kind);
    if (const auto &degrees = region.curve->typicalDegrees) {
        description += QCoreApplication::translate("ModelSummary", ", about %1–%2°")
                           .arg(QString::number(degrees->min), QString::number(degrees->max));
    }
    return description;
}

QString cueCount(qsizetype count)
{
    return QCoreApplication::translate("ModelSummary", "%n cue(s)", nullptr, int(count));
}

} // namespace

QString modelSummary(const PracticeModel &model)
{
    QString summary;
    QTextStream out(&summary);
    out << model.name;
    if (!model.version.isEmpty())
        out << QCoreApplication::translate("ModelSummary", " (version %1)").arg(model.version);
    out << u"\nid: "_s << model.id << u"\n\n"_s
        << QCoreApplication::translate("ModelSummary", "Regions:") << u'\n';
    for (const Region &region : model.regions) {
        out << u"  "_s << region.name << u": "_s << describeCurve(region) << u"; "_s
            << cueCount(region.cues.size()) << u'\n';
    }
    out << u'\n' << QCoreApplication::translate("ModelSummary", "Breath patterns:") << u'\n';
    for (const BreathPattern &pattern : model.breathPatterns) {
        out << u"  "_s << pattern.name << u": "_s
            << (pattern.hasHolds()
                       ? QCoreApplication::translate("ModelSummary", "%1 a breath, with holds")
                       : QCoreApplication::translate("ModelSummary", "%1 a breath"))
                   .arg(formatDuration(pattern.cycle()))
            << u'\n';
    }
    out << u'\n' << QCoreApplication::translate("ModelSummary", "Practices:") << u'\n';
    if (model.practices.isEmpty())
        out << u"  "_s << QCoreApplication::translate("ModelSummary", "(none)") << u'\n';
    for (const Practice &practice : model.practices) {
        out << u"  "_s << practice.title << u" ("_s << wordOf(practice.kind) << u"): "_s
            << formatDuration(model.practiceLength(practice)) << u", "_s
            << QCoreApplication::translate(
                   "ModelSummary", "%n step(s)", nullptr, int(practice.steps.size()))
            << u'\n';
    }
    return summary;
}

} // namespace toward
