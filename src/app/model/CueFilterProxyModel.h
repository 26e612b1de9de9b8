#pragma once

#include "model/CueFilter.h"

#include <QSortFilterProxyModel>

namespace toward {

class CueTableModel;

// Shows the cues of a CueTableModel that match a CueFilter.
class CueFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CueFilterProxyModel(CueTableModel *cues, QObject *parent = nullptr);

    void setFilter(const CueFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CueTableModel *m_cues;
    CueFilter m_filter;
};

} // namespace toward
