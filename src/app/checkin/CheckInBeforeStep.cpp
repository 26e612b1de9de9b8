#include "checkin/CheckInBeforeStep.h"

#include "practice/CheckInFlow.h"
#include "ui_CheckInBeforeStep.h"
#include "widgets/TabOrder.h"

#include <QCheckBox>

namespace toward {

CheckInBeforeStep::CheckInBeforeStep(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckInBeforeStep>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->painScale);
    for (RedFlag flag : allValues<RedFlag>()) {
        auto *box = new QCheckBox(labelOf(flag), m_ui->redFlagBox);
        box->setObjectName(QStringLiteral("redFlag_") + wordOf(flag));
        m_ui->redFlagLayout->addWidget(box);
        m_redFlagBoxes.insert(flag, box);
        connect(box, &QCheckBox::toggled, this,
            [this, flag](bool ticked) { emit redFlagChanged(flag, ticked); });
    }
    m_ui->redFlagLayout->addStretch();
    connect(m_ui->painScale, &PainScaleInput::rated, this, &CheckInBeforeStep::painRated);
    connect(
        m_ui->leanings, &LeaningsEditor::leaningChanged, this, &CheckInBeforeStep::leaningChanged);
}

CheckInBeforeStep::~CheckInBeforeStep() = default;

void CheckInBeforeStep::setModel(const PracticeModel &model)
{
    m_ui->leanings->setDirections(model.innerDirections);
    m_ui->leaningsBox->setVisible(!model.innerDirections.isEmpty());
    // The choices are made after the red-flag questions, which the tab order puts after them.
    QList<QWidget *> order {m_ui->painScale->focusProxy()};
    order += m_ui->leanings->choices();
    for (QCheckBox *box : std::as_const(m_redFlagBoxes))
        order.append(box);
    setTabChain(order);
}

void CheckInBeforeStep::showFlow(const CheckInFlow &flow)
{
    const CheckInDraft &draft = flow.draft();
    m_ui->painScale->setValue(draft.painBefore);
    m_ui->leanings->setLeanings(draft.leaningsBefore);
    for (auto it = m_redFlagBoxes.cbegin(); it != m_redFlagBoxes.cend(); ++it) {
        const QSignalBlocker quiet(it.value());
        it.value()->setChecked(draft.redFlags.contains(it.key()));
    }
}

PainScaleInput *CheckInBeforeStep::painScale() const
{
    return m_ui->painScale;
}

} // namespace toward
