#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class CheckInAdviceStep;
}

namespace toward {

class CheckInFlow;

// A red-flag answer is ticked: the person is told plainly to see a clinician before practising;
// the practice does not start, and the answers can still be saved with a note.
class CheckInAdviceStep final : public QWidget {
    Q_OBJECT

public:
    explicit CheckInAdviceStep(QWidget *parent = nullptr);
    ~CheckInAdviceStep() override;

    void showFlow(const CheckInFlow &flow);

signals:
    void noteEdited(const QString &note);

private:
    std::unique_ptr<Ui::CheckInAdviceStep> m_ui;
};

} // namespace toward
