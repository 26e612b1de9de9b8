#pragma once

#include "model/PracticeModel.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace toward {

// One row per cue of a practice model, in region order (head to tail), then in file order.
class CueTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        RegionColumn,
        NeedColumn,
        ModeColumn,
        ContextsColumn,
        BreathsColumn,
        ColumnCount
    };

    explicit CueTableModel(QObject *parent = nullptr);

    // Shares the model with its owner; it is never changed through this table.
    void setPracticeModel(std::shared_ptr<const PracticeModel> model);

    const Region &regionAt(int row) const;
    const Cue &cueAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct CueRow {
        qsizetype region = 0;
        qsizetype cue = 0;
    };

    std::shared_ptr<const PracticeModel> m_model;
    QList<CueRow> m_rows;
};

} // namespace toward
