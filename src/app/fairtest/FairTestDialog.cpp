#include "fairtest/FairTestDialog.h"

#include "fairtest/FairTestAnalysis.h"
#include "fairtest/FairTestProgressView.h"
#include "fairtest/FairTestSetupForm.h"
#include "fairtest/FairTestStore.h"
#include "fairtest/FairTestWording.h"
#include "journal/Journal.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace toward {

FairTestDialog::FairTestDialog(
    Journal &journal, const PracticeModel &model, Clock now, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_now(std::move(now))
    , m_setup(new FairTestSetupForm(this))
    , m_progress(new FairTestProgressView(this))
    , m_problemLabel(new QLabel(this))
{
    setWindowTitle(tr("Fair test"));
    m_setup->setObjectName(QStringLiteral("fairTestSetup"));
    m_progress->setObjectName(QStringLiteral("fairTestProgress"));
    m_setup->setModel(model);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_setup, 1);
    layout->addWidget(m_progress, 1);
    layout->addWidget(buttons);
    setMinimumWidth(600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_setup, &FairTestSetupForm::startRequested, this, &FairTestDialog::start);
    connect(m_progress, &FairTestProgressView::stopRequested, this, &FairTestDialog::stop);
    connect(m_progress, &FairTestProgressView::startAnotherRequested, this, [this] {
        m_setup->showProblem({});
        showPage(m_setup);
    });
    refresh();
}

void FairTestDialog::refresh()
{
    if (!m_journal.isOpen()) {
        showProblem(tr("The journal is not open, so no fair test can be read or started."));
        return;
    }
    FairTestStore tests(m_journal.store());
    const Result<std::optional<FairTest>> latest = tests.latest();
    if (!latest.ok()) {
        showProblem(tr("The fair test cannot be read from your journal: %1").arg(latest.error()));
        return;
    }
    if (!latest.value()) {
        showPage(m_setup);
        return;
    }
    const FairTest &test = *latest.value();
    const Result<QList<FairTestCheckIn>> checkIns = tests.checkIns(test.id);
    if (!checkIns.ok()) {
        showProblem(tr("The fair test's check-ins cannot be read from your journal: %1")
                        .arg(checkIns.error()));
        return;
    }
    m_progress->showTest(test, analyseFairTest(checkIns.value()), m_now());
    showPage(m_progress);
}

void FairTestDialog::start()
{
    FairTest test = m_setup->chosenTest();
    test.startedAt = m_now();
    test.seed = QRandomGenerator::system()->generate();
    const Result<FairTest> started = FairTestStore(m_journal.store()).start(test);
    if (!started.ok()) {
        m_setup->showProblem(started.error());
        return;
    }
    refresh();
}

void FairTestDialog::stop()
{
    const Result<std::optional<FairTest>> latest = FairTestStore(m_journal.store()).latest();
    if (!latest.ok() || !latest.value()) {
        refresh();
        return;
    }
    const FairTest test = *latest.value();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Fair test"),
        tr("Stop “%1” now?").arg(FairTestWording::plainTitle(test)),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("stopFairTestBox"));
    box->setInformativeText(tr("The result is then shown from the check-ins so far; fewer "
                               "check-ins make a less certain answer."));
    box->button(QMessageBox::Yes)->setText(tr("&Stop the test"));
    box->button(QMessageBox::No)->setText(tr("&Keep it running"));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, test] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (const Result<void> stopped = FairTestStore(m_journal.store()).stop(test.id, m_now());
            !stopped.ok()) {
            showProblem(tr("The fair test could not be stopped: %1").arg(stopped.error()));
            return;
        }
        refresh();
    });
    box->open();
}

void FairTestDialog::showPage(QWidget *page)
{
    // One page at a time, and the dialog as tall as the one shown.
    m_setup->setVisible(page == m_setup);
    m_progress->setVisible(page == m_progress);
    adjustSize();
    // Wrapped text is measured at its narrowest first: fit the height to the width it has.
    if (layout()->hasHeightForWidth())
        resize(width(), layout()->totalHeightForWidth(width()));
}

void FairTestDialog::showProblem(const QString &problem)
{
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(true);
}

} // namespace toward
