#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

namespace toward {

// What Toward is for, in a few lines and one picture. Accepted: the person chose to start a first
// check-in.
class WelcomeDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Occasion {
        FirstStart, // offers a first check-in, or a look around first
        Asked, // from the Help menu: only explains
    };

    explicit WelcomeDialog(Occasion occasion, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

private:
    std::unique_ptr<Ui::WelcomeDialog> m_ui;
};

} // namespace toward
