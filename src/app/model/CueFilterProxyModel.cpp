#include "model/CueFilterProxyModel.h"

#include "model/CueTableModel.h"

namespace toward {

CueFilterProxyModel::CueFilterProxyModel(CueTableModel *cues, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_cues(cues)
{
    setSourceModel(cues);
}

void CueFilterProxyModel::setFilter(const CueFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool CueFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.matches(m_cues->regionAt(sourceRow), m_cues->cueAt(sourceRow));
}

} // namespace toward
