#include "checkin/CueFeelingsEditor.h"

#include "widgets/TabOrder.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>

#include <array>

namespace toward {

CueFeelingsEditor::CueFeelingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    // Each cue's name on a line of its own, its choices under it in columns shared by every cue.
    m_grid->setColumnStretch(4, 1);
}

void CueFeelingsEditor::setCues(const QList<CurrentCue> &cues)
{
    QStringList cueIds;
    for (const CurrentCue &cue : cues)
        cueIds.append(cue.cue.id);
    if (cueIds != m_cueIds) {
        qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
        qDeleteAll(m_groups);
        m_groups.clear();
        m_cueIds.clear();
        for (const CurrentCue &cue : cues)
            addRow(cue);
    }
    for (int row = 0; row < cues.size(); ++row)
        m_groups.at(row)->button(choiceOf(cues.at(row).feeling))->setChecked(true);
}

void CueFeelingsEditor::addRow(const CurrentCue &cue)
{
    const int row = int(m_groups.size());
    const QString name = tr("%1. %2 · %3").arg(cue.index + 1).arg(cue.cue.title, cue.regionName);
    auto *label = new QLabel(name, this);
    label->setWordWrap(true);
    m_grid->addWidget(label, 2 * row, 0, 1, 5);

    auto *group = new QButtonGroup(this);
    const std::array<std::pair<Choice, QString>, 4> choices {{
        {NotRated, tr("not rated")},
        {Away, tr("away (worse)")},
        {Neutral, tr("neutral")},
        {Toward, tr("toward (better)")},
    }};
    for (const auto &[choice, text] : choices) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(QStringLiteral("cueFeeling_%1_%2").arg(row).arg(int(choice)));
        button->setAccessibleDescription(tr("How “%1” felt").arg(cue.cue.title));
        group->addButton(button, choice);
        m_grid->addWidget(button, 2 * row + 1, int(choice));
    }
    connect(group, &QButtonGroup::idClicked, this, [this, step = cue.index](int choice) {
        static constexpr std::array<std::optional<CueFeeling>, 4> feelings {
            std::nullopt, CueFeeling::Away, CueFeeling::Neutral, CueFeeling::Toward};
        emit feelingChanged(step, feelings.at(choice));
    });
    m_cueIds.append(cue.cue.id);
    m_groups.append(group);
}

CueFeelingsEditor::Choice CueFeelingsEditor::choiceOf(std::optional<CueFeeling> feeling)
{
    if (!feeling)
        return NotRated;
    switch (*feeling) {
    case CueFeeling::Away:
        return Away;
    case CueFeeling::Neutral:
        return Neutral;
    case CueFeeling::Toward:
        return Toward;
    }
    Q_UNREACHABLE();
    return NotRated;
}

QList<QWidget *> CueFeelingsEditor::choices() const
{
    return buttonsOf(m_groups);
}

} // namespace toward
