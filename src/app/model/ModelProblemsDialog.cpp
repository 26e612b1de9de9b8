#include "model/ModelProblemsDialog.h"

#include "ui_ModelProblemsDialog.h"

#include <QDir>
#include <QPushButton>

namespace toward {

namespace {

QString summaryText(const QString &filePath, ModelProblemsDialog::Outcome outcome)
{
    const QString file = QDir::toNativeSeparators(filePath);
    switch (outcome) {
    case ModelProblemsDialog::Outcome::KeptCurrentModel:
        return ModelProblemsDialog::tr(
            "Toward could not open the practice model %1. The model you were using stays in use.")
            .arg(file);
    case ModelProblemsDialog::Outcome::UsingBuiltInModel:
        return ModelProblemsDialog::tr(
            "Toward could not open the practice model %1, so it is using the built-in model.")
            .arg(file);
    case ModelProblemsDialog::Outcome::OpenedWithWarnings:
        return ModelProblemsDialog::tr(
            "The practice model %1 is in use. Toward ignored the parts it does not know.")
            .arg(file);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

ModelProblemsDialog::ModelProblemsDialog(
    const QString &filePath, const ModelIssues &issues, Outcome outcome, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ModelProblemsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("modelProblemsDialog"));
    setWindowTitle(outcome == Outcome::OpenedWithWarnings ? tr("Practice model warnings")
                                                          : tr("Practice model problems"));
    m_ui->summaryLabel->setText(summaryText(filePath, outcome));

    QStringList lines;
    for (const ModelIssue &issue : issues)
        lines.append(issue.toString());
    m_ui->problemList->setPlainText(lines.join(QLatin1Char('\n')));

    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 18);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

ModelProblemsDialog::~ModelProblemsDialog() = default;

QStringList ModelProblemsDialog::problems() const
{
    return m_ui->problemList->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace toward
