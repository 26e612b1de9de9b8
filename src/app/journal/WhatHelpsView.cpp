#include "journal/WhatHelpsView.h"

#include "journal/JournalWording.h"
#include "ui_WhatHelpsView.h"

namespace toward {

namespace {

enum RankedColumn { RankColumn, TitleColumn, AverageColumn, UsesColumn, RatedColumn, ShareColumn };
enum NotEnoughDataColumn { NameColumn, KindColumn, NotEnoughUsesColumn, NotEnoughRatedColumn };

void alignNumbers(QTreeWidgetItem *item, std::initializer_list<int> columns)
{
    for (int column : columns)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

void addRanked(
    QTreeWidget *tree, const QString &title, const ReliefTally &relief, const QString &share)
{
    auto *item = new QTreeWidgetItem(tree,
        {QString::number(tree->topLevelItemCount() + 1), title,
            JournalWording::averageChange(relief.average().value_or(0)),
            QString::number(relief.uses), QString::number(relief.rated), share});
    alignNumbers(item, {RankColumn, AverageColumn, UsesColumn, RatedColumn});
}

void addNotEnoughData(
    QTreeWidget *tree, const QString &title, const QString &kind, const ReliefTally &relief)
{
    auto *item = new QTreeWidgetItem(
        tree, {title, kind, QString::number(relief.uses), QString::number(relief.rated)});
    alignNumbers(item, {NotEnoughUsesColumn, NotEnoughRatedColumn});
}

// Says why a list is empty, in a row of its own (added after the columns are fitted, so that it
// does not widen the first one).
void explainEmpty(QTreeWidget *tree, const QString &why)
{
    if (tree->topLevelItemCount() > 0)
        return;
    auto *item = new QTreeWidgetItem(tree, {why});
    item->setFlags(Qt::ItemIsEnabled);
    item->setFirstColumnSpanned(true);
}

void fitColumns(QTreeWidget *tree)
{
    for (int column = 0; column < tree->columnCount(); ++column)
        tree->resizeColumnToContents(column);
}

} // namespace

WhatHelpsView::WhatHelpsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WhatHelpsView>())
{
    m_ui->setupUi(this);
    m_ui->notEnoughDataLabel->setText(
        tr("&Not enough data yet (rated fewer than %1 times; not ranked)")
            .arg(ReliefTally::MinRatedUses));
    QFont heading = m_ui->cuesLabel->font();
    heading.setBold(true);
    for (QLabel *label : {m_ui->cuesLabel, m_ui->practicesLabel, m_ui->notEnoughDataLabel})
        label->setFont(heading);
    const QString averageTip = tr("Pain after minus pain before, averaged over the rated uses");
    m_ui->cueTree->headerItem()->setToolTip(AverageColumn, averageTip);
    m_ui->practiceTree->headerItem()->setToolTip(AverageColumn, averageTip);
    m_ui->cueTree->headerItem()->setToolTip(
        ShareColumn, tr("How often the cue felt toward, of the times you said how it felt"));
    m_ui->practiceTree->headerItem()->setToolTip(ShareColumn,
        tr("Rated uses whose change matters: at least 2 points, or 30% of the pain before"));
}

WhatHelpsView::~WhatHelpsView() = default;

void WhatHelpsView::setWhatHelps(const WhatHelps &whatHelps)
{
    for (QTreeWidget *tree : {m_ui->cueTree, m_ui->practiceTree, m_ui->notEnoughDataTree})
        tree->clear();

    for (const CueHelp &cue : whatHelps.cues.ranked)
        addRanked(
            m_ui->cueTree, cue.title, cue.relief, JournalWording::share(cue.feltToward, cue.felt));
    for (const PracticeHelp &practice : whatHelps.practices.ranked)
        addRanked(m_ui->practiceTree, practice.title, practice.relief,
            JournalWording::share(practice.meaningfulRelief, practice.relief.rated));
    for (const CueHelp &cue : whatHelps.cues.notEnoughData)
        addNotEnoughData(m_ui->notEnoughDataTree, cue.title, tr("Cue"), cue.relief);
    for (const PracticeHelp &practice : whatHelps.practices.notEnoughData)
        addNotEnoughData(m_ui->notEnoughDataTree, practice.title, tr("Practice"), practice.relief);

    for (QTreeWidget *tree : {m_ui->cueTree, m_ui->practiceTree, m_ui->notEnoughDataTree})
        fitColumns(tree);
    const QString tooFew = tr("None yet: each needs %1 check-ins with pain rated before and after.")
                               .arg(ReliefTally::MinRatedUses);
    explainEmpty(m_ui->cueTree, tooFew);
    explainEmpty(m_ui->practiceTree, tooFew);
    explainEmpty(
        m_ui->notEnoughDataTree, tr("Nothing: every cue and practice you used is ranked."));
}

} // namespace toward
