#include "journal/CsvImportProblemsDialog.h"

#include "ui_CsvImportProblemsDialog.h"

#include <QDir>
#include <QPushButton>

namespace toward {

CsvImportProblemsDialog::CsvImportProblemsDialog(
    const QString &filePath, const QList<JournalCsvProblem> &problems, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CsvImportProblemsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("csvImportProblemsDialog"));
    const QString file = QDir::toNativeSeparators(filePath);
    const QString cause = tr(
        "%1 cannot be imported because of the %n problem(s) below.", nullptr, int(problems.size()))
                              .arg(file);
    m_ui->summaryLabel->setText(
        cause + u' ' + tr("Nothing was imported: fix the file, then import it again."));

    for (const JournalCsvProblem &problem : problems) {
        auto *item = new QTreeWidgetItem(m_ui->problemList,
            {problem.row > 0 ? QString::number(problem.row) : tr("file"), problem.column,
                problem.message});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_ui->problemList->resizeColumnToContents(0);
    m_ui->problemList->resizeColumnToContents(1);

    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 20);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

CsvImportProblemsDialog::~CsvImportProblemsDialog() = default;

} // namespace toward
