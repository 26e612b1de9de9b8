#include "welcome/WelcomeDialog.h"

#include "style/AppStyle.h"
#include "ui_WelcomeDialog.h"

#include <QPushButton>

#include <algorithm>

namespace toward {

WelcomeDialog::WelcomeDialog(Occasion occasion, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("welcomeDialog"));
    const bool firstStart = occasion == Occasion::FirstStart;
    setWindowTitle(firstStart ? tr("Welcome to Toward") : tr("How Toward works"));
    m_ui->headingLabel->setText(windowTitle());
    AppStyle::setTextRole(m_ui->headingLabel, TextRole::Title);
    m_ui->offerLabel->setVisible(firstStart);

    QPushButton *defaultButton = nullptr;
    if (firstStart) {
        defaultButton =
            m_ui->buttonBox->addButton(tr("&Start a first check-in"), QDialogButtonBox::AcceptRole);
        defaultButton->setObjectName(QStringLiteral("startCheckInButton"));
        m_ui->buttonBox->addButton(tr("&Look around first"), QDialogButtonBox::RejectRole)
            ->setObjectName(QStringLiteral("lookAroundButton"));
    } else {
        defaultButton = m_ui->buttonBox->addButton(QDialogButtonBox::Close);
    }
    defaultButton->setDefault(true);
    defaultButton->setFocus();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Lines of an easy reading length, and as many of them as the text needs at that width (a
    // translation may need more than English).
    const int width = fontMetrics().averageCharWidth() * 80;
    resize(width, std::max(heightForWidth(width), minimumSizeHint().height()));
}

WelcomeDialog::~WelcomeDialog() = default;

} // namespace toward
