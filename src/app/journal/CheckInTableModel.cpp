#include "journal/CheckInTableModel.h"

#include "journal/Journal.h"
#include "journal/JournalReader.h"
#include "journal/JournalWording.h"

#include <QLocale>
#include <QPalette>

#include <limits>
#include <utility>

namespace toward {

namespace {

constexpr int FilterRead = 0; // the reader's one topic

} // namespace

ChangeColours ChangeColours::forPalette(const QPalette &palette)
{
    // Each pair keeps a contrast of at least 4.5:1 with the base colour of a light or a dark theme
    // (and its alternate row colour).
    if (palette.color(QPalette::Base).lightness() < 128)
        return {QColor(0x7d, 0xd8, 0x8f), QColor(0xff, 0x8a, 0x80)};
    return {QColor(0x1b, 0x6e, 0x35), QColor(0xb3, 0x26, 0x1e)};
}

CheckInTableModel::CheckInTableModel(const Journal &journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_reader(new JournalReader(this))
{
    connect(&journal, &Journal::reset, this, &CheckInTableModel::reset);
    reset();
}

void CheckInTableModel::setFilter(const JournalFilter &filter)
{
    m_filter = filter;
    m_filtering = true;
    m_reader->read<FirstRows>(
        FilterRead, m_journal.filePath(),
        [filter](const JournalStore &store) -> Result<FirstRows> {
            const Result<qint64> counted = store.count(filter);
            if (!counted.ok())
                return Result<FirstRows>::failure(counted.error());
            Result<QList<CheckInSummary>> page = store.summaries(filter, 0, PageSize);
            if (!page.ok())
                return Result<FirstRows>::failure(page.error());
            return FirstRows {counted.value(), std::move(page).value()};
        },
        [this](const Result<FirstRows> &read) { showFirstRows(read); });
}

void CheckInTableModel::showFirstRows(const Result<FirstRows> &read)
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_readError = read.ok() ? QString() : read.error();
    m_rowCount = read.ok() ? rowsFrom(read.value().count) : 0;
    if (read.ok()) {
        m_pages.insert(0, read.value().page);
        m_pageUse.append(0);
    }
    m_filtering = false;
    endResetModel();
    emit filterApplied();
}

int CheckInTableModel::rowsFrom(qint64 count)
{
    return int(qMin<qint64>(count, std::numeric_limits<int>::max()));
}

int CheckInTableModel::countRows() const
{
    const Result<qint64> counted = m_journal.store().count(m_filter);
    m_readError = counted.ok() ? QString() : counted.error();
    return counted.ok() ? rowsFrom(counted.value()) : 0;
}

void CheckInTableModel::reload()
{
    if (m_filtering) {
        reset();
        return;
    }
    const int rows = countRows();
    if (rows != m_rowCount) {
        reset();
        return;
    }
    m_pages.clear();
    m_pageUse.clear();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

void CheckInTableModel::reset()
{
    // Counted here, the filter asked for needs no other read.
    m_reader->drop(FilterRead);
    const bool filterWaited = std::exchange(m_filtering, false);
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_rowCount = countRows();
    endResetModel();
    if (filterWaited)
        emit filterApplied();
}

void CheckInTableModel::setChangeColours(const ChangeColours &colours)
{
    m_colours = colours;
    if (m_rowCount > 0)
        emit dataChanged(
            index(0, ChangeColumn), index(m_rowCount - 1, ChangeColumn), {Qt::ForegroundRole});
}

QUuid CheckInTableModel::checkInIdAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const CheckInSummary *summary = summaryAt(row);
    return summary ? summary->id : QUuid();
}

int CheckInTableModel::loadedRowCount() const
{
    int rows = 0;
    for (const QList<CheckInSummary> &page : m_pages)
        rows += int(page.size());
    return rows;
}

int CheckInTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CheckInTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CheckInSummary *CheckInTableModel::summaryAt(int row) const
{
    const int page = row / PageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        const Result<QList<CheckInSummary>> read =
            m_journal.store().summaries(m_filter, qint64(page) * PageSize, PageSize);
        if (!read.ok()) {
            if (m_readError.isEmpty()) {
                // Queued: the view is asking while it paints.
                QMetaObject::invokeMethod(const_cast<CheckInTableModel *>(this),
                    &CheckInTableModel::readFailed, Qt::QueuedConnection);
            }
            m_readError = read.error();
            return nullptr;
        }
        // Before inserting: removing from a QHash moves its entries, and `found` must stay valid.
        if (m_pages.size() >= MaxCachedPages)
            m_pages.remove(m_pageUse.takeFirst());
        found = m_pages.insert(page, read.value());
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const int offset = row % PageSize;
    // The journal may have lost rows since they were counted; the next reload fixes the count.
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QVariant CheckInTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        return column == PainColumn || column == ChangeColumn
            ? QVariant::fromValue(Qt::AlignCenter)
            : QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    }
    // Only the roles that show something read the journal.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole
        && role != Qt::AccessibleTextRole)
        return {};
    const CheckInSummary *row = summaryAt(index.row());
    if (!row) {
        if (column != WhenColumn || m_readError.isEmpty() || role == Qt::ForegroundRole)
            return {};
        return role == Qt::ToolTipRole ? m_readError : tr("Cannot be read");
    }

    const bool rated = row->painAfter.has_value();
    const bool meaningful = rated && isMeaningfulChange(row->painBefore, *row->painAfter);
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ForegroundRole:
        if (column == ChangeColumn && rated && *row->painAfter != row->painBefore)
            return *row->painAfter < row->painBefore ? m_colours.relief : m_colours.worse;
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == ChangeColumn) {
            if (!rated)
                return tr("Pain was not rated after");
            const QString change = JournalWording::change(row->painBefore, *row->painAfter);
            return meaningful ? tr("%1: a change that matters").arg(change)
                              : tr("%1: a small change").arg(change);
        }
        if (column == NoteColumn && role == Qt::ToolTipRole)
            return row->noteStart;
        return display(*row, column);
    }
    return {};
}

QVariant CheckInTableModel::display(const CheckInSummary &row, int column) const
{
    switch (column) {
    case WhenColumn:
        return QLocale().toString(row.startedAt, QLocale::ShortFormat);
    case RegionsColumn:
        return row.regionNames;
    case WhereColumn:
        return labelOf(row.context);
    case PainColumn:
        return JournalWording::pain(row.painBefore, row.painAfter);
    case ChangeColumn: {
        if (!row.painAfter)
            return QString();
        const QString change = JournalWording::change(row.painBefore, row.painAfter);
        return isMeaningfulChange(row.painBefore, *row.painAfter)
            ? change + u' ' + JournalWording::meaningfulMarker()
            : change;
    }
    case PracticeColumn:
        return row.practiceTitle;
    case NoteColumn: {
        const QString start = row.noteStart.simplified();
        // The journal gives only the note's start; say when there is more.
        return row.noteStart.size() >= JournalStore::NoteStartChars ? start + QChar(0x2026) : start;
    }
    }
    return {};
}

QVariant CheckInTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == ChangeColumn)
        return tr("Pain after minus pain before: a minus means less pain. %1 marks a change that "
                  "matters: at least 2 points, or 30% of the pain before.")
            .arg(JournalWording::meaningfulMarker());
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case RegionsColumn:
        return tr("Regions");
    case WhereColumn:
        return tr("Where");
    case PainColumn:
        return tr("Pain");
    case ChangeColumn:
        return tr("Change");
    case PracticeColumn:
        return tr("Practice");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace toward
