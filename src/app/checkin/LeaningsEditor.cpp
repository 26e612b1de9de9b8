#include "checkin/LeaningsEditor.h"

#include "widgets/TabOrder.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QRadioButton>

#include <array>

namespace toward {

LeaningsEditor::LeaningsEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(3, 1);
}

void LeaningsEditor::setDirections(const QList<InnerDirection> &directions)
{
    qDeleteAll(findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(m_groups);
    m_groups.clear();
    m_directionIds.clear();
    for (int row = 0; row < directions.size(); ++row)
        addRow(row, directions.at(row));
}

void LeaningsEditor::addRow(int row, const InnerDirection &direction)
{
    auto *group = new QButtonGroup(this);
    const std::array<std::pair<Choice, QString>, 3> choices {{
        {Away, direction.away},
        {NotSaid, tr("not sure")},
        {Toward, direction.toward},
    }};
    for (const auto &[choice, text] : choices) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(QStringLiteral("leaning_%1_%2").arg(direction.id).arg(int(choice)));
        button->setAccessibleDescription(
            tr("Leaning from %1 to %2").arg(direction.away, direction.toward));
        group->addButton(button, choice);
        m_grid->addWidget(button, row, int(choice));
    }
    group->button(NotSaid)->setChecked(true);
    connect(group, &QButtonGroup::idClicked, this, [this, id = direction.id](int choice) {
        std::optional<Leaning> leaning;
        if (choice != NotSaid)
            leaning = choice == Toward ? Leaning::Toward : Leaning::Away;
        emit leaningChanged(id, leaning);
    });
    m_directionIds.append(direction.id);
    m_groups.append(group);
}

QList<QWidget *> LeaningsEditor::choices() const
{
    return buttonsOf(m_groups);
}

void LeaningsEditor::setLeanings(const QMap<QString, Leaning> &leanings)
{
    for (int row = 0; row < m_directionIds.size(); ++row) {
        const auto found = leanings.constFind(m_directionIds.at(row));
        Choice choice = NotSaid;
        if (found != leanings.cend())
            choice = *found == Leaning::Toward ? Toward : Away;
        m_groups.at(row)->button(choice)->setChecked(true);
    }
}

} // namespace toward
