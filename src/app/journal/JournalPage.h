#pragma once

#include "Clock.h"
#include "Result.h"
#include "journal/JournalFilter.h"
#include "model/PracticeModel.h"

#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class JournalPage;
}

class QAction;
class QModelIndex;
class QUndoStack;

namespace toward {

class CalculatedArea;
class CheckInTableModel;
class Journal;
class JournalReader;
class JournalStore;
class JournalTrendChart;
struct JournalSummary;

// The review of the pain journal: a summary, filters, the check-ins that match (newest first) with
// the chosen one in full, the trend of pain over time, and what helps. Notes are edited and
// check-ins deleted here, through the window's undo stack. A journal without check-ins gets a
// friendly word instead; one that cannot be read says so, and never passes for empty. The summary,
// the trend and what helps are worked out on a reader thread of the page's own.
class JournalPage final : public QWidget {
    Q_OBJECT

public:
    // `journal` and `undoStack` must outlive the page. The page reads the journal again whenever
    // it is reset; a note being edited stays in its editor.
    JournalPage(
        Journal &journal, QUndoStack &undoStack, Clock now = systemNow, QWidget *parent = nullptr);
    ~JournalPage() override;
    // The model in use: its regions are offered by the region filter, and its titles name the
    // cues and practices in what helps.
    void setModel(const PracticeModel &model);
    JournalFilter filter() const;
    // Saves a note being edited, e.g. before the app quits. Fails with the reason when it cannot
    // be saved; succeeds when there is nothing to save.
    Result<void> saveEditedNote();
    // From a read being asked for (the rows of a filter, the summary, trend or what helps) until
    // the last one is shown.
    bool isCalculating() const;

public slots:
    // Reads everything shown again, after the journal changed.
    void refresh();
    // Shows a check-in just added, which is among the newest rows when the filters let it through.
    void showNewCheckIn(const QUuid &id);

signals:
    // Something done that the person may want to know, e.g. to show in a status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum ReadTopic { SummaryRead, TrendRead, WhatHelpsRead };

    // Shows "Calculating…" in `area` (after a moment), reads on the reader, then shows the result
    // with `show`, or the reason it could not be read.
    template<typename T>
    void calculate(ReadTopic topic, CalculatedArea *area,
        std::function<Result<T>(const JournalStore &)> read, std::function<void(const T &)> show);
    void applyFilter();
    void showCheckInAt(const QModelIndex &current);
    void saveNote();
    void deleteShownCheckIn();
    void journalEdited(const Result<void> &result);
    void readSummary();
    void showSummary(const JournalSummary &summary);
    void updateCount();
    void updateReadOnly();
    void showUnreadable(const QString &error);
    // Reads the trend or what helps again when its tab is shown and out of date; builds the chart
    // the first time the trend is shown.
    void updateShownTab();
    // The trend and what helps follow the filter and the journal: read again when next shown.
    void markFilteredTabsStale();
    void showError(const QString &message);

    std::unique_ptr<Ui::JournalPage> m_ui;
    Journal &m_journal;
    QUndoStack &m_undoStack;
    Clock m_now;
    CheckInTableModel *m_checkIns;
    JournalReader *m_reader;
    JournalTrendChart *m_trendChart = nullptr;
    QAction *m_saveNoteAction;
    QAction *m_deleteAction;
    bool m_trendStale = true;
    bool m_whatHelpsStale = true;
    // Shared with reads under way, which a new model must not change under them.
    std::shared_ptr<const PracticeModel> m_model;
};

} // namespace toward
