#include "journal/WhatHelpsTableModel.h"

#include "WhatHelpsWording.h"

namespace toward {

void WhatHelpsTableModel::setWhatHelps(const WhatHelps &whatHelps)
{
    beginResetModel();
    m_whatHelps = whatHelps;
    endResetModel();
}

int WhatHelpsTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_whatHelps.practices.size() + m_whatHelps.cues.size());
}

int WhatHelpsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const HelpEstimate &WhatHelpsTableModel::estimateAt(int row) const
{
    return isPractice(row) ? m_whatHelps.practices.at(row)
                           : m_whatHelps.cues.at(row - m_whatHelps.practices.size());
}

QString WhatHelpsTableModel::text(const HelpEstimate &estimate, int row, int column) const
{
    const WhatHelpsWording wording;
    switch (column) {
    case NameColumn:
        return estimate.title;
    case KindColumn:
        return isPractice(row) ? tr("Practice") : tr("Cue");
    case VerdictColumn:
        return verdictPhrase(estimate.verdict);
    case EffectColumn:
        return wording.effect(estimate.shownEffect());
    case UsesColumn:
        return QLocale().toString(estimate.evidence.uses);
    case DaysColumn:
        return QLocale().toString(estimate.evidence.days);
    case MeaningfulColumn:
        return wording.meaningfulShare(estimate, m_whatHelps);
    case WhyNotYetColumn:
        return notEnoughDataReason(estimate.evidence);
    default:
        return {};
    }
}

QVariant WhatHelpsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HelpEstimate &estimate = estimateAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(estimate, index.row(), index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == EffectColumn)
            return WhatHelpsWording().spokenEffect(estimate.shownEffect());
        return text(estimate, index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !estimate.alwaysWith.isEmpty())
            return WhatHelpsWording::alwaysWith(estimate);
        // The reason may be wider than its column.
        if (index.column() == WhyNotYetColumn)
            return text(estimate, index.row(), index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UsesColumn || index.column() == DaysColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant WhatHelpsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case VerdictColumn:
        return tr("Compared with your usual");
    case EffectColumn:
        return tr("Pain after, in points (90% range)");
    case UsesColumn:
        return tr("Uses");
    case DaysColumn:
        return tr("Days");
    case MeaningfulColumn:
        return tr("Changes that matter");
    case WhyNotYetColumn:
        return tr("Why not enough data");
    default:
        return {};
    }
}

} // namespace toward
