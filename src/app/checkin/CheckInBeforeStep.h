#pragma once

#include "journal/CheckIn.h"

#include <QMap>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CheckInBeforeStep;
}

class QCheckBox;

namespace toward {

class CheckInFlow;
class PainScaleInput;
struct PracticeModel;

// Before the practice: pain, how the person leans, and the red-flag questions.
class CheckInBeforeStep final : public QWidget {
    Q_OBJECT

public:
    explicit CheckInBeforeStep(QWidget *parent = nullptr);
    ~CheckInBeforeStep() override;

    void setModel(const PracticeModel &model);
    void showFlow(const CheckInFlow &flow);
    PainScaleInput *painScale() const;

signals:
    void painRated(int pain);
    void leaningChanged(const QString &directionId, std::optional<toward::Leaning> leaning);
    void redFlagChanged(toward::RedFlag flag, bool ticked);

private:
    std::unique_ptr<Ui::CheckInBeforeStep> m_ui;
    QMap<RedFlag, QCheckBox *> m_redFlagBoxes;
};

} // namespace toward
