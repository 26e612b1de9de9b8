#include "fairtest/FairTestWording.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

QString bold(const QString &text)
{
    return u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s;
}

QString points(double value)
{
    return QLocale().toString(std::abs(value), 'f', 1);
}

// "0.6 to 1.6 points lower", "0.2 to 0.9 points higher", "from 0.4 lower to 0.8 higher".
QString interval(const EffectInterval &effect)
{
    if (effect.high <= 0)
        return FairTestWording::tr("%1 to %2 points lower")
            .arg(points(effect.high), points(effect.low));
    if (effect.low >= 0)
        return FairTestWording::tr("%1 to %2 points higher")
            .arg(points(effect.low), points(effect.high));
    return FairTestWording::tr("from %1 lower to %2 higher")
        .arg(points(effect.low), points(effect.high));
}

QString checkIns(int count)
{
    return FairTestWording::tr("%n check-in(s)", nullptr, count);
}

} // namespace

QString FairTestWording::explanation()
{
    return tr("A fair test compares two practices, or a cue with leaving it out, in your own "
              "check-ins. You choose the two and how long; at each check-in Toward chooses one "
              "of them at random and tells you which. Why at random: when you choose, you tend "
              "to choose by how you feel, and then the comparison is really of your days, not "
              "of the practices. Chosen at random, in small balanced blocks, both get days of "
              "every kind. You can always decline what was chosen: that check-in is then not "
              "counted.");
}

QString FairTestWording::assignment(const FairTestAssignment &assignment)
{
    const FairTestOption &option = assignment.chosen();
    const QString chosen =
        tr("Fair test: today it's %1, chosen at random.").arg(bold(option.label()));
    switch (option.kind) {
    case FairTestOptionKind::Practice:
        return chosen + u' '
            + tr("Choosing another practice is fine; this check-in then isn't counted in the "
                 "test.");
    case FairTestOptionKind::WithCue:
        return chosen + u' '
            + tr("Choose a practice with this cue and rate how it felt; without it, this "
                 "check-in isn't counted.");
    case FairTestOptionKind::WithoutCue:
        return chosen + u' '
            + tr("If the cue comes, skip it (→); done, this check-in isn't counted.");
    }
    return chosen;
}

QString FairTestWording::title(const FairTest &test)
{
    return tr("%1 compared with %2")
        .arg(bold(test.options[0].label()), bold(test.options[1].label()));
}

QString FairTestWording::plainTitle(const FairTest &test)
{
    return tr("%1 compared with %2").arg(test.options[0].label(), test.options[1].label());
}

QString FairTestWording::state(const FairTest &test, const QDateTime &now)
{
    const QLocale locale;
    switch (test.state(now)) {
    case FairTestState::Running: {
        const int left = test.daysLeft(now);
        const QString since = locale.toString(test.startedAt.date(), QLocale::ShortFormat);
        const QString until =
            tr("%1, %2").arg(locale.toString(test.endsAt().date(), QLocale::ShortFormat),
                locale.toString(test.endsAt().time(), QLocale::ShortFormat));
        return tr("Running since %1; %n day(s) left, until %2.", nullptr, left).arg(since, until);
    }
    case FairTestState::Finished:
        return tr("Finished on %1, after %2 days.")
            .arg(locale.toString(test.endsAt().date(), QLocale::ShortFormat))
            .arg(test.days);
    case FairTestState::StoppedEarly:
        return tr("Stopped early on %1, after %2 of its %3 days.")
            .arg(locale.toString(test.stoppedAt.date(), QLocale::ShortFormat))
            .arg(int(std::ceil(test.startedAt.secsTo(test.stoppedAt) / 86400.0)))
            .arg(test.days);
    }
    return {};
}

QString FairTestWording::counts(const FairTest &test, const FairTestResult &result)
{
    QStringList lines;
    for (int option : {0, 1}) {
        const FairTestArm &arm = result.arms[option];
        lines.append(tr("%1: %2 counted, %3 rated after, on %4")
                         .arg(bold(test.options[option].label()), checkIns(arm.checkIns))
                         .arg(arm.rated)
                         .arg(tr("%n day(s)", nullptr, arm.days)));
    }
    return lines.join(u"<br>"_s);
}

QString FairTestWording::result(const FairTest &test, const FairTestResult &result)
{
    const QString compared = title(test);
    const QString verdictText = bold(verdict(result.verdict));
    if (!result.evidence.effect) {
        return tr("%1: %2. Each needs at least %3 check-ins rated after, on %4 different days, "
                  "with some spread in the ratings.")
            .arg(compared, verdictText)
            .arg(HelpEvidence::MinUses)
            .arg(HelpEvidence::MinDays);
    }
    const EffectInterval &effect = *result.evidence.effect;
    const QString a = bold(test.options[0].label());
    const QString b = bold(test.options[1].label());
    const QString difference = std::abs(effect.estimate) < 0.05
        ? tr("Pain after was the same with %1 as with %2").arg(a, b)
        : (effect.estimate < 0 ? tr("Pain after was %1 points lower with %2 than with %3")
                               : tr("Pain after was %1 points higher with %2 than with %3"))
              .arg(points(effect.estimate), a, b);
    return tr("%1: %2.<br>%3, for the same pain before (90% interval: %4).")
        .arg(compared, verdictText, difference, interval(effect));
}

QString FairTestWording::caveat()
{
    return tr("This comes from your own journal alone: a few weeks of one person's check-ins, "
              "not a medical study and not medical advice.");
}

QString FairTestWording::verdict(HelpVerdict verdict)
{
    switch (verdict) {
    case HelpVerdict::Helps:
        return tr("helps more");
    case HelpVerdict::AboutTheSame:
        return tr("about the same");
    case HelpVerdict::NoClearDifference:
        return tr("no clear difference");
    case HelpVerdict::HelpsLess:
        return tr("helps less");
    case HelpVerdict::NotEnoughData:
        return tr("not enough data yet");
    }
    return {};
}

} // namespace toward
