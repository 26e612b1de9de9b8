#pragma once

#include "journal/JournalCsvImporter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CsvImportProblemsDialog;
}

namespace toward {

// Lists every problem that kept a CSV file from being imported, each with its row and column,
// and says that nothing was imported.
class CsvImportProblemsDialog final : public QDialog {
    Q_OBJECT

public:
    CsvImportProblemsDialog(const QString &filePath, const QList<JournalCsvProblem> &problems,
        QWidget *parent = nullptr);
    ~CsvImportProblemsDialog() override;

private:
    std::unique_ptr<Ui::CsvImportProblemsDialog> m_ui;
};

} // namespace toward
