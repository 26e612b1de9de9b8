#include "breath/BreathPatternEditor.h"

#include "model/BreathPatternJson.h"
#include "practice/PracticeWording.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// The model format's limits for a phase (docs/practice-model-format.md); the same rules check
// every value again before OK is enabled.
constexpr double MaxPhaseSeconds = 20;
constexpr double PhaseStepSeconds = 0.5;

milliseconds lengthOf(const QDoubleSpinBox *box)
{
    return milliseconds(std::llround(box->value() * 1000));
}

} // namespace

BreathPatternEditor::BreathPatternEditor(const BreathPattern &pattern, QWidget *parent)
    : QDialog(parent)
    , m_original(pattern)
    , m_name(new QLineEdit(pattern.name, this))
    , m_inhale(addPhase(u"inhaleSpin"_s, 1, pattern.inhale))
    , m_holdIn(addPhase(u"holdInSpin"_s, 0, pattern.holdIn))
    , m_exhale(addPhase(u"exhaleSpin"_s, 1, pattern.exhale))
    , m_holdOut(addPhase(u"holdOutSpin"_s, 0, pattern.holdOut))
    , m_preview(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(pattern.name.isEmpty() ? tr("New breath pattern") : tr("Edit breath pattern"));
    m_name->setObjectName(u"patternNameEdit"_s);
    m_name->setMaxLength(80);
    m_preview->setObjectName(u"patternPreviewLabel"_s);
    m_problem->setObjectName(u"patternProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_preview->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Breathe &in:"), m_inhale);
    form->addRow(tr("&Hold after breathing in:"), m_holdIn);
    form->addRow(tr("Breathe &out:"), m_exhale);
    form->addRow(tr("Hold after breathing o&ut:"), m_holdOut);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &BreathPatternEditor::showValidity);
    for (QDoubleSpinBox *box : {m_inhale, m_holdIn, m_exhale, m_holdOut})
        connect(box, &QDoubleSpinBox::valueChanged, this, &BreathPatternEditor::showValidity);
    showValidity();
}

QDoubleSpinBox *BreathPatternEditor::addPhase(
    const QString &objectName, double minSeconds, milliseconds length)
{
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(minSeconds, MaxPhaseSeconds);
    box->setSingleStep(PhaseStepSeconds);
    box->setDecimals(1);
    box->setSuffix(tr(" s"));
    box->setValue(double(length.count()) / 1000);
    return box;
}

BreathPattern BreathPatternEditor::pattern() const
{
    BreathPattern pattern = m_original;
    pattern.name = m_name->text().trimmed();
    pattern.inhale = lengthOf(m_inhale);
    pattern.holdIn = lengthOf(m_holdIn);
    pattern.exhale = lengthOf(m_exhale);
    pattern.holdOut = lengthOf(m_holdOut);
    return pattern;
}

void BreathPatternEditor::showValidity()
{
    // The format's words name the field by its key; the person knows it by its label.
    static const QHash<QString, QString> labels {{u"name"_s, tr("Name")},
        {u"inhale"_s, tr("Breathe in")}, {u"holdIn"_s, tr("Hold after breathing in")},
        {u"exhale"_s, tr("Breathe out")}, {u"holdOut"_s, tr("Hold after breathing out")}};
    const BreathPattern edited = pattern();
    QStringList problems;
    for (const ModelIssue &issue : BreathPatternJson::issues(edited)) {
        if (issue.isError())
            problems.append(labels.value(issue.path, issue.path) + u": "_s + issue.message);
    }
    m_preview->setText(edited.name.isEmpty() ? QString() : PracticeWording::breathPattern(edited));
    m_problem->setText(problems.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace toward
