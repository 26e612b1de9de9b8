#pragma once

#include "journal/JournalFilter.h"
#include "journal/JournalStore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace toward {

// The colours of a change in pain: relief and worse, each readable on the view's base colour.
struct ChangeColours {
    QColor relief;
    QColor worse;

    static ChangeColours forPalette(const QPalette &palette);
};

// The check-ins that match a filter, newest first, one row each. Rows are read from the journal a
// page at a time as the view asks for them, and only the pages used last are kept, so a journal
// of any size costs a count and a few pages.
class CheckInTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        RegionsColumn,
        WhereColumn,
        PainColumn,
        ChangeColumn,
        PracticeColumn,
        NoteColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 8;

    // `journal` must outlive the model, or be replaced through setJournal first.
    explicit CheckInTableModel(const JournalStore &journal, QObject *parent = nullptr);

    void setJournal(const JournalStore &journal);
    void setFilter(const JournalFilter &filter);
    const JournalFilter &filter() const { return m_filter; }
    // Counts again and forgets the rows read so far, after the journal changed. While the count
    // stays the same (a note was edited) the rows are only marked changed, so the view keeps its
    // selection.
    void reload();
    void setChangeColours(const ChangeColours &colours);

    // Null for a row out of range.
    QUuid checkInIdAt(int row) const;
    // How many rows are held in memory now.
    int loadedRowCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();
    const CheckInSummary *summaryAt(int row) const;
    QVariant display(const CheckInSummary &row, int column) const;

    const JournalStore *m_journal;
    JournalFilter m_filter;
    int m_rowCount = 0;
    ChangeColours m_colours;
    // Pages read so far, and their numbers from the least to the most recently used.
    mutable QHash<int, QList<CheckInSummary>> m_pages;
    mutable QList<int> m_pageUse;
};

} // namespace toward
