#include "fairtest/FairTestProgressView.h"

#include "fairtest/FairTestWording.h"
#include "style/AppStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace toward {

namespace {

QLabel *richLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FairTestProgressView::FairTestProgressView(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(richLabel(QStringLiteral("titleLabel"), this))
    , m_stateLabel(richLabel(QStringLiteral("stateLabel"), this))
    , m_countsLabel(richLabel(QStringLiteral("countsLabel"), this))
    , m_resultLabel(richLabel(QStringLiteral("resultLabel"), this))
    , m_caveatLabel(richLabel(QStringLiteral("caveatLabel"), this))
    , m_stopButton(new QPushButton(tr("S&top early…"), this))
    , m_anotherButton(new QPushButton(tr("Start &another…"), this))
{
    AppStyle::setTextRole(m_titleLabel, TextRole::Heading);
    m_caveatLabel->setText(FairTestWording::caveat());
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_anotherButton->setObjectName(QStringLiteral("startAnotherButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_anotherButton);
    auto *layout = new QVBoxLayout(this);
    for (QLabel *label : {m_titleLabel, m_stateLabel, m_countsLabel, m_resultLabel, m_caveatLabel})
        layout->addWidget(label);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_stopButton, &QPushButton::clicked, this, &FairTestProgressView::stopRequested);
    connect(
        m_anotherButton, &QPushButton::clicked, this, &FairTestProgressView::startAnotherRequested);
}

void FairTestProgressView::showTest(
    const FairTest &test, const FairTestResult &result, const QDateTime &now)
{
    const bool running = test.isRunning(now);
    m_titleLabel->setText(FairTestWording::title(test));
    m_stateLabel->setText(FairTestWording::state(test, now));
    m_countsLabel->setText(FairTestWording::counts(test, result));
    // While it runs the result is not shown: a look part way tempts to stop at a lucky moment.
    m_resultLabel->setText(running
            ? tr("The result is shown when the test ends. Stopping early shows it from the "
                 "check-ins so far.")
            : FairTestWording::result(test, result));
    m_stopButton->setVisible(running);
    m_anotherButton->setVisible(!running);
}

} // namespace toward
