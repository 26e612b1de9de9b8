#pragma once

#include "journal/JournalFilter.h"
#include "journal/JournalStore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace toward {

class Journal;

// The colours of a change in pain: relief and worse, each readable on the view's base colour.
struct ChangeColours {
    QColor relief;
    QColor worse;

    static ChangeColours forPalette(const QPalette &palette);
};

// The check-ins that match a filter, newest first, one row each. Rows are read from the journal a
// page at a time as the view asks for them, and only the pages used last are kept, so a journal
// of any size costs a count and a few pages. Rows that cannot be read say so; they are never
// left out as if they were not there.
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

    // `journal` must outlive the model. The model reads it again when it is reset.
    explicit CheckInTableModel(const Journal &journal, QObject *parent = nullptr);

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
    // Why the check-ins could not be counted or some of them read; empty when all went well.
    QString readError() const { return m_readError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Rows the view asked for could not be read (readError() says why); once until the next
    // reset or reload.
    void readFailed();

private:
    void reset();
    int countRows() const;
    const CheckInSummary *summaryAt(int row) const;
    QVariant display(const CheckInSummary &row, int column) const;

    const Journal &m_journal;
    JournalFilter m_filter;
    int m_rowCount = 0;
    mutable QString m_readError;
    ChangeColours m_colours;
    // Pages read so far, and their numbers from the least to the most recently used.
    mutable QHash<int, QList<CheckInSummary>> m_pages;
    mutable QList<int> m_pageUse;
};

} // namespace toward
