#include "journal/JournalPage.h"

#include "journal/CheckInTableModel.h"
#include "journal/DeleteCheckInCommand.h"
#include "journal/EditNoteCommand.h"
#include "journal/Journal.h"
#include "journal/JournalReader.h"
#include "journal/JournalStatistics.h"
#include "journal/JournalTrendChart.h"
#include "journal/JournalWording.h"
#include "ui_JournalPage.h"
#include "whathelps/WhatHelps.h"
#include "widgets/CalculatedArea.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

namespace toward {

namespace {

// Rows of one fixed height let the view place any number of rows without measuring them. Columns
// with short values fit their longest value; names and notes share what is left.
void sizeRowsAndColumns(QTableView &table, const CheckInTableModel &checkIns)
{
    const QFontMetrics metrics = table.fontMetrics();
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.verticalHeader()->setDefaultSectionSize(metrics.lineSpacing() + 8);

    const int charWidth = metrics.averageCharWidth();
    const auto fit = [&](int column, const QStringList &samples) {
        int widest =
            metrics.horizontalAdvance(checkIns.headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            widest = qMax(widest, metrics.horizontalAdvance(sample));
        table.setColumnWidth(column, widest + 3 * charWidth);
    };
    // Two-digit days, months and hours make the widest time.
    fit(CheckInTableModel::WhenColumn,
        {QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat)});
    QStringList places;
    for (Context context : allValues<Context>())
        places.append(labelOf(context));
    fit(CheckInTableModel::WhereColumn, places);
    fit(CheckInTableModel::PainColumn, {JournalWording::pain(MaxPain, MaxPain)});
    fit(CheckInTableModel::ChangeColumn,
        {JournalWording::change(MaxPain, MinPain) + u' ' + JournalWording::meaningfulMarker()});
    table.setColumnWidth(CheckInTableModel::RegionsColumn, 16 * charWidth);
    table.setColumnWidth(CheckInTableModel::PracticeColumn, 16 * charWidth);
}

} // namespace

JournalPage::JournalPage(Journal &journal, QUndoStack &undoStack, Clock now, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JournalPage>())
    , m_journal(journal)
    , m_undoStack(undoStack)
    , m_now(std::move(now))
    , m_checkIns(new CheckInTableModel(journal, this))
    , m_reader(new JournalReader(this))
    , m_saveNoteAction(new QAction(tr("Save note"), this))
    , m_deleteAction(new QAction(tr("Delete check-in"), this))
{
    m_ui->setupUi(this);
    m_ui->legendLabel->setText(tr("A minus means less pain. %1 marks a change that matters: at "
                                  "least 2 points, or 30% of the pain before.")
                                   .arg(JournalWording::meaningfulMarker()));
    m_ui->filterBar->setClock(m_now);

    QTableView *table = m_ui->checkInTable;
    table->setModel(m_checkIns);
    m_checkIns->setChangeColours(ChangeColours::forPalette(table->palette()));
    sizeRowsAndColumns(*table, *m_checkIns);
    // The table gets most of the room; the chosen check-in's details wrap.
    m_ui->checkInSplitter->setStretchFactor(0, 2);
    m_ui->checkInSplitter->setStretchFactor(1, 1);
    m_ui->checkInSplitter->setSizes({2 * width(), width()});

    m_saveNoteAction->setObjectName(QStringLiteral("saveNoteAction"));
    m_saveNoteAction->setShortcut(QKeySequence::Save);
    m_saveNoteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveNoteAction);
    m_deleteAction->setObjectName(QStringLiteral("deleteCheckInAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the table: in the note editor, Delete deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(m_deleteAction);

    connect(m_ui->filterBar, &JournalFilterBar::filterChanged, this, &JournalPage::applyFilter);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &JournalPage::showCheckInAt);
    connect(m_ui->detailView, &CheckInDetailView::saveNoteRequested, this, &JournalPage::saveNote);
    connect(m_ui->detailView, &CheckInDetailView::deleteRequested, this,
        &JournalPage::deleteShownCheckIn);
    connect(m_saveNoteAction, &QAction::triggered, this, &JournalPage::saveNote);
    connect(m_deleteAction, &QAction::triggered, this, &JournalPage::deleteShownCheckIn);
    connect(m_ui->journalTabs, &QTabWidget::currentChanged, this, &JournalPage::updateShownTab);
    // The table model, made above, has reset itself by the time the page hears of it.
    connect(&m_journal, &Journal::reset, this, &JournalPage::refresh);
    connect(&m_journal, &Journal::accessChanged, this, &JournalPage::updateReadOnly);
    connect(m_checkIns, &CheckInTableModel::readFailed, this, &JournalPage::updateCount);
    connect(m_checkIns, &CheckInTableModel::filterApplied, this, &JournalPage::updateCount);

    updateReadOnly();
    refresh();
}

JournalPage::~JournalPage() = default;

void JournalPage::setModel(const PracticeModel &model)
{
    m_ui->filterBar->setRegions(model.regions);
    m_model = std::make_shared<const PracticeModel>(model);
    m_whatHelpsStale = true;
    m_reader->drop(WhatHelpsRead);
    updateShownTab();
}

bool JournalPage::isCalculating() const
{
    return m_reader->isBusy() || m_checkIns->isFiltering();
}

JournalFilter JournalPage::filter() const
{
    return m_checkIns->filter();
}

Result<void> JournalPage::saveEditedNote()
{
    saveNote();
    if (!m_ui->detailView->hasUnsavedNote())
        return Result<void>::success();
    return Result<void>::failure(m_journal.isReadOnly() ? tr("The journal is open read-only.")
                                                        : tr("The journal could not take it."));
}

void JournalPage::refresh()
{
    const Result<qint64> total = m_journal.store().count();
    if (!total.ok()) {
        showUnreadable(total.error());
        return;
    }
    if (total.value() == 0) {
        m_ui->emptyLabel->setText(tr(
            "Your journal is empty.\n\nAfter a practice, check in with how your pain was before "
            "and after. Your check-ins will show up here, with a chart of your pain over time and "
            "the cues and practices that help you most.\n\nCheck-ins exported from Toward before "
            "can be brought back with Journal > Import CSV…"));
    }
    m_ui->contentStack->setCurrentWidget(
        total.value() == 0 ? m_ui->emptyPage : m_ui->journalContent);
    readSummary();

    // The check-in shown stays shown, unsaved note and all, and keeps its row selected when one
    // was added or removed just above it. When it is gone, its row goes to the check-in that took
    // its place.
    CheckInDetailView *detail = m_ui->detailView;
    const QUuid shownId = detail->shownCheckIn() ? detail->shownCheckIn()->id : QUuid();
    const int row = m_ui->checkInTable->currentIndex().row();
    m_checkIns->reload();
    const Result<std::optional<CheckIn>> found =
        shownId.isNull() ? std::optional<CheckIn>() : m_journal.store().find(shownId);
    if (!found.ok())
        emit statusMessage(tr("The check-in shown could not be read again: %1").arg(found.error()));
    // When it cannot be read, it stays shown as it was.
    const std::optional<CheckIn> shown = found.ok() ? found.value() : detail->shownCheckIn();
    // A check-in deleted elsewhere stays shown while it holds an unsaved note, so the words are
    // not lost.
    const bool shownIsGone = !shownId.isNull() && !shown && !detail->hasUnsavedNote();
    if (shown)
        detail->showCheckIn(*shown);
    else if (shownIsGone)
        detail->showNothing();
    if (shownIsGone && row >= 0 && row < m_checkIns->rowCount()) {
        m_ui->checkInTable->setCurrentIndex(m_checkIns->index(row, 0));
    } else if (shown && row >= 0) {
        for (int near : {row, row + 1, row - 1}) {
            if (m_checkIns->checkInIdAt(near) == shownId) {
                m_ui->checkInTable->setCurrentIndex(m_checkIns->index(near, 0));
                break;
            }
        }
    }

    updateCount();
    // Reads under way are of the journal as it was.
    markFilteredTabsStale();
}

void JournalPage::showNewCheckIn(const QUuid &id)
{
    constexpr int NewestRows = 20;
    refresh();
    for (int row = 0; row < std::min(NewestRows, m_checkIns->rowCount()); ++row) {
        if (m_checkIns->checkInIdAt(row) == id) {
            m_ui->checkInTable->setCurrentIndex(m_checkIns->index(row, 0));
            m_ui->checkInTable->setFocus();
            return;
        }
    }
    emit statusMessage(tr("The check-in is saved; the filters hide it."));
}

void JournalPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_checkIns->setChangeColours(ChangeColours::forPalette(m_ui->checkInTable->palette()));
}

