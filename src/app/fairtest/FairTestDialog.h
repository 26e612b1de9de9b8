#pragma once

#include "Clock.h"
#include "model/PracticeModel.h"

#include <QDialog>

class QLabel;

namespace toward {

class FairTestProgressView;
class FairTestSetupForm;
class Journal;

// Check-in ▸ Fair test…: starts a fair test, or shows the one under way or last finished, with a
// way to stop it early. A fair test lives in the journal file, so it is there after a restart.
// Its few rows are read on the window's thread: a test has at most a few hundred check-ins, each
// found by the journal's index on ids.
class FairTestDialog final : public QDialog {
    Q_OBJECT

public:
    // `journal` must outlive the dialog.
    FairTestDialog(
        Journal &journal, const PracticeModel &model, Clock now, QWidget *parent = nullptr);

    // Reads the journal again and shows what it holds.
    void refresh();

private:
    void start();
    void stop();
    void showPage(QWidget *page);
    void showProblem(const QString &problem);

    Journal &m_journal;
    Clock m_now;
    FairTestSetupForm *m_setup;
    FairTestProgressView *m_progress;
    QLabel *m_problemLabel;
};

} // namespace toward
