#pragma once

#include "journal/JournalFilter.h"
#include "journal/JournalStore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace toward {

class Journal;
class JournalReader;

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
//
// A new filter is counted, with its first page, on a reader thread: searching the words of a
// large journal takes longer than the window may wait. The rows of the filter before stay until
// then.
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

    // Applies `filter` once its rows are counted (filterApplied()).
    void setFilter(const JournalFilter &filter);
    // The filter asked for last, applied or not yet.
    const JournalFilter &filter() const { return m_filter; }
    // From setFilter() until its rows are shown.
    bool isFiltering() const { return m_filtering; }
    // Counts again and forgets the rows read so far, after the journal changed. While the count
    // stays the same (a note was edited) the rows are only marked changed, so the view keeps its
    // selection. A filter still being counted is then counted here.
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
    void filterApplied();
    // Rows the view asked for could not be read (readError() says why); once until the next
    // reset or reload.
    void readFailed();

private:
    // The count of a filter's rows, with the first page of them.
    struct FirstRows {
        qint64 count = 0;
        QList<CheckInSummary> page;
    };

    void reset();
    void showFirstRows(const Result<FirstRows> &read);
    int countRows() const;
    static int rowsFrom(qint64 count);
    const CheckInSummary *summaryAt(int row) const;
    QVariant display(const CheckInSummary &row, int column) const;

    const Journal &m_journal;
    JournalReader *m_reader;
    JournalFilter m_filter;
    bool m_filtering = false;
    int m_rowCount = 0;
    mutable QString m_readError;
    ChangeColours m_colours;
    // Pages read so far, and their numbers from the least to the most recently used.
    mutable QHash<int, QList<CheckInSummary>> m_pages;
    mutable QList<int> m_pageUse;
};

} // namespace toward
