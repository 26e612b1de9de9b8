#include "fairtest/FairTestSetupForm.h"

#include "fairtest/FairTestWording.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace toward {

namespace {

// A choice's id is its item data; the title kept with the test (a cue's, without its region):
constexpr int TitleRole = Qt::UserRole + 1;

QComboBox *namedCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    return combo;
}

FairTestOption optionOf(const QComboBox *combo, FairTestOptionKind kind)
{
    return {kind, combo->currentData().toString(), combo->currentData(TitleRole).toString()};
}

void addChoice(QComboBox *combo, const QString &label, const QString &id, const QString &title)
{
    combo->addItem(label, id);
    combo->setItemData(combo->count() - 1, title, TitleRole);
}

} // namespace

FairTestSetupForm::FairTestSetupForm(QWidget *parent)
    : QWidget(parent)
    , m_practicesButton(new QRadioButton(tr("Two &practices"), this))
    , m_cueButton(new QRadioButton(tr("A &cue, against leaving it out"), this))
    , m_firstPractice(namedCombo(QStringLiteral("firstPracticeCombo"), this))
    , m_secondPractice(namedCombo(QStringLiteral("secondPracticeCombo"), this))
    , m_cue(namedCombo(QStringLiteral("cueCombo"), this))
    , m_weeks(new QSpinBox(this))
    , m_problemLabel(new QLabel(this))
{
    auto *explanation = new QLabel(FairTestWording::explanation(), this);
    explanation->setWordWrap(true);
    m_practicesButton->setObjectName(QStringLiteral("practicesButton"));
    m_cueButton->setObjectName(QStringLiteral("cueButton"));
    m_practicesButton->setChecked(true);
    m_weeks->setObjectName(QStringLiteral("weeksSpin"));
    m_weeks->setRange(FairTest::MinWeeks, FairTest::MaxWeeks);
    m_weeks->setValue(FairTest::DefaultWeeks);
    m_weeks->setSuffix(tr(" weeks"));
    m_problemLabel->setObjectName(QStringLiteral("setupProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    auto *startButton = new QPushButton(tr("&Start the fair test"), this);
    startButton->setObjectName(QStringLiteral("startButton"));
    startButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Compare:"), m_practicesButton);
    form->addRow(QString(), m_cueButton);
    form->addRow(tr("&First practice:"), m_firstPractice);
    form->addRow(tr("S&econd practice:"), m_secondPractice);
    form->addRow(tr("C&ue:"), m_cue);
    form->addRow(tr("&Length:"), m_weeks);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
    layout->addWidget(startButton, 0, Qt::AlignRight);

    connect(m_practicesButton, &QRadioButton::toggled, this, &FairTestSetupForm::showKind);
    connect(startButton, &QPushButton::clicked, this, &FairTestSetupForm::startRequested);
    showKind();
}

void FairTestSetupForm::setModel(const PracticeModel &model)
{
    for (QComboBox *combo : {m_firstPractice, m_secondPractice}) {
        combo->clear();
        for (const Practice &practice : model.practices)
            addChoice(combo, practice.title, practice.id, practice.title);
    }
    if (m_secondPractice->count() > 1)
        m_secondPractice->setCurrentIndex(1);
    m_cue->clear();
    for (const Region &region : model.regions) {
        for (const Cue &cue : region.cues)
            addChoice(m_cue, tr("%1 (%2)").arg(cue.title, region.name), cue.id, cue.title);
    }
}

FairTest FairTestSetupForm::chosenTest() const
{
    FairTest test = m_cueButton->isChecked()
        ? FairTest::ofCue(m_cue->currentData().toString(), m_cue->currentData(TitleRole).toString())
        : FairTest::ofPractices(optionOf(m_firstPractice, FairTestOptionKind::Practice),
            optionOf(m_secondPractice, FairTestOptionKind::Practice));
    test.days = m_weeks->value() * 7;
    return test;
}

void FairTestSetupForm::showProblem(const QString &problem)
{
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

void FairTestSetupForm::showKind()
{
    const bool practices = m_practicesButton->isChecked();
    m_firstPractice->setEnabled(practices);
    m_secondPractice->setEnabled(practices);
    m_cue->setEnabled(!practices);
}

} // namespace toward
