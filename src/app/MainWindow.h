#pragma once

#include "ModelProblemsDialog.h"
#include "model/PracticeModel.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace toward {

class AppSettings;
class ModelBrowser;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Practice, Journal, Model };

    // `settings` must outlive the window. `modelFilePath` is empty for the built-in model.
    MainWindow(AppSettings &settings, PracticeModel model, QString modelFilePath = {},
        QWidget *parent = nullptr);
    ~MainWindow() override;

    const PracticeModel &model() const { return m_model; }
    QString modelFilePath() const { return m_modelFilePath; }

    Page currentPage() const;
    void showPage(Page page);

    // Switches to the model in `path` and remembers it for the next start; on errors keeps the
    // model in use. Either way every problem found is shown in a ModelProblemsDialog.
    void openModelFile(const QString &path);
    // Switches to the built-in model and forgets the custom one.
    void useBuiltInModel();
    // Opens a non-blocking ModelProblemsDialog.
    void showModelProblems(
        const QString &filePath, const ModelIssues &issues, ModelProblemsDialog::Outcome outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showPageAt(int row); // also builds the model browser when its page is first shown
    void chooseModelFile();
    void showAbout();
    void setModel(PracticeModel model, QString filePath);
    void restoreWindowLayout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings &m_settings;
    PracticeModel m_model;
    QString m_modelFilePath;
    QLabel *m_modelStatusLabel;
    ModelBrowser *m_modelBrowser = nullptr; // built when the Model page is first shown
};

} // namespace toward
