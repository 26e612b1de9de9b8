#pragma once

#include "journal/JournalOpener.h"

#include <QDialog>

#include <memory>

namespace Ui {
class JournalProblemDialog;
}

class QPushButton;

namespace toward {

// Says exactly why the journal cannot be opened, that the file was not changed, and offers what
// can be done about it: move it aside and start anew, open it read-only, restore a backup, or quit.
class JournalProblemDialog final : public QDialog {
    Q_OBJECT

public:
    explicit JournalProblemDialog(const JournalProblemPrompt &prompt, QWidget *parent = nullptr);
    ~JournalProblemDialog() override;

    // Quit until something else is chosen.
    JournalProblemChoice::Action chosenAction() const { return m_chosenAction; }

    // Asks in a modal dialog until the person decides; choosing to restore goes on to the list of
    // backups, and back here when they cancel it.
    static JournalProblemChoice ask(const JournalProblemPrompt &prompt);

private:
    void choose(JournalProblemChoice::Action action);

    std::unique_ptr<Ui::JournalProblemDialog> m_ui;
    QPushButton *m_quitButton;
    JournalProblemChoice::Action m_chosenAction = JournalProblemChoice::Action::Quit;
};

} // namespace toward
