#include "journal/JournalProblemDialog.h"

#include "journal/BackupChooserDialog.h"
#include "style/AppStyle.h"
#include "ui_JournalProblemDialog.h"

#include <QPushButton>
#include <QStyle>

namespace toward {

JournalProblemDialog::JournalProblemDialog(const JournalProblemPrompt &prompt, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JournalProblemDialog>())
{
    using Action = JournalProblemChoice::Action;
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("journalProblemDialog"));
    m_quitButton = m_ui->buttonBox->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    AppStyle::setTextRole(m_ui->headingLabel, TextRole::Heading);

    m_ui->problemLabel->setText(prompt.problem.message);
    m_ui->attemptFailureLabel->setText(prompt.lastAttemptFailure);
    m_ui->attemptFailureLabel->setVisible(!prompt.lastAttemptFailure.isEmpty());
    m_ui->openReadOnlyButton->setVisible(prompt.canOpenReadOnly);
    m_ui->restoreButton->setVisible(!prompt.backups.isEmpty());

    connect(m_ui->moveAsideButton, &QAbstractButton::clicked, this,
        [this] { choose(Action::MoveAside); });
    connect(m_ui->openReadOnlyButton, &QAbstractButton::clicked, this,
        [this] { choose(Action::OpenReadOnly); });
    connect(m_ui->restoreButton, &QAbstractButton::clicked, this,
        [this] { choose(Action::RestoreBackup); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Nothing happens to the file on Enter or Space alone: the person picks what is done to it.
    m_quitButton->setDefault(true);
    m_quitButton->setFocus();
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

JournalProblemDialog::~JournalProblemDialog() = default;

void JournalProblemDialog::choose(JournalProblemChoice::Action action)
{
    m_chosenAction = action;
    accept();
}

JournalProblemChoice JournalProblemDialog::ask(const JournalProblemPrompt &prompt)
{
    for (;;) {
        JournalProblemDialog dialog(prompt);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        if (dialog.chosenAction() != JournalProblemChoice::Action::RestoreBackup)
            return {dialog.chosenAction(), {}};
        BackupChooserDialog chooser(prompt.backups);
        if (chooser.exec() == QDialog::Accepted)
            return {JournalProblemChoice::Action::RestoreBackup, chooser.chosenBackupPath()};
    }
}

} // namespace toward
