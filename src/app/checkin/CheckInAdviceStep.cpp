#include "checkin/CheckInAdviceStep.h"

#include "checkin/NoteEditing.h"
#include "practice/CheckInFlow.h"
#include "style/AppStyle.h"
#include "ui_CheckInAdviceStep.h"

namespace toward {

CheckInAdviceStep::CheckInAdviceStep(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckInAdviceStep>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->noteEdit);
    AppStyle::setTextRole(m_ui->headlineLabel, TextRole::Heading);
    QFont urgent = m_ui->urgentLabel->font();
    urgent.setBold(true);
    m_ui->urgentLabel->setFont(urgent);
    connectNoteEdit(m_ui->noteEdit, this, &CheckInAdviceStep::noteEdited);
}

CheckInAdviceStep::~CheckInAdviceStep() = default;

void CheckInAdviceStep::showFlow(const CheckInFlow &flow)
{
    QString html = QStringLiteral("<p>") + tr("You said:") + QStringLiteral("</p><ul>");
    for (RedFlag flag : flow.draft().redFlags)
        html += QStringLiteral("<li>") + labelOf(flag).toHtmlEscaped() + QStringLiteral("</li>");
    const QList<RedFlag> &flags = flow.draft().redFlags;
    html += QStringLiteral("</ul><p>")
        + (flags.size() == 1 ? tr("This can be the sign of a problem that a doctor should check "
                                  "before you practise alignment on your own.")
                             : tr("These can be the signs of a problem that a doctor should "
                                  "check before you practise alignment on your own."))
        + QStringLiteral("</p>");
    m_ui->adviceLabel->setText(html);
    // Signs that the nerves at the base of the spine are pressed need care the same day.
    m_ui->urgentLabel->setVisible(flags.contains(RedFlag::SaddleNumbness)
        || flags.contains(RedFlag::BladderOrBowel) || flags.contains(RedFlag::WorseningLegs));
    showNote(m_ui->noteEdit, flow.draft().note);
}

} // namespace toward
