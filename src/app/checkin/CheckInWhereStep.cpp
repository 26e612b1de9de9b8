#include "checkin/CheckInWhereStep.h"

#include "model/ModelSummary.h"
#include "practice/CheckInFlow.h"
#include "practice/PracticeBuilder.h"
#include "practice/PracticeWording.h"
#include "ui_CheckInWhereStep.h"

#include <QButtonGroup>
#include <QRadioButton>

namespace toward {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int ContextColumns = 3;

// "&Mat", "&Desk", "&Standing"…: the first letter of each label that no earlier one took, and
// none of the page's own (hurt, practice, breath pattern; back, next, cancel).
QStringList withMnemonics(const QStringList &labels)
{
    QString taken = QStringLiteral("uptbna");
    QStringList marked;
    for (const QString &label : labels) {
        qsizetype at = 0;
        while (at < label.size()
            && (!label.at(at).isLetter() || taken.contains(label.at(at).toLower())))
            ++at;
        if (at == label.size()) {
            marked.append(label);
            continue;
        }
        taken.append(label.at(at).toLower());
        marked.append(label.left(at) + u'&' + label.mid(at));
    }
    return marked;
}

} // namespace

CheckInWhereStep::CheckInWhereStep(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckInWhereStep>())
    , m_contextGroup(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->spine);
    m_ui->spine->setSelectable(true);
    addContextButtons();

    connect(m_ui->spine, &SpineWidget::selectionChanged, this, &CheckInWhereStep::regionsChosen);
    connect(
        m_ui->regionList, &QListWidget::itemChanged, this, &CheckInWhereStep::regionItemChanged);
    connect(m_contextGroup, &QButtonGroup::idClicked, this,
        [this](int context) { emit contextChosen(Context(context)); });
    connect(m_ui->practiceList, &QListWidget::itemSelectionChanged, this,
        &CheckInWhereStep::practiceItemChosen);
    connect(m_ui->breathCombo, &QComboBox::activated, this, [this](int index) {
        emit breathPatternChosen(m_ui->breathCombo->itemData(index).toString());
    });
}

CheckInWhereStep::~CheckInWhereStep() = default;

void CheckInWhereStep::addContextButtons()
{
    const QList<Context> contexts = allValues<Context>();
    QStringList labels;
    for (Context context : contexts)
        labels.append(labelOf(context));
    const QStringList marked = withMnemonics(labels);
    QWidget *previous = m_ui->regionList;
    for (int i = 0; i < contexts.size(); ++i) {
        auto *button = new QRadioButton(marked.at(i), m_ui->contextBox);
        button->setObjectName(QStringLiteral("context_") + wordOf(contexts.at(i)));
        m_contextGroup->addButton(button, int(contexts.at(i)));
        m_ui->contextLayout->addWidget(button, i / ContextColumns, i % ContextColumns);
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_ui->practiceList);
}

void CheckInWhereStep::setModel(const PracticeModel &model)
{
    m_model = model;
    m_ui->spine->setRegions(model.regions);
    const QSignalBlocker quiet(m_ui->regionList);
    m_ui->regionList->clear();
    for (const Region &region : model.regions) {
        auto *item = new QListWidgetItem(region.name, m_ui->regionList);
        item->setData(IdRole, region.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (!region.span.isEmpty())
            item->setToolTip(region.span);
    }
    m_ui->breathCombo->clear();
    for (const BreathPattern &pattern : model.breathPatterns)
        m_ui->breathCombo->addItem(PracticeWording::breathPattern(pattern), pattern.id);
}

void CheckInWhereStep::showFlow(const CheckInFlow &flow)
{
    const CheckInDraft &draft = flow.draft();
    showRegions(draft.regionIds);
    if (draft.context) {
        m_contextGroup->button(int(*draft.context))->setChecked(true);
    } else if (QAbstractButton *checked = m_contextGroup->checkedButton()) {
        m_contextGroup->setExclusive(false);
        checked->setChecked(false);
        m_contextGroup->setExclusive(true);
    }
    showPractices(flow);
    const QSignalBlocker quiet(m_ui->breathCombo);
    m_ui->breathCombo->setEnabled(flow.practice().has_value());
    m_ui->breathCombo->setCurrentIndex(m_ui->breathCombo->findData(draft.breathPatternId));
    showSummary(flow);
}

void CheckInWhereStep::showRegions(const QStringList &regionIds)
{
    m_ui->spine->setSelectedRegionIds(regionIds);
    const QSignalBlocker quiet(m_ui->regionList);
    for (int row = 0; row < m_ui->regionList->count(); ++row) {
        QListWidgetItem *item = m_ui->regionList->item(row);
        item->setCheckState(
            regionIds.contains(item->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void CheckInWhereStep::showPractices(const CheckInFlow &flow)
{
    const QSignalBlocker quiet(m_ui->practiceList);
    m_ui->practiceList->clear();
    const CheckInDraft &draft = flow.draft();
    if (draft.regionIds.isEmpty() || !draft.context) {
        auto *hint = new QListWidgetItem(
            tr("Choose where it hurts and where you are to see the practices that fit."),
            m_ui->practiceList);
        hint->setFlags(Qt::NoItemFlags);
        return;
    }
    const QString chosenId = flow.practice() ? flow.practice()->id : QString();
    for (const Practice *practice : flow.fittingPractices()) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2").arg(practice->title, formatDuration(m_model.practiceLength(*practice))),
            m_ui->practiceList);
        item->setData(IdRole, practice->id);
        item->setSelected(practice->id == chosenId);
    }
    auto *built = new QListWidgetItem(tr("Build one from my regions (about %1)")
                                          .arg(formatDuration(PracticeBuilder::DefaultTarget)),
        m_ui->practiceList);
    built->setData(IdRole, PracticeBuilder::BuiltPracticeId);
    built->setSelected(draft.practiceSource == PracticeSource::Built && flow.practice());
    if (const QList<QListWidgetItem *> chosen = m_ui->practiceList->selectedItems();
        !chosen.isEmpty())
        m_ui->practiceList->setCurrentItem(chosen.constFirst());
}

void CheckInWhereStep::showSummary(const CheckInFlow &flow)
{
    const std::optional<Practice> &practice = flow.practice();
    const std::optional<BreathPattern> pattern = flow.breathPattern();
    if (!practice || !pattern) {
        m_ui->summaryLabel->clear();
        return;
    }
    const int cues = int(practice->steps.size());
    m_ui->summaryLabel->setText(tr("%1: %2, %3 in all, paced by %4.")
                                    .arg(practice->title, tr("%n cue(s)", nullptr, cues),
                                        formatDuration(flow.practiceLength()), pattern->name));
}

QStringList CheckInWhereStep::checkedRegionIds() const
{
    QStringList ids;
    for (int row = 0; row < m_ui->regionList->count(); ++row) {
        const QListWidgetItem *item = m_ui->regionList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(IdRole).toString());
    }
    return ids;
}

void CheckInWhereStep::regionItemChanged(QListWidgetItem *)
{
    emit regionsChosen(checkedRegionIds());
}

void CheckInWhereStep::practiceItemChosen()
{
    const QList<QListWidgetItem *> chosen = m_ui->practiceList->selectedItems();
    if (!chosen.isEmpty())
        emit practiceChosen(chosen.constFirst()->data(IdRole).toString());
}

} // namespace toward
