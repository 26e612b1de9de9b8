#include "widgets/PainScaleInput.h"

#include "journal/CheckIn.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace toward {

namespace {

QLabel *scaleEndLabel(const QString &text, Qt::Alignment alignment, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(alignment);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PainScaleInput::PainScaleInput(QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_valueLabel(new QLabel(this))
{
    m_slider->setObjectName(QStringLiteral("painSlider"));
    m_slider->setRange(MinPain, MaxPain);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(tr("Pain from 0 to 10"));
    setFocusProxy(m_slider);

    m_valueLabel->setObjectName(QStringLiteral("painValueLabel"));
    m_valueLabel->setTextFormat(Qt::PlainText);
    m_valueLabel->setWordWrap(true);

    auto *ends = new QHBoxLayout;
    ends->addWidget(scaleEndLabel(tr("0 No pain"), Qt::AlignLeft, this));
    ends->addWidget(scaleEndLabel(tr("5 Moderate"), Qt::AlignCenter, this));
    ends->addWidget(scaleEndLabel(tr("10 Worst imaginable"), Qt::AlignRight, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_slider);
    layout->addLayout(ends);

    // actionTriggered and sliderPressed also cover choosing the value the slider already shows,
    // which valueChanged would miss: an unrated scale rests at 0.
    connect(m_slider, &QAbstractSlider::actionTriggered, this,
        [this] { rate(m_slider->sliderPosition()); });
    connect(m_slider, &QAbstractSlider::sliderPressed, this,
        [this] { rate(m_slider->sliderPosition()); });
    connect(m_slider, &QAbstractSlider::sliderMoved, this, &PainScaleInput::rate);
    showValue();
}

void PainScaleInput::setValue(std::optional<int> pain)
{
    m_value = pain;
    showValue();
}

void PainScaleInput::typeDigit(int digit)
{
    const bool ten = digit == 0 && m_lastDigit == 1 && m_sinceLastDigit.isValid()
        && m_sinceLastDigit.elapsed() <= TenKeysMs;
    m_lastDigit = ten ? std::nullopt : std::optional(digit);
    m_sinceLastDigit.start();
    rate(ten ? MaxPain : digit);
}

QString PainScaleInput::wordFor(int pain)
{
    if (pain <= MinPain)
        return tr("No pain");
    if (pain <= 3)
        return tr("Mild");
    if (pain <= 6)
        return tr("Moderate");
    if (pain < MaxPain)
        return tr("Severe");
    return tr("Worst imaginable");
}

void PainScaleInput::rate(int pain)
{
    const bool changed = m_value != pain;
    m_value = pain;
    showValue();
    if (changed)
        emit rated(pain);
}

void PainScaleInput::showValue()
{
    const QSignalBlocker quiet(m_slider);
    m_slider->setValue(m_value.value_or(MinPain));
    const QString text = m_value ? tr("%1 — %2").arg(*m_value).arg(wordFor(*m_value))
                                 : tr("Not rated yet: type 0 to 9 (1 then 0 for 10) or use the "
                                      "slider");
    m_valueLabel->setText(text);
    // A rating stands out; the hint before it does not.
    QFont font = this->font();
    if (m_value) {
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
    }
    m_valueLabel->setFont(font);
    m_slider->setAccessibleDescription(text);
}

} // namespace toward
