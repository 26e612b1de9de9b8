#pragma once

#include "Clock.h"
#include "Result.h"
#include "fairtest/CheckInFairTest.h"
#include "practice/CheckInDraftStore.h"
#include "practice/CheckInFlow.h"

#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class CheckInPage;
}

class QAction;

namespace toward {

class FairTestBanner;
class Journal;
class MonotonicClock;
class SoundDevices;
struct SoundSettings;

// Walks a person through one check-in, a page per stage of its CheckInFlow: where and when,
// before, the practice, after, saved. Every step works from the keyboard alone: Enter goes on,
// Escape leaves (after asking), the number keys rate pain, and during the practice Space pauses,
// Left goes back, Right skips and T, N or A says how a cue felt.
//
// The check-in in progress is kept as a draft in the data folder after every change, so closing
// the app (or a crash) loses nothing; a check-in the journal cannot take stays on the page.
class CheckInPage final : public QWidget {
    Q_OBJECT

public:
    // Quiet time after the last edit before the draft is written; moving to another step writes
    // it at once.
    static constexpr std::chrono::milliseconds DraftDelay {800};

    // `journal` must outlive the page.
    CheckInPage(Journal &journal, const QString &dataDir, Clock now, QWidget *parent = nullptr);
    ~CheckInPage() override;

    // The pacer's clock; must outlive the page.
    void setPacerClock(const MonotonicClock &clock);
    void setReducedMotion(bool reduced);
    // A check-in still choosing where offers these patterns from now on; later ones keep theirs.
    void useBreathPatterns(const QList<BreathPattern> &patterns);
    // For new check-ins, and the one in progress until its practice ends; a resumed check-in
    // keeps its own.
    void setRateCuesAtEnd(bool atEnd);
    // What is heard from the next cue on, and through what (see CheckInPracticeStep).
    void setSoundSettings(const SoundSettings &settings);
    // Not owned; it must outlive the page.
    void setSoundDevices(SoundDevices &devices);

    // Starts a new check-in, dropping any other that was not saved.
    void begin(const PracticeModel &model, const QString &defaultBreathPatternId);
    // Starts a new check-in set up for one practice (see CheckInFlow::setUpPractice) at the pain
    // rating before. Fails in words, changing nothing, when that practice cannot be set up.
    Result<void> beginWithPractice(const PracticeModel &model,
        const QString &defaultBreathPatternId, const QString &practiceId);
    // Goes on with a check-in left unfinished; the pacer waits for Space. Fails in words when the
    // model no longer has what the draft refers to.
    Result<void> resume(CheckInDraft draft, const PracticeModel &model);
    // A check-in is on the page and not yet saved.
    bool isInProgress() const;
    const CheckInFlow *flow() const { return m_flow ? &*m_flow : nullptr; }
    // Writes the draft of a check-in in progress now.
    Result<void> keepDraft();

signals:
    void saved(const QUuid &checkInId);
    // The person is done with a saved check-in.
    void finished(const QUuid &checkInId);
    // The person discarded the check-in.
    void discarded();
    void statusMessage(const QString &message);

private:
    QAction *addKeyAction(const QString &objectName, const QList<QKeySequence> &keys,
        const std::function<void()> &triggered);
    void addKeyActions();
    void connectSteps();
    void start(CheckInFlow flow, bool pacingPaused);
    CheckInFlow newFlow(const PracticeModel &model, const QString &defaultBreathPatternId) const;

    // Applies an input to the flow and shows the outcome: a refused input explains itself.
    void act(const std::function<Result<void>(CheckInFlow &)> &input);
    void refresh();
    void showStage();
    void updateKeys();
    QWidget *stepFor(CheckInStage stage) const;
    QString stepTitle() const;
    void showProblem(const QString &problem, bool saveFailed = false);

    void goOn();
    void goBack();
    void save();
    void escape();
    void askToEndEarly();
    void askToDiscard();
    void discard();
    void exportUnsaved();
    void writeDraft();
    QString savedSummary() const;

    std::unique_ptr<Ui::CheckInPage> m_ui;
    Journal &m_journal;
    CheckInDraftStore m_drafts;
    Clock m_now;
    std::optional<CheckInFlow> m_flow;
    bool m_rateCuesAtEnd = false;
    QTimer m_draftTimer;
    QList<QAction *> m_digitActions;
    QAction *m_nextAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_skipAction = nullptr;
    QAction *m_previousCueAction = nullptr;
    QList<QAction *> m_feelingActions;
    QAction *m_escapeAction = nullptr;
    FairTestBanner *m_fairTestBanner;
    CheckInFairTest m_fairTest;
};

} // namespace toward
