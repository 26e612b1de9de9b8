#include "MainWindow.h"

#include "ModelBrowser.h"
#include "model/PracticeModelLoader.h"
#include "settings/AppSettings.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QStyle>

namespace toward {

namespace {

// Each write costs the settings file a sync to disk, and most sessions end with the layout as
// it was restored, so only changes are written.
template<typename T>
void storeIfChanged(AppSettings &settings, const SettingKey<T> &key, const T &value)
{
    if (settings.value(key) != value)
        settings.setValue(key, value);
}

} // namespace

MainWindow::MainWindow(
    AppSettings &settings, PracticeModel model, QString modelFilePath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_modelStatusLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_modelStatusLabel->setObjectName(QStringLiteral("modelStatusLabel"));
    m_modelStatusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_modelStatusLabel, 1);

    connect(m_ui->openModelAction, &QAction::triggered, this, &MainWindow::chooseModelFile);
    connect(m_ui->useBuiltInModelAction, &QAction::triggered, this, &MainWindow::useBuiltInModel);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(
        m_ui->showPracticeAction, &QAction::triggered, this, [this] { showPage(Page::Practice); });
    connect(
        m_ui->showJournalAction, &QAction::triggered, this, [this] { showPage(Page::Journal); });
    connect(m_ui->showModelAction, &QAction::triggered, this, [this] { showPage(Page::Model); });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::showPageAt);

    setModel(std::move(model), std::move(modelFilePath));
    showPage(Page::Practice);
    restoreWindowLayout();
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pageStack->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(int(page));
}

void MainWindow::showPageAt(int row)
{
    if (row == int(Page::Model) && !m_modelBrowser) {
        m_modelBrowser = new ModelBrowser(m_ui->modelPage);
        m_modelBrowser->setModel(m_model);
        m_ui->modelPageLayout->addWidget(m_modelBrowser);
    }
    m_ui->pageStack->setCurrentIndex(row);
}

void MainWindow::openModelFile(const QString &path)
{
    const QString filePath = QFileInfo(path).absoluteFilePath();
    const ModelLoadResult result = PracticeModelLoader::loadFile(filePath);
    if (!result.ok()) {
        showModelProblems(filePath, result.issues, ModelProblemsDialog::Outcome::KeptCurrentModel);
        return;
    }
    setModel(*result.model, filePath);
    m_settings.setValue(Setting::CustomModelPath, filePath);
    if (const ModelIssues warnings = result.warnings(); !warnings.isEmpty())
        showModelProblems(filePath, warnings, ModelProblemsDialog::Outcome::OpenedWithWarnings);
}

void MainWindow::useBuiltInModel()
{
    const ModelLoadResult result = PracticeModelLoader::loadDefault();
    if (!result.ok()) {
        showModelProblems(PracticeModelLoader::DefaultModelPath, result.issues,
            ModelProblemsDialog::Outcome::KeptCurrentModel);
        return;
    }
    setModel(*result.model, {});
    m_settings.setValue(Setting::CustomModelPath, QString());
}

void MainWindow::showModelProblems(
    const QString &filePath, const ModelIssues &issues, ModelProblemsDialog::Outcome outcome)
{
    auto *dialog = new ModelProblemsDialog(filePath, issues, outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    storeIfChanged(m_settings, Setting::WindowGeometry, saveGeometry());
    storeIfChanged(m_settings, Setting::WindowState, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseModelFile()
{
    auto *dialog = new QFileDialog(this, tr("Open practice model"),
        m_settings.value(Setting::LastModelFolder), tr("Practice models (*.json)"));
    dialog->setObjectName(QStringLiteral("openModelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_settings.setValue(Setting::LastModelFolder, QFileInfo(path).absolutePath());
        openModelFile(path);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString text = QStringLiteral("<h3>")
        + tr("Toward %1").arg(QStringLiteral(TOWARD_VERSION)) + QStringLiteral("</h3><p>")
        + tr("An alignment-practice coach. The pose matters less than the direction: with each "
             "movement and each breath, move toward your spine's natural curves.")
        + QStringLiteral("</p>");
    auto *box =
        new QMessageBox(QMessageBox::NoIcon, tr("About Toward"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setModel(PracticeModel model, QString filePath)
{
    m_model = std::move(model);
    m_modelFilePath = std::move(filePath);
    m_ui->practicePage->setModel(m_model);
    if (m_modelBrowser)
        m_modelBrowser->setModel(m_model);
    m_modelStatusLabel->setText(m_modelFilePath.isEmpty()
            ? tr("Model: %1 (built-in)").arg(m_model.name)
            : tr("Model: %1 — %2").arg(m_model.name, QDir::toNativeSeparators(m_modelFilePath)));
}

void MainWindow::restoreWindowLayout()
{
    if (!restoreGeometry(m_settings.value(Setting::WindowGeometry))) {
        const QRect available = screen()->availableGeometry();
        const QSize size = QSize(1000, 700).boundedTo(available.size() * 0.9);
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(m_settings.value(Setting::WindowState));
}

} // namespace toward
