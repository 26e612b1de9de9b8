#include "widgets/CalculatedArea.h"

#include <QLabel>
#include <QTimer>

namespace toward {

CalculatedArea::CalculatedArea(QWidget *parent)
    : QStackedWidget(parent)
    , m_calculatingDelay(new QTimer(this))
{
    m_calculatingDelay->setSingleShot(true);
    m_calculatingDelay->setInterval(ShowCalculatingAfter);
    connect(m_calculatingDelay, &QTimer::timeout, this, [this] { showNote(tr("Calculating…")); });
}

void CalculatedArea::startCalculating()
{
    m_calculatingDelay->start();
}

void CalculatedArea::showContent()
{
    m_calculatingDelay->stop();
    setCurrentIndex(0);
}

void CalculatedArea::showProblem(const QString &problem)
{
    m_calculatingDelay->stop();
    showNote(problem);
}

void CalculatedArea::showNote(const QString &text)
{
    if (!m_note) {
        m_note = new QLabel;
        m_note->setObjectName(QStringLiteral("calculatedAreaNote"));
        m_note->setTextFormat(Qt::PlainText);
        m_note->setAlignment(Qt::AlignCenter);
        m_note->setWordWrap(true);
        addWidget(m_note);
    }
    m_note->setText(text);
    setCurrentWidget(m_note);
}

} // namespace toward