void JournalPage::applyFilter()
{
    m_checkIns->setFilter(m_ui->filterBar->filter());
    updateCount();
    markFilteredTabsStale();
}

void JournalPage::markFilteredTabsStale()
{
    m_trendStale = true;
    m_whatHelpsStale = true;
    m_reader->drop(TrendRead);
    m_reader->drop(WhatHelpsRead);
    updateShownTab();
}

void JournalPage::showCheckInAt(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const QUuid id = m_checkIns->checkInIdAt(current.row());
    CheckInDetailView *detail = m_ui->detailView;
    if (detail->shownCheckIn() && detail->shownCheckIn()->id == id)
        return;
    // Moving on saves the note; when that fails, the note stays shown with the error.
    saveNote();
    if (detail->hasUnsavedNote())
        return;
    const Result<std::optional<CheckIn>> found = m_journal.store().find(id);
    if (!found.ok()) {
        detail->showNothing();
        emit statusMessage(tr("This check-in cannot be read: %1").arg(found.error()));
    } else if (found.value()) {
        detail->showCheckIn(*found.value());
    } else {
        detail->showNothing();
    }
}

void JournalPage::saveNote()
{
    const CheckInDetailView *detail = m_ui->detailView;
    const std::optional<CheckIn> &shown = detail->shownCheckIn();
    if (!shown || !detail->hasUnsavedNote() || m_journal.isReadOnly())
        return;
    m_undoStack.push(new EditNoteCommand(m_journal, shown->id, shown->note, detail->editedNote(),
        [this](const Result<void> &result) { journalEdited(result); }));
    if (!detail->hasUnsavedNote())
        emit statusMessage(tr("Note saved."));
}

