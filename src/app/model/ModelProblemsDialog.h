#pragma once

#include "model/ModelIssue.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ModelProblemsDialog;
}

namespace toward {

// Lists every problem found in a practice model file, one a line, and says which model is in use.
class ModelProblemsDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Outcome {
        KeptCurrentModel, // the file had errors; the model in use before stays
        UsingBuiltInModel, // the file had errors at start; the built-in model is used instead
        OpenedWithWarnings, // the file is in use; the warnings name what was ignored
    };

    ModelProblemsDialog(const QString &filePath, const ModelIssues &issues, Outcome outcome,
        QWidget *parent = nullptr);
    ~ModelProblemsDialog() override;

    // The problems shown, as ModelIssue::toString() gives them.
    QStringList problems() const;

private:
    std::unique_ptr<Ui::ModelProblemsDialog> m_ui;
};

} // namespace toward
