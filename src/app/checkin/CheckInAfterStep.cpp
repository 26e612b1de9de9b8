#include "checkin/CheckInAfterStep.h"

#include "checkin/NoteEditing.h"
#include "practice/CheckInFlow.h"
#include "ui_CheckInAfterStep.h"
#include "widgets/TabOrder.h"

#include <cstdlib>

namespace toward {

CheckInAfterStep::CheckInAfterStep(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckInAfterStep>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->painScale);
    connect(m_ui->painScale, &PainScaleInput::rated, this, &CheckInAfterStep::painRated);
    connect(
        m_ui->leanings, &LeaningsEditor::leaningChanged, this, &CheckInAfterStep::leaningChanged);
    connect(m_ui->cueFeelings, &CueFeelingsEditor::feelingChanged, this,
        &CheckInAfterStep::cueFeelingChanged);
    connectNoteEdit(m_ui->noteEdit, this, &CheckInAfterStep::noteEdited);
}

CheckInAfterStep::~CheckInAfterStep() = default;

void CheckInAfterStep::setModel(const PracticeModel &model)
{
    m_ui->leanings->setDirections(model.innerDirections);
    m_ui->leaningsBox->setVisible(!model.innerDirections.isEmpty());
}

void CheckInAfterStep::showFlow(const CheckInFlow &flow)
{
    const CheckInDraft &draft = flow.draft();
    m_ui->endingLabel->setText(flow.stoppedEarly()
            ? tr("You ended the practice early. Rating your pain now is optional.")
            : tr("Well done: the practice is complete."));
    m_ui->painScale->setValue(draft.painAfter);
    m_ui->changeLabel->setText(changeText(flow));
    m_ui->leanings->setLeanings(draft.leaningsAfter);
    // Asked here only of someone who practised without looking; the others rated each cue.
    m_ui->cueFeelingsBox->setVisible(flow.ratesCuesAtEnd() && !flow.reachedCues().isEmpty());
    if (flow.ratesCuesAtEnd())
        m_ui->cueFeelings->setCues(flow.reachedCues());
    setTabChain(QList<QWidget *> {m_ui->painScale->focusProxy()} + m_ui->leanings->choices()
        + m_ui->cueFeelings->choices() + QList<QWidget *> {m_ui->noteEdit});
    showNote(m_ui->noteEdit, draft.note);
}

PainScaleInput *CheckInAfterStep::painScale() const
{
    return m_ui->painScale;
}

QString CheckInAfterStep::changeText(const CheckInFlow &flow)
{
    const std::optional<int> change = flow.painChange();
    const int before = flow.draft().painBefore.value_or(MinPain);
    if (!change)
        return tr("Before the practice: %1.").arg(before);
    const QString moment = tr("Before %1, now %2:").arg(before).arg(before + *change);
    if (*change == 0)
        return tr("%1 no change.").arg(moment);
    const int points = std::abs(*change);
    const QString amount = tr("%n point(s)", nullptr, points);
    const QString direction = *change < 0 ? tr("%1 %2 less.") : tr("%1 %2 more.");
    const QString meaning = flow.isMeaningfulChange()
        ? tr("A change that matters (at least 2 points or 30%).")
        : tr("A small change (under 2 points and 30%).");
    return direction.arg(moment, amount) + u' ' + meaning;
}

} // namespace toward
