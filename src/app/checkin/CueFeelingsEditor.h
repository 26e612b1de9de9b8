#pragma once

#include "journal/CheckIn.h"
#include "practice/CheckInFlow.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QGridLayout;

namespace toward {

// How each cue of the practice felt, given at the end when the person practised without looking:
// toward (better), neutral, away (worse) or not rated, one row per cue reached.
class CueFeelingsEditor final : public QWidget {
    Q_OBJECT

public:
    explicit CueFeelingsEditor(QWidget *parent = nullptr);

    // Shows the cues and their feelings without announcing them; rebuilds the rows only when the
    // cues are not the ones shown.
    void setCues(const QList<CurrentCue> &cues);

    // Every choice, row by row, for the page's tab order.
    QList<QWidget *> choices() const;

signals:
    void feelingChanged(int step, std::optional<toward::CueFeeling> feeling);

private:
    enum Choice { NotRated, Away, Neutral, Toward };

    void addRow(const CurrentCue &cue);
    static Choice choiceOf(std::optional<CueFeeling> feeling);

    QGridLayout *m_grid;
    QStringList m_cueIds; // by row, to tell whether the rows still fit
    QList<QButtonGroup *> m_groups; // by row
};

} // namespace toward
