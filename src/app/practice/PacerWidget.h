#pragma once

#include "practice/BreathPacer.h"

#include <QTimer>
#include <QWidget>

namespace toward {

// Shows a breath pacer: a soft circle in the accent colour that grows with the inhale and shrinks
// with the exhale, easing in and out, and glows while the breath is held; the phase
// word, the seconds left in the phase and the breath count. It repaints only while the pacer runs
// and the widget can be seen; all timing comes from the pacer, the timer only says when to look.
class PacerWidget final : public QWidget {
    Q_OBJECT

public:
    explicit PacerWidget(QWidget *parent = nullptr);

    // Not owned: the pacer must outlive this widget, or be replaced before it goes.
    void setPacer(BreathPacer *pacer);

    void start();
    void pause();
    void resume();

    // Without motion only the phase word and the countdown change, at most once a second.
    void setReducedMotion(bool reduced);
    bool isReducedMotion() const { return m_reducedMotion; }

    // Whether the pacer goes on while the widget cannot be seen: then it wakes only at each phase
    // change and at the end, to announce them, with no frames. Off by default: by sight alone a
    // hidden pacer helps no one.
    void setRunsUnseen(bool runs);
    bool runsUnseen() const { return m_runsUnseen; }

    QString phaseText() const;
    QString countdownText() const;
    QString breathText() const;

    bool isTimerActive() const { return m_frameTimer.isActive(); }
    milliseconds timerInterval() const { return m_frameTimer.intervalAsDuration(); }
    int paintCount() const { return m_paintCount; }
    int tickCount() const { return m_tickCount; }

    // Catches up with the pacer: announces every phase change since the last look, then repaints.
    void tick();

signals:
    void phaseChanged(toward::BreathPhase phase, int breath);
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void announcePhase(BreathPhase phase, int breath);
    void armTimer();
    bool isSeen() const;
    double circleScale(const PacerState &state) const;
    void paintBreath(QPainter &painter, const QPointF &centre, qreal radius) const;
    void paintHalo(QPainter &painter, const QPointF &centre, qreal radius) const;

    BreathPacer *m_pacer = nullptr;
    QTimer m_frameTimer;
    milliseconds m_lastSeen {0};
    bool m_finishedEmitted = false;
    bool m_reducedMotion = false;
    bool m_runsUnseen = false;
    int m_paintCount = 0;
    int m_tickCount = 0;
};

} // namespace toward
