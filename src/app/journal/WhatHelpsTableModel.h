#pragma once

#include "whathelps/WhatHelps.h"

#include <QAbstractTableModel>

namespace toward {

// What helps as a table, row for row the forest plot's (practices, then cues), in words a screen
// reader can read out.
class WhatHelpsTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        VerdictColumn,
        EffectColumn,
        UsesColumn,
        DaysColumn,
        MeaningfulColumn,
        WhyNotYetColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setWhatHelps(const WhatHelps &whatHelps);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const HelpEstimate &estimateAt(int row) const;
    bool isPractice(int row) const { return row < m_whatHelps.practices.size(); }
    QString text(const HelpEstimate &estimate, int row, int column) const;

    WhatHelps m_whatHelps;
};

} // namespace toward