void JournalPage::deleteShownCheckIn()
{
    const std::optional<CheckIn> &shown = m_ui->detailView->shownCheckIn();
    if (!shown || m_journal.isReadOnly())
        return;
    // Undo adds back the journal's copy; the one shown may carry an unsaved note.
    const Result<std::optional<CheckIn>> found = m_journal.store().find(shown->id);
    if (!found.ok()) {
        showError(tr("The check-in could not be deleted: %1").arg(found.error()));
        return;
    }
    if (!found.value()) {
        refresh();
        return;
    }
    const QUuid id = shown->id; // `shown` changes as the page is refreshed
    m_undoStack.push(new DeleteCheckInCommand(
        m_journal, *found.value(), [this](const Result<void> &result) { journalEdited(result); }));
    if (const Result<bool> present = m_journal.store().contains(id);
        present.ok() && !present.value())
        emit statusMessage(tr("Check-in deleted. Edit > Undo (Ctrl+Z) brings it back."));
}

void JournalPage::journalEdited(const Result<void> &result)
{
    if (!result.ok()) {
        QString message = tr("The journal could not be changed: %1").arg(result.error());
        if (m_ui->detailView->hasUnsavedNote())
            message += u'\n' + tr("Your note is still in the editor.");
        showError(message);
    }
    refresh();
}

