#pragma once

#include "model/PracticeModel.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PracticePage;
}

namespace toward {

// Lists the model's practices and, for the chosen one, its steps, with a button to start it.
class PracticePage final : public QWidget {
    Q_OBJECT

public:
    explicit PracticePage(QWidget *parent = nullptr);
    ~PracticePage() override;

    // Replaces what is shown; the page keeps its own copy of the model.
    void setModel(const PracticeModel &model);

signals:
    // "Start this practice": a check-in with it.
    void practiceRequested(const QString &practiceId);

private:
    void showChosenPractice();

    std::unique_ptr<Ui::PracticePage> m_ui;
    PracticeModel m_model;
};

} // namespace toward
