#include "practice/PracticePage.h"

#include "model/ModelSummary.h"
#include "practice/PracticeWording.h"
#include "style/AppStyle.h"
#include "ui_PracticePage.h"

namespace toward {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString practiceSummary(const PracticeModel &model, const Practice &practice)
{
    return labelOf(practice.kind) + QStringLiteral(" · ")
        + formatDuration(model.practiceLength(practice));
}

QString practiceHtml(const PracticeModel &model, const Practice &practice)
{
    const BreathPattern &pattern = model.breathPatternFor(practice);
    QString html = QStringLiteral("<h2>") + escaped(practice.title) + QStringLiteral("</h2><p>")
        + escaped(practiceSummary(model, practice));
    if (practice.contexts)
        html += QStringLiteral(" · ")
            + escaped(contextLabels(practice.contexts).join(QStringLiteral(", ")));
    html += QStringLiteral("</p><p><b>") + PracticePage::tr("Breath:") + QStringLiteral("</b> ")
        + escaped(PracticeWording::breathPattern(pattern));
    if (!pattern.note.isEmpty())
        html += QStringLiteral("<br>") + escaped(pattern.note);
    html += QStringLiteral("</p><h3>") + PracticePage::tr("Steps") + QStringLiteral("</h3><ol>");
    for (const PracticeStep &step : practice.steps) {
        const Cue *cue = model.findCue(step.cueId);
        const Region *region = model.regionOfCue(step.cueId);
        if (!cue || !region)
            continue; // cannot happen in a loaded model, whose references all resolve
        html += QStringLiteral("<li><p><b>") + escaped(cue->title) + QStringLiteral("</b> · ")
            + escaped(region->name) + QStringLiteral(" · ")
            + PracticeWording::breathCount(step.breaths) + QStringLiteral("<br>")
            + escaped(cue->text) + QStringLiteral("</p></li>");
    }
    return html + QStringLiteral("</ol>");
}

} // namespace

PracticePage::PracticePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PracticePage>())
{
    m_ui->setupUi(this);
    AppStyle::setTextRole(m_ui->headingLabel, TextRole::Title);
    m_ui->practiceSplitter->setStretchFactor(0, 1);
    m_ui->practiceSplitter->setStretchFactor(1, 2);
    connect(m_ui->practiceList, &QListWidget::currentRowChanged, this,
        &PracticePage::showChosenPractice);
    connect(m_ui->startPracticeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->practiceList->currentRow();
        if (row >= 0)
            emit practiceRequested(m_model.practices.at(row).id);
    });
    // Enter on a practice starts it, as a double click does.
    connect(m_ui->practiceList, &QListWidget::itemActivated, m_ui->startPracticeButton,
        &QPushButton::click);
}

PracticePage::~PracticePage() = default;

void PracticePage::setModel(const PracticeModel &model)
{
    m_model = model;
    const QSignalBlocker blocker(m_ui->practiceList);
    m_ui->practiceList->clear();
    for (const Practice &practice : m_model.practices)
        m_ui->practiceList->addItem(
            practice.title + QLatin1Char('\n') + practiceSummary(m_model, practice));
    // Nothing is chosen at first: laying out a practice's steps would slow down the start.
    showChosenPractice();
}

void PracticePage::showChosenPractice()
{
    const int row = m_ui->practiceList->currentRow();
    m_ui->startPracticeButton->setEnabled(row >= 0);
    if (row >= 0) {
        m_ui->practiceView->setHtml(practiceHtml(m_model, m_model.practices[row]));
        return;
    }
    m_ui->practiceView->setPlainText(m_model.practices.isEmpty()
            ? tr("This practice model has no practices. Its cues are on the Model page.")
            : tr("Choose a practice to see its steps."));
}

} // namespace toward
