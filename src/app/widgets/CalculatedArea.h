#pragma once

#include <QStackedWidget>

#include <chrono>

class QLabel;
class QTimer;

namespace toward {

// An area whose content is worked out away from the GUI thread. While it is, the area says so
// calmly, and only after a moment, so that quick results do not make it flash; content that cannot
// be worked out gives way to the reason. Its first page is its content.
class CalculatedArea final : public QStackedWidget {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds ShowCalculatingAfter {150};

    explicit CalculatedArea(QWidget *parent = nullptr);

    // The content stays for a moment, then gives way to "Calculating…" until it is shown again,
    // or a problem is.
    void startCalculating();
    void showContent();
    void showProblem(const QString &problem);

private:
    void showNote(const QString &text);

    QTimer *m_calculatingDelay;
    QLabel *m_note = nullptr; // made when first needed, so that the content is the first page
};

} // namespace toward
