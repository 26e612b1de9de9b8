#include "practice/PacerWidget.h"

#include "practice/BreathEasing.h"
#include "style/AppStyle.h"

#include <QPainter>
#include <QRadialGradient>
#include <QShowEvent>

#include <algorithm>

namespace toward {

namespace {

constexpr milliseconds FrameInterval {16};
constexpr qreal HaloReach = 1.08; // of the circle's radius: the glow around a held breath

QColor withAlpha(QColor colour, float alpha)
{
    colour.setAlphaF(alpha);
    return colour;
}

QString phaseWord(BreathPhase phase)
{
    switch (phase) {
    case BreathPhase::Inhale:
        return PacerWidget::tr("Inhale");
    case BreathPhase::HoldIn:
    case BreathPhase::HoldOut:
        return PacerWidget::tr("Hold");
    case BreathPhase::Exhale:
        return PacerWidget::tr("Exhale");
    }
    return {};
}

bool isHold(BreathPhase phase)
{
    return phase == BreathPhase::HoldIn || phase == BreathPhase::HoldOut;
}

} // namespace

PacerWidget::PacerWidget(QWidget *parent)
    : QWidget(parent)
{
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &PacerWidget::tick);
    setMinimumSize(160, 160);
}

void PacerWidget::setPacer(BreathPacer *pacer)
{
    m_pacer = pacer;
    m_lastSeen = pacer ? pacer->elapsed() : milliseconds(0);
    m_finishedEmitted = false;
    update();
    armTimer();
}

void PacerWidget::start()
{
    if (!m_pacer)
        return;
    m_pacer->start();
    m_lastSeen = m_pacer->elapsed();
    m_finishedEmitted = false;
    // The first phase begins at practice time zero, which changesBetween(0, ...] never lists.
    const PacerState state = m_pacer->stateAt(milliseconds(0));
    announcePhase(state.phase, state.breath);
    tick();
}

void PacerWidget::pause()
{
    if (!m_pacer)
        return;
    tick();
    m_pacer->pause();
    armTimer();
    update();
}

void PacerWidget::resume()
{
    if (!m_pacer)
        return;
    m_pacer->resume();
    tick();
}

void PacerWidget::setReducedMotion(bool reduced)
{
    if (m_reducedMotion == reduced)
        return;
    m_reducedMotion = reduced;
    update();
    armTimer();
}

void PacerWidget::setRunsUnseen(bool runs)
{
    m_runsUnseen = runs;
    armTimer();
}

QString PacerWidget::phaseText() const
{
    if (!m_pacer)
        return {};
    const PacerState state = m_pacer->state();
    return state.finished ? tr("Done") : phaseWord(state.phase);
}

QString PacerWidget::countdownText() const
{
    if (!m_pacer || m_pacer->state().finished)
        return {};
    const auto left = m_pacer->state().phaseLeft.count();
    return QString::number((left + 999) / 1000);
}

QString PacerWidget::breathText() const
{
    if (!m_pacer)
        return {};
    const int breath = m_pacer->state().breath;
    const milliseconds cycle = m_pacer->pattern().cycle();
    const milliseconds total = m_pacer->totalLength();
    if (total.count() == 0 || cycle.count() == 0)
        return tr("Breath %1").arg(breath);
    return tr("Breath %1 of %2").arg(breath).arg(total / cycle);
}

void PacerWidget::tick()
{
    ++m_tickCount;
    if (!m_pacer)
        return;
    const milliseconds now = m_pacer->elapsed();
    const QList<PhaseChange> changes = m_pacer->changesBetween(m_lastSeen, now);
    m_lastSeen = std::max(m_lastSeen, now);
    for (const PhaseChange &change : changes)
        announcePhase(change.phase, change.breath);
    if (m_pacer->state().finished && !m_finishedEmitted) {
        m_finishedEmitted = true;
        setAccessibleName(tr("Done"));
        emit finished();
    }
    update();
    armTimer();
}

