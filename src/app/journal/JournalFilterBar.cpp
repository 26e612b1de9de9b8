#include "journal/JournalFilterBar.h"

#include "ui_JournalFilterBar.h"

namespace toward {

JournalFilterBar::JournalFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JournalFilterBar>())
{
    m_ui->setupUi(this);

    // The number of days up to and including today; 0 for no limit.
    m_ui->datesCombo->addItem(tr("All time"), 0);
    m_ui->datesCombo->addItem(tr("Last 7 days"), 7);
    m_ui->datesCombo->addItem(tr("Last 30 days"), 30);
    m_ui->datesCombo->addItem(tr("Last 90 days"), 90);
    m_ui->datesCombo->addItem(tr("Last 365 days"), 365);

    m_ui->whereCombo->addItem(tr("Anywhere"));
    for (Context context : allValues<Context>())
        m_ui->whereCombo->addItem(labelOf(context), wordOf(context));

    setRegions({});

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPause);
    connect(&m_typingPause, &QTimer::timeout, this, &JournalFilterBar::filterChanged);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_typingPause.stop();
        emit filterChanged();
    });
    for (QComboBox *combo : {m_ui->datesCombo, m_ui->regionCombo, m_ui->whereCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &JournalFilterBar::filterChanged);
}

JournalFilterBar::~JournalFilterBar() = default;

void JournalFilterBar::setClock(Clock now)
{
    m_now = std::move(now);
}

void JournalFilterBar::setRegions(const QList<Region> &regions)
{
    const QString chosen = m_ui->regionCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_ui->regionCombo);
        m_ui->regionCombo->clear();
        m_ui->regionCombo->addItem(tr("All regions"));
        for (const Region &region : regions)
            m_ui->regionCombo->addItem(region.name, region.id);
        m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(chosen)));
    }
    if (m_ui->regionCombo->currentData().toString() != chosen)
        emit filterChanged();
}

JournalFilter JournalFilterBar::filter() const
{
    JournalFilter filter;
    if (const int days = m_ui->datesCombo->currentData().toInt(); days > 0)
        filter.firstDay = m_now().date().addDays(1 - days);
    filter.regionId = m_ui->regionCombo->currentData().toString();
    if (const QString where = m_ui->whereCombo->currentData().toString(); !where.isEmpty())
        filter.context = enumFromWord<Context>(where);
    filter.text = m_ui->searchEdit->text().trimmed();
    return filter;
}

} // namespace toward
