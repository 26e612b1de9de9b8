#include "journal/WhatHelpsView.h"

#include "WhatHelpsWording.h"
#include "journal/WhatHelpsTableModel.h"
#include "style/AppStyle.h"
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
    AppStyle::setTextRole(m_ui->tableLabel, TextRole::Heading);
    setWhatHelps({});
}

WhatHelpsView::~WhatHelpsView() = default;

void WhatHelpsView::setWhatHelps(const WhatHelps &whatHelps)
{
    m_ui->explanationLabel->setText(WhatHelpsWording().explanation(whatHelps));
    m_ui->forestPlot->setWhatHelps(whatHelps);
    m_table->setWhatHelps(whatHelps);
    // The reasons, last, take what room is left (the last column stretches) and show whole as
    // tooltips, rather than pushing the table into a horizontal scroll.
    for (int column = 0; column < WhatHelpsTableModel::WhyNotYetColumn; ++column)
        m_ui->helpsTable->resizeColumnToContents(column);
}

} // namespace toward
