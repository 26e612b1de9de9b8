#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QSlider;

namespace toward {

// A pain rating on the 0–10 scale: a slider with the scale's words, and the number keys. It starts
// unrated, so that "not rated" is never mistaken for a zero.
class PainScaleInput final : public QWidget {
    Q_OBJECT

public:
    // Typing 1 then 0 within this time means 10.
    static constexpr int TenKeysMs = 1000;

    explicit PainScaleInput(QWidget *parent = nullptr);

    std::optional<int> value() const { return m_value; }
    // Shows a rating without announcing it.
    void setValue(std::optional<int> pain);
    // A number key typed anywhere on the page: 0 to 9, or 1 then 0 for 10.
    void typeDigit(int digit);

    // "No pain", "Mild", "Moderate", "Severe", "Worst imaginable".
    static QString wordFor(int pain);

signals:
    void rated(int pain);

private:
    void rate(int pain);
    void showValue();

    QSlider *m_slider;
    QLabel *m_valueLabel;
    std::optional<int> m_value;
    std::optional<int> m_lastDigit;
    QElapsedTimer m_sinceLastDigit;
};

} // namespace toward
