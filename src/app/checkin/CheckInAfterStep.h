#pragma once

#include "journal/CheckIn.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CheckInAfterStep;
}

namespace toward {

class CheckInFlow;
class PainScaleInput;
struct PracticeModel;

// After the practice: pain again and the change it makes, how the person leans now, a note.
class CheckInAfterStep final : public QWidget {
    Q_OBJECT

public:
    explicit CheckInAfterStep(QWidget *parent = nullptr);
    ~CheckInAfterStep() override;

    void setModel(const PracticeModel &model);
    void showFlow(const CheckInFlow &flow);
    PainScaleInput *painScale() const;

signals:
    void painRated(int pain);
    void leaningChanged(const QString &directionId, std::optional<toward::Leaning> leaning);
    void cueFeelingChanged(int step, std::optional<toward::CueFeeling> feeling);
    void noteEdited(const QString &note);

private:
    static QString changeText(const CheckInFlow &flow);

    std::unique_ptr<Ui::CheckInAfterStep> m_ui;
};

} // namespace toward