void PacerWidget::paintEvent(QPaintEvent *)
{
    ++m_paintCount;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect();
    const qreal side = std::min(area.width(), area.height());
    const QPointF centre = area.center();

    if (m_pacer) {
        const PacerState state = m_pacer->state();
        const qreal radius = side / 2 * circleScale(state);
        if (isHold(state.phase) && !state.finished)
            paintHalo(painter, centre, radius);
        paintBreath(painter, centre, radius);
    }

    painter.setPen(palette().color(QPalette::WindowText));
    QFont font = painter.font();
    font.setPointSizeF(std::max(8.0, side / 14));
    painter.setFont(font);
    const QRectF upper(area.left(), centre.y() - side / 5, area.width(), side / 5);
    painter.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, phaseText());
    font.setPointSizeF(std::max(8.0, side / 10));
    painter.setFont(font);
    const QRectF lower(area.left(), centre.y(), area.width(), side / 5);
    painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop, countdownText());
    font.setPointSizeF(std::max(7.0, side / 22));
    painter.setFont(font);
    painter.drawText(area.adjusted(0, 0, 0, -AppStyle::spacing(this)),
        Qt::AlignHCenter | Qt::AlignBottom, breathText());
}

void PacerWidget::paintBreath(QPainter &painter, const QPointF &centre, qreal radius) const
{
    // Quiet in the middle, where the words are, and fuller toward the rim, like a drawn breath.
    const QColor accent = palette().color(QPalette::Highlight);
    QRadialGradient fill(centre, radius);
    fill.setColorAt(0, withAlpha(accent, 0.16f));
    fill.setColorAt(0.7, withAlpha(accent, 0.3f));
    fill.setColorAt(1, withAlpha(accent, 0.5f));
    const bool highContrast = AppStyle::schemeOf(palette()).highContrast;
    painter.setPen(QPen(highContrast ? accent : withAlpha(accent, 0.7f), highContrast ? 2.5 : 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);
}

void PacerWidget::paintHalo(QPainter &painter, const QPointF &centre, qreal radius) const
{
    const qreal reach = radius * HaloReach;
    QRadialGradient halo(centre, reach);
    const QColor accent = palette().color(QPalette::Highlight);
    halo.setColorAt(radius / reach, withAlpha(accent, 0.3f));
    halo.setColorAt(1, withAlpha(accent, 0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(halo);
    painter.drawEllipse(centre, reach, reach);
}

void PacerWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A minimised window keeps its widgets visible, so watch the window's state as well.
    window()->installEventFilter(this);
    armTimer();
}

void PacerWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    armTimer();
}

bool PacerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::WindowStateChange) {
        armTimer();
    }
    return QWidget::eventFilter(watched, event);
}

void PacerWidget::announcePhase(BreathPhase phase, int breath)
{
    // Setting the accessible name sends QAccessible::NameChanged, so screen readers speak it.
    setAccessibleName(tr("%1, breath %2").arg(phaseWord(phase)).arg(breath));
    emit phaseChanged(phase, breath);
}

void PacerWidget::armTimer()
{
    m_frameTimer.stop();
    if (!m_pacer || (!isSeen() && !m_runsUnseen))
        return;
    const std::optional<milliseconds> untilChange = m_pacer->untilNextChange();
    if (!untilChange)
        return; // paused, not started or finished: nothing moves
    if (!isSeen()) {
        m_frameTimer.start(std::max(*untilChange, milliseconds(1)));
        return;
    }
    const PacerState state = m_pacer->state();
    milliseconds wait = *untilChange;
    if (m_reducedMotion || isHold(state.phase)) {
        // Only the countdown moves: wake when its whole second changes.
        const milliseconds toNextSecond =
            state.phaseLeft % 1000 == milliseconds(0) ? milliseconds(1000) : state.phaseLeft % 1000;
        wait = std::min(wait, toNextSecond);
    } else {
        wait = std::min(wait, FrameInterval);
    }
    m_frameTimer.start(std::max(wait, milliseconds(1)));
}

bool PacerWidget::isSeen() const
{
    return isVisible() && !window()->isMinimized();
}

double PacerWidget::circleScale(const PacerState &state) const
{
    constexpr double Smallest = 0.35;
    constexpr double Largest = 0.82; // clear of the breath count below
    // Without motion the circle stays where a calm breath is half full.
    const double openness = m_reducedMotion ? 0.5 : breathOpenness(state.phase, state.progress);
    return Smallest + (Largest - Smallest) * openness;
}

} // namespace toward
