#include "today/TodayPage.h"

#include "journal/Journal.h"
#include "journal/JournalReader.h"
#include "journal/JournalWording.h"
#include "model/ModelSummary.h"
#include "practice/QuickReset.h"
#include "style/AppStyle.h"
#include "ui_TodayPage.h"

#include <QLocale>

namespace toward {

namespace {

constexpr int OverviewRead = 0;

QString timeOf(const CheckInSummary &checkIn)
{
    return QLocale().toString(checkIn.startedAt.time(), QLocale::ShortFormat);
}

QString painOf(const CheckInSummary &checkIn)
{
    QString pain = JournalWording::pain(checkIn.painBefore, checkIn.painAfter);
    if (const QString change = JournalWording::change(checkIn.painBefore, checkIn.painAfter);
        !change.isEmpty())
        pain += QStringLiteral(" (%1)").arg(change);
    return pain;
}

} // namespace

TodayPage::TodayPage(Journal &journal, Clock now, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TodayPage>())
    , m_journal(journal)
    , m_now(std::move(now))
    , m_reader(new JournalReader(this))
{
    m_ui->setupUi(this);
    AppStyle::setTextRole(m_ui->dateLabel, TextRole::Title);
    for (QPushButton *button : {m_ui->startCheckInButton, m_ui->quickResetButton}) {
        AppStyle::setTextRole(button, TextRole::Lead);
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    }
    AppStyle::setTextRole(m_ui->chartLabel, TextRole::Caption);
    m_ui->quickResetButton->hide();
    connect(m_ui->startCheckInButton, &QPushButton::clicked, this, &TodayPage::checkInRequested);
    connect(m_ui->quickResetButton, &QPushButton::clicked, this, [this] {
        if (!m_quickResetPracticeId.isEmpty())
            emit practiceRequested(m_quickResetPracticeId);
    });
    connect(&m_journal, &Journal::reset, this, &TodayPage::refresh);
    refresh();
}

TodayPage::~TodayPage() = default;

void TodayPage::setModel(const PracticeModel &model)
{
    m_model = model;
    showQuickReset();
}

void TodayPage::setNextReminder(const QString &text)
{
    m_ui->nextReminderLabel->setText(text);
}

QString TodayPage::quickResetPracticeId() const
{
    return m_quickResetPracticeId;
}

void TodayPage::refresh()
{
    const QDateTime now = m_now();
    //: Today's date without the year, as a QDate format: dddd the weekday, d the day, MMMM the
    //: month
    const QString dateFormat = tr("dddd d MMMM");
    m_ui->dateLabel->setText(tr("Today, %1").arg(QLocale().toString(now.date(), dateFormat)));
    m_ui->overviewArea->startCalculating();
    m_reader->read<TodayOverview>(
        OverviewRead, m_journal.filePath(),
        [now](const JournalStore &store) { return todayOverview(store, now); },
        [this](const Result<TodayOverview> &overview) {
            if (!overview.ok()) {
                m_ui->overviewArea->showProblem(
                    tr("The journal cannot be read: %1").arg(overview.error()));
                return;
            }
            showOverview(overview.value());
            m_ui->overviewArea->showContent();
        });
}

void TodayPage::showOverview(const TodayOverview &overview)
{
    if (overview.checkInsToday.isEmpty()) {
        m_ui->todayLabel->setText(tr("No check-in yet today."));
    } else {
        QStringList checkIns;
        // Oldest first, as the day went.
        for (auto checkIn = overview.checkInsToday.crbegin();
             checkIn != overview.checkInsToday.crend(); ++checkIn)
            checkIns.append(tr("%1 at %2").arg(painOf(*checkIn), timeOf(*checkIn)));
        m_ui->todayLabel->setText(
            tr("Today: %1. Pain %2.")
                .arg(JournalWording::checkInCount(overview.checkInsToday.size()),
                    checkIns.join(tr("; "))));
    }
    const bool lastIsEarlier = overview.lastCheckIn && overview.checkInsToday.isEmpty();
    m_ui->lastLabel->setVisible(lastIsEarlier);
    if (lastIsEarlier) {
        const CheckInSummary &last = *overview.lastCheckIn;
        const QDate day = last.startedAt.date();
        const QString when = day == overview.today.addDays(-1)
            ? tr("yesterday at %1").arg(timeOf(last))
            : tr("%1 at %2").arg(QLocale().toString(day, QLocale::LongFormat), timeOf(last));
        m_ui->lastLabel->setText(tr("Your last check-in: %1, pain %2.").arg(when, painOf(last)));
    }
    m_ui->streakLabel->setText(overview.daysInARow > 0
            ? JournalWording::daysInARow(overview.daysInARow)
            : tr("One check-in a day starts a run of days."));
    m_ui->chart->setDays(overview.chartDays, overview.today, TodayOverview::ChartDays);
    m_ui->chart->setVisible(!overview.chartDays.isEmpty());
    m_ui->chartLabel->setText(overview.chartDays.isEmpty()
            ? tr("No check-ins in the last %1 days.").arg(TodayOverview::ChartDays)
            : tr("Pain, the last %1 days: before (hollow) and after (filled) each day's "
                 "check-ins, 0 at the bottom, 10 at the top")
                  .arg(TodayOverview::ChartDays));
    m_usualContext = overview.usualContext;
    showQuickReset();
}

void TodayPage::showQuickReset()
{
    const std::optional<QuickReset> reset = m_model.practices.isEmpty()
        ? std::nullopt
        : QuickReset::choose(m_model, m_usualContext, m_now());
    m_quickResetPracticeId = reset ? reset->practice->id : QString();
    m_ui->quickResetButton->setVisible(reset.has_value());
    if (reset) {
        m_ui->quickResetButton->setText(
            tr("&Quick reset: %1 (%2)")
                .arg(reset->practice->title,
                    formatDuration(m_model.practiceLength(*reset->practice))));
    }
}

} // namespace toward
