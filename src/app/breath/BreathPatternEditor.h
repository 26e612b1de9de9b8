#pragma once

#include "model/PracticeModel.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace toward {

// Edits one breath pattern of the person's own: its name and the length of each phase in 0.5 s
// steps. OK stays disabled, with the reason shown, while the pattern breaks the model format's
// rules; the preview shows it as every list of patterns will.
class BreathPatternEditor final : public QDialog {
    Q_OBJECT

public:
    explicit BreathPatternEditor(const BreathPattern &pattern, QWidget *parent = nullptr);

    // The pattern as edited, its id unchanged.
    BreathPattern pattern() const;

private:
    QDoubleSpinBox *addPhase(const QString &objectName, double minSeconds, milliseconds length);
    void showValidity();

    BreathPattern m_original;
    QLineEdit *m_name;
    QDoubleSpinBox *m_inhale;
    QDoubleSpinBox *m_holdIn;
    QDoubleSpinBox *m_exhale;
    QDoubleSpinBox *m_holdOut;
    QLabel *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace toward
