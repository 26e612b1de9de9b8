#include "today/PainDaysChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace toward {

namespace {

constexpr int MaxPain = 10;

} // namespace

PainDaysChart::PainDaysChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Pain, the last days"));
}

void PainDaysChart::setDays(const QList<PainTally> &days, QDate last, int count)
{
    m_days = days;
    m_last = last;
    m_count = count;
    QStringList described;
    for (const PainTally &day : days) {
        const QString date = QLocale().toString(day.start, QLocale::ShortFormat);
        const std::optional<double> after = day.averageAfter();
        described.append(after ? tr("%1: %2 before, %3 after")
                                     .arg(date)
                                     .arg(day.averageBefore(), 0, 'f', 1)
                                     .arg(*after, 0, 'f', 1)
                               : tr("%1: %2 before").arg(date).arg(day.averageBefore(), 0, 'f', 1));
    }
    setAccessibleDescription(
        described.isEmpty() ? tr("No check-ins in these days.") : described.join(u"; "));
    update();
}

QSize PainDaysChart::sizeHint() const
{
    return {fontMetrics().height() * 24, fontMetrics().height() * 6};
}

QSize PainDaysChart::minimumSizeHint() const
{
    return {fontMetrics().height() * 12, fontMetrics().height() * 4};
}

void PainDaysChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal dot = fontMetrics().height() * 0.35;
    const QRectF area = QRectF(rect()).adjusted(dot * 2, dot * 2, -dot * 2, -dot * 2);
    const QColor line = palette().color(QPalette::Mid);
    painter.setPen(QPen(line, 1, Qt::DotLine));
    for (int pain : {0, 5, MaxPain}) {
        const qreal y = area.bottom() - area.height() * pain / MaxPain;
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    if (!m_last.isValid() || m_count < 1)
        return;
    const qreal step = m_count > 1 ? area.width() / (m_count - 1) : 0;
    const auto yOf = [&area](
                         double pain) { return area.bottom() - area.height() * pain / MaxPain; };
    const QColor ink = palette().color(QPalette::Highlight);
    for (const PainTally &day : m_days) {
        const qint64 back = day.start.daysTo(m_last);
        if (back < 0 || back >= m_count)
            continue;
        const qreal x = area.left() + step * (m_count - 1 - back);
        const QPointF before(x, yOf(day.averageBefore()));
        painter.setPen(QPen(ink, dot * 0.5));
        if (const std::optional<double> after = day.averageAfter()) {
            const QPointF afterPoint(x, yOf(*after));
            painter.drawLine(before, afterPoint);
            painter.setBrush(ink);
            painter.drawEllipse(afterPoint, dot, dot);
        }
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawEllipse(before, dot, dot);
    }
}

} // namespace toward
