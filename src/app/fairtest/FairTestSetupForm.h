#pragma once

#include "fairtest/FairTest.h"
#include "model/PracticeModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace toward {

// Choosing a fair test: two practices, or a cue against leaving it out, and how many weeks.
class FairTestSetupForm final : public QWidget {
    Q_OBJECT

public:
    explicit FairTestSetupForm(QWidget *parent = nullptr);

    void setModel(const PracticeModel &model);
    // The test as chosen, not yet started (no start time or seed).
    FairTest chosenTest() const;
    void showProblem(const QString &problem);

signals:
    void startRequested();

private:
    void showKind();

    QRadioButton *m_practicesButton;
    QRadioButton *m_cueButton;
    QComboBox *m_firstPractice;
    QComboBox *m_secondPractice;
    QComboBox *m_cue;
    QSpinBox *m_weeks;
    QLabel *m_problemLabel;
};

} // namespace toward
