#include "journal/WhatHelpsView.h"

#include "WhatHelpsWording.h"
#include "journal/WhatHelpsTableModel.h"
#include "ui_WhatHelpsView.h"

#include <QHeaderView>

namespace toward {

WhatHelpsView::WhatHelpsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WhatHelpsView>())
    , m_table(new WhatHelpsTableModel(this))
{
    m_ui->setupUi(this);
    // The plot gets most of the room; the table repeats it in words.
    m_ui->plotTableSplitter->setStretchFactor(0, 3);
    m_ui->plotTableSplitter->setStretchFactor(1, 1);
    m_ui->helpsTable->setModel(m_table);
    m_ui->helpsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QFont heading = m_ui->tableLabel->font();
    heading.setBold(true);
    m_ui->tableLabel->setFont(heading);
    setWhatHelps({});
}

WhatHelpsView::~WhatHelpsView() = default;

void WhatHelpsView::setWhatHelps(const WhatHelps &whatHelps)
{
    m_ui->explanationLabel->setText(WhatHelpsWording().explanation(whatHelps));
    m_ui->forestPlot->setWhatHelps(whatHelps);
    m_table->setWhatHelps(whatHelps);
    QTableView *table = m_ui->helpsTable;
    table->resizeColumnsToContents();
    // The reasons take what room is left (the last column stretches) and show whole as tooltips,
    // rather than pushing the table into a horizontal scroll.
    table->setColumnWidth(WhatHelpsTableModel::WhyNotYetColumn,
        table->horizontalHeader()->sectionSizeHint(WhatHelpsTableModel::WhyNotYetColumn));
}

} // namespace toward