template<typename T>
void JournalPage::calculate(ReadTopic topic, CalculatedArea *area,
    std::function<Result<T>(const JournalStore &)> read, std::function<void(const T &)> show)
{
    area->startCalculating();
    m_reader->read<T>(topic, m_journal.filePath(), std::move(read),
        [area, show = std::move(show)](const Result<T> &result) {
            if (!result.ok()) {
                area->showProblem(result.error());
                return;
            }
            show(result.value());
            area->showContent();
        });
}

void JournalPage::readSummary()
{
    calculate<JournalSummary>(
        SummaryRead, m_ui->summaryArea,
        [now = m_now()](const JournalStore &store) { return summary(store, now); },
        [this](const JournalSummary &summary) { showSummary(summary); });
}

void JournalPage::showSummary(const JournalSummary &summary)
{
    m_ui->weekLabel->setText(JournalWording::thisWeek(summary));
    m_ui->streakLabel->setText(JournalWording::daysInARow(summary.daysInARow));
    m_ui->reliefLabel->setText(JournalWording::reliefComparison(summary));
}

void JournalPage::updateCount()
{
    if (m_checkIns->isFiltering()) {
        m_ui->countLabel->setText(tr("Finding the check-ins that match…"));
        return;
    }
    if (const QString error = m_checkIns->readError(); !error.isEmpty()) {
        m_ui->countLabel->setText(tr("Some check-ins cannot be read: %1").arg(error));
        return;
    }
    const QString matching = JournalWording::checkInCount(m_checkIns->rowCount());
    if (m_checkIns->filter().isEmpty()) {
        m_ui->countLabel->setText(tr("%1, newest first").arg(matching));
        return;
    }
    const Result<qint64> total = m_journal.store().count();
    m_ui->countLabel->setText(total.ok() ? tr("%1 match the filters (of %2), newest first")
                                               .arg(matching, QLocale().toString(total.value()))
                                         : tr("%1 match the filters, newest first").arg(matching));
}

void JournalPage::updateReadOnly()
{
    const bool readOnly = m_journal.isReadOnly();
    m_ui->detailView->setReadOnly(readOnly);
    m_saveNoteAction->setEnabled(!readOnly);
    m_deleteAction->setEnabled(!readOnly);
}

void JournalPage::updateShownTab()
{
    const QWidget *tab = m_ui->journalTabs->currentWidget();
    if (tab == m_ui->trendTab && m_trendStale) {
        if (!m_trendChart) {
            m_trendChart = new JournalTrendChart(m_ui->trendContent);
            m_ui->trendLayout->addWidget(m_trendChart);
        }
        m_trendStale = false;
        calculate<TrendSeries>(
            TrendRead, m_ui->trendArea,
            [filter = m_checkIns->filter()](
                const JournalStore &store) { return trend(store, filter); },
            [this](const TrendSeries &series) { m_trendChart->setTrend(series); });
    } else if (tab == m_ui->whatHelpsTab && m_whatHelpsStale) {
        m_whatHelpsStale = false;
        calculate<WhatHelps>(
            WhatHelpsRead, m_ui->whatHelpsArea,
            [filter = m_checkIns->filter(), model = m_model](
                const JournalStore &store) { return whatHelps(store, filter, model.get()); },
            [this](const WhatHelps &helps) { m_ui->whatHelpsView->setWhatHelps(helps); });
    }
}

void JournalPage::showUnreadable(const QString &error)
{
    m_ui->emptyLabel->setText(
        tr("Your journal cannot be read: %1\n\nJournal > Export CSV… still saves every check-in "
           "that can be read, and Journal > Restore from backup… puts a healthy copy in its "
           "place.")
            .arg(error));
    m_ui->contentStack->setCurrentWidget(m_ui->emptyPage);
}

void JournalPage::showError(const QString &message)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Journal"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("journalErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace toward
