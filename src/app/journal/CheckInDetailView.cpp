#include "journal/CheckInDetailView.h"

#include "journal/JournalWording.h"
#include "ui_CheckInDetailView.h"

#include <QLocale>

namespace toward {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// "Tuesday, 3 March 2026 08:14 – 08:19", on the clock where the check-in was done.
QString timeSpan(const CheckIn &checkIn)
{
    const QLocale locale;
    const QDateTime &start = checkIn.startedAt;
    QString span = locale.toString(start.date(), QLocale::LongFormat) + u' '
        + locale.toString(start.time(), QLocale::ShortFormat);
    if (checkIn.endedAt.isValid()) {
        const QDateTime end = checkIn.endedAt.toOffsetFromUtc(start.offsetFromUtc());
        span += QStringLiteral(" – ")
            + (end.date() == start.date() ? locale.toString(end.time(), QLocale::ShortFormat)
                                          : locale.toString(end, QLocale::ShortFormat));
    }
    return span;
}

QString painLine(const CheckIn &checkIn)
{
    const QString pain = JournalWording::pain(checkIn.painBefore, checkIn.painAfter);
    if (!checkIn.painAfter)
        return CheckInDetailView::tr("%1 (not rated after)").arg(pain);
    const QString change = JournalWording::change(checkIn.painBefore, checkIn.painAfter);
    if (isMeaningfulChange(checkIn.painBefore, *checkIn.painAfter))
        return CheckInDetailView::tr("%1 (%2 %3, a change that matters)")
            .arg(pain, change, JournalWording::meaningfulMarker());
    return CheckInDetailView::tr("%1 (%2, a small change)").arg(pain, change);
}

QString line(const QString &label, const QString &value)
{
    return QStringLiteral("<b>") + escaped(label) + QStringLiteral("</b> ") + escaped(value)
        + QStringLiteral("<br>");
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + escaped(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString leaningsText(const QList<LeaningRecord> &leanings)
{
    if (leanings.isEmpty())
        return CheckInDetailView::tr("not noted");
    QStringList parts;
    for (const LeaningRecord &leaning : leanings) {
        parts.append(QStringLiteral("%1 ↔ %2: %3")
                         .arg(leaning.towardLabel, leaning.awayLabel,
                             leaning.leaning == Leaning::Toward ? CheckInDetailView::tr("toward")
                                                                : CheckInDetailView::tr("away")));
    }
    return parts.join(QStringLiteral("; "));
}

// Red flags come first: they matter more than anything else the check-in holds.
QString redFlagsHtml(const QList<RedFlag> &redFlags)
{
    if (redFlags.isEmpty())
        return {};
    QStringList flags;
    for (RedFlag flag : redFlags)
        flags.append(labelOf(flag));
    return QStringLiteral("<h4>") + escaped(CheckInDetailView::tr("⚠ Red flags noted"))
        + QStringLiteral("</h4>") + list(flags) + QStringLiteral("<p><b>")
        + escaped(CheckInDetailView::tr(
            "These can be signs of something that needs care. Please see a clinician "
            "before you practise again."))
        + QStringLiteral("</b></p>");
}

QString detailsHtml(const CheckIn &checkIn)
{
    QStringList regions;
    for (const RegionRecord &region : checkIn.regions)
        regions.append(region.name);

    QString html = QStringLiteral("<h3>") + escaped(timeSpan(checkIn)) + QStringLiteral("</h3>")
        + redFlagsHtml(checkIn.redFlags) + QStringLiteral("<p>")
        + line(CheckInDetailView::tr("Where:"), labelOf(checkIn.context))
        + line(CheckInDetailView::tr("Regions:"),
            regions.isEmpty() ? CheckInDetailView::tr("none noted")
                              : regions.join(QStringLiteral(", ")))
        + line(CheckInDetailView::tr("Pain:"), painLine(checkIn));
    if (!checkIn.practiceTitle.isEmpty())
        html += line(CheckInDetailView::tr("Practice:"), checkIn.practiceTitle);
    if (!checkIn.breathPatternName.isEmpty())
        html += line(CheckInDetailView::tr("Breath:"), checkIn.breathPatternName);
    html += QStringLiteral("</p><p>")
        + line(CheckInDetailView::tr("Before:"), leaningsText(checkIn.leaningsBefore))
        + line(CheckInDetailView::tr("After:"), leaningsText(checkIn.leaningsAfter))
        + QStringLiteral("</p>");

    if (!checkIn.cues.isEmpty()) {
        QStringList cues;
        for (const CueRecord &cue : checkIn.cues) {
            cues.append(CheckInDetailView::tr("%1: %2").arg(cue.title,
                cue.feeling ? labelOf(*cue.feeling).toLower()
                            : CheckInDetailView::tr("not rated")));
        }
        html += QStringLiteral("<h4>") + escaped(CheckInDetailView::tr("Cues and how they felt"))
            + QStringLiteral("</h4>") + list(cues);
    }
    return html;
}

} // namespace

CheckInDetailView::CheckInDetailView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckInDetailView>())
{
    m_ui->setupUi(this);
    connect(
        m_ui->saveNoteButton, &QPushButton::clicked, this, &CheckInDetailView::saveNoteRequested);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CheckInDetailView::deleteRequested);
    connect(m_ui->noteEditor->document(), &QTextDocument::modificationChanged, this,
        &CheckInDetailView::updateButtons);
    showNothing();
}

CheckInDetailView::~CheckInDetailView() = default;

void CheckInDetailView::showCheckIn(const CheckIn &checkIn)
{
    const bool keepEditedNote = hasUnsavedNote() && m_shown->id == checkIn.id;
    m_shown = checkIn;
    m_ui->detailsView->setHtml(detailsHtml(checkIn));
    if (!keepEditedNote)
        m_ui->noteEditor->setPlainText(checkIn.note);
    else if (m_ui->noteEditor->toPlainText() == checkIn.note)
        m_ui->noteEditor->document()->setModified(false);
    updateButtons();
}

void CheckInDetailView::showNothing()
{
    m_shown.reset();
    m_ui->detailsView->setPlainText(
        CheckInDetailView::tr("Choose a check-in to see everything it holds."));
    m_ui->noteEditor->clear();
    updateButtons();
}

QString CheckInDetailView::editedNote() const
{
    return m_ui->noteEditor->toPlainText();
}

bool CheckInDetailView::hasUnsavedNote() const
{
    return m_shown && m_ui->noteEditor->document()->isModified();
}

void CheckInDetailView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void CheckInDetailView::updateButtons()
{
    const bool editable = m_shown && !m_readOnly;
    m_ui->noteEditor->setEnabled(m_shown.has_value());
    m_ui->noteEditor->setReadOnly(!editable);
    m_ui->saveNoteButton->setEnabled(editable && hasUnsavedNote());
    m_ui->unsavedLabel->setVisible(hasUnsavedNote());
    m_ui->deleteButton->setEnabled(editable);
}

} // namespace toward
