#include "model/CueTableModel.h"

namespace toward {

CueTableModel::CueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CueTableModel::setPracticeModel(std::shared_ptr<const PracticeModel> model)
{
    beginResetModel();
    m_model = std::move(model);
    m_rows.clear();
    if (m_model) {
        for (qsizetype region = 0; region < m_model->regions.size(); ++region) {
            for (qsizetype cue = 0; cue < m_model->regions[region].cues.size(); ++cue)
                m_rows.append({region, cue});
        }
    }
    endResetModel();
}

const Region &CueTableModel::regionAt(int row) const
{
    return m_model->regions[m_rows[row].region];
}

const Cue &CueTableModel::cueAt(int row) const
{
    return regionAt(row).cues[m_rows[row].cue];
}

int CueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Cue &cue = cueAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return cue.title;
        case RegionColumn:
            return regionAt(index.row()).name;
        case NeedColumn:
            return labelOf(cue.need);
        case ModeColumn:
            return labelOf(cue.mode);
        case ContextsColumn:
            return contextLabels(cue.contexts).join(QStringLiteral(", "));
        case BreathsColumn:
            return cue.breaths;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return cue.text;
    if (role == Qt::ToolTipRole && index.column() == ContextsColumn)
        return data(index, Qt::DisplayRole);
    if (role == Qt::TextAlignmentRole && index.column() == BreathsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Cue");
    case RegionColumn:
        return tr("Region");
    case NeedColumn:
        return tr("Need");
    case ModeColumn:
        return tr("Mode");
    case ContextsColumn:
        return tr("Where");
    case BreathsColumn:
        return tr("Breaths");
    }
    return {};
}

} // namespace toward
