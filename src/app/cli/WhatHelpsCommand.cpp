#include "cli/WhatHelpsCommand.h"

#include "cli/CommandFailure.h"
#include "cli/ModelInUse.h"
#include "journal/JournalStore.h"
#include "model/PracticeModelLoader.h"
#include "settings/DataDirectory.h"
#include "whathelps/WhatHelps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// Points to two decimals: finer says nothing a journal can know.
double points(double value)
{
    return std::round(value * 100) / 100;
}

QJsonValue pointsOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(points(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonArray json(const QList<HelpEstimate> &estimates)
{
    QJsonArray items;
    for (const HelpEstimate &estimate : estimates) {
        QJsonObject item {
            {u"id"_s, estimate.id},
            {u"title"_s, estimate.title},
            {u"uses"_s, estimate.evidence.uses},
            {u"days"_s, estimate.evidence.days},
            {u"estimate"_s, QJsonValue::Null},
            {u"low"_s, QJsonValue::Null},
            {u"high"_s, QJsonValue::Null},
            {u"verdict"_s, verdictId(estimate.verdict)},
            {u"alwaysWith"_s, QJsonArray::fromStringList(estimate.alwaysWith)},
        };
        if (const std::optional<EffectInterval> effect = estimate.shownEffect()) {
            item[u"estimate"_s] = points(effect->estimate);
            item[u"low"_s] = points(effect->low);
            item[u"high"_s] = points(effect->high);
        }
        items.append(item);
    }
    return items;
}

QString json(const WhatHelps &helps)
{
    const QJsonObject object {
        {u"checkIns"_s, helps.checkIns},
        {u"rated"_s, helps.rated},
        {u"sigma"_s, pointsOrNull(helps.sigma)},
        {u"tau"_s, pointsOrNull(helps.tau)},
        {u"cues"_s, json(helps.cues)},
        {u"practices"_s, json(helps.practices)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString signedPoints(double value)
{
    return (value > 0 ? u"+"_s : QString()) + QLocale().toString(value, 'f', 1);
}

QString text(const QString &heading, const QList<HelpEstimate> &estimates)
{
    QString lines = heading + u'\n';
    if (estimates.isEmpty())
        lines += u"  "_s
            + QCoreApplication::translate("WhatHelpsCommand", "none in these check-ins") + u'\n';
    for (const HelpEstimate &estimate : estimates) {
        const std::optional<EffectInterval> effect = estimate.shownEffect();
        //: The effect in points and its 90% range, as in "-1.2 (-2.0 to -0.4)"
        const QString numbers = effect
            ? QCoreApplication::translate("WhatHelpsCommand", "%1 (%2 to %3)")
                  .arg(signedPoints(effect->estimate), signedPoints(effect->low),
                      signedPoints(effect->high))
            : notEnoughDataReason(estimate.evidence);
        //: %1 is "N uses", %2 is "N days", as in "5 uses on 3 days"
        const QString evidence = QCoreApplication::translate("WhatHelpsCommand", "%1 on %2")
                                     .arg(QCoreApplication::translate("WhatHelpsCommand",
                                              "%n use(s)", nullptr, estimate.evidence.uses),
                                         QCoreApplication::translate("WhatHelpsCommand",
                                             "%n day(s)", nullptr, estimate.evidence.days));
        lines += u"  %1: %2; %3; %4\n"_s.arg(
            estimate.title, verdictPhrase(estimate.verdict), numbers, evidence);
        if (!estimate.alwaysWith.isEmpty() && estimate.verdict != HelpVerdict::NotEnoughData)
            lines += u"    "_s
                + QCoreApplication::translate(
                    "WhatHelpsCommand", "always done with %1: their effects cannot be told apart")
                      .arg(estimate.alwaysWith.join(u", "_s))
                + u'\n';
    }
    return lines;
}

QString text(const WhatHelps &helps)
{
    return QCoreApplication::translate("WhatHelpsCommand",
               "What helps you, from %n check-in(s) (%1 with pain rated after).\n"
               "Pain after, in points, against your usual check-in that started with the same "
               "pain;\n"
               "negative is less pain; in brackets the range it is 90% likely to lie in.\n"
               "An estimate from your own journal: not proof, and not medical advice.",
               nullptr, helps.checkIns)
               .arg(helps.rated)
        + u"\n\n"_s
        + text(QCoreApplication::translate("WhatHelpsCommand", "Practices"), helps.practices)
        + u'\n' + text(QCoreApplication::translate("WhatHelpsCommand", "Cues"), helps.cues);
}

Result<PracticeModel> titlesModel(
    const DataDirectory &directory, const QString &modelPath, QTextStream &err)
{
    if (modelPath.isEmpty())
        return modelInUse(directory,
            QCoreApplication::translate("WhatHelpsCommand", "titles come from the built-in model"),
            err);
    ModelLoadResult loaded = PracticeModelLoader::loadFile(modelPath);
    if (loaded.ok())
        return std::move(*loaded.model);
    QStringList problems;
    for (const ModelIssue &issue : loaded.issues)
        problems.append(issue.toString());
    return Result<PracticeModel>::failure(problems.join(u'\n'));
}

} // namespace

int WhatHelpsCommand::run(const QString &dataDir, const QString &modelPath, QDate from, QDate to,
    Format format, QTextStream &out, QTextStream &err)
{
    const Result<DataDirectory> directory = DataDirectory::open(dataDir);
    if (!directory.ok())
        return commandFailed(err, directory.error());
    const Result<PracticeModel> model = titlesModel(directory.value(), modelPath, err);
    if (!model.ok())
        return commandFailed(err, model.error());
    const JournalStore::OpenResult opened =
        JournalStore::open(directory.value().journalFilePath(), JournalStore::Access::ReadOnly);
    if (!opened.store)
        return commandFailed(err, opened.problem.message);
    const Result<WhatHelps> helps =
        whatHelps(*opened.store, JournalFilter::days(from, to), &model.value());
    if (!helps.ok())
        return commandFailed(err, helps.error());
    out << (format == Format::Json ? json(helps.value()) : text(helps.value()));
    out.flush();
    return 0;
}

} // namespace toward
