#include "journal/BackupChooserDialog.h"

#include "ui_BackupChooserDialog.h"

#include <QDir>
#include <QLocale>
#include <QPushButton>

namespace toward {

namespace {

enum Column { MadeColumn, CountColumn, KindColumn };
constexpr int PathRole = Qt::UserRole;

QString madeText(const JournalBackup &backup)
{
    return QLocale().toString(backup.madeAt, QLocale::ShortFormat);
}

QString countText(const JournalBackup &backup)
{
    if (!backup.checkInCount)
        return BackupChooserDialog::tr("cannot be read");
    return BackupChooserDialog::tr("%Ln check-in(s)", nullptr, int(*backup.checkInCount));
}

QString kindText(JournalBackup::Kind kind)
{
    return kind == JournalBackup::Kind::Daily
        ? BackupChooserDialog::tr("Daily backup")
        : BackupChooserDialog::tr("Kept copy (never deleted)");
}

} // namespace

BackupChooserDialog::BackupChooserDialog(const QList<JournalBackup> &backups, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupChooserDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("backupChooserDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));

    for (const JournalBackup &backup : backups) {
        auto *item = new QTreeWidgetItem(
            m_ui->backupList, {madeText(backup), countText(backup), kindText(backup.kind)});
        item->setData(MadeColumn, PathRole, backup.filePath);
        item->setToolTip(MadeColumn, QDir::toNativeSeparators(backup.filePath));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!backup.checkInCount)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        else if (!m_ui->backupList->currentItem())
            m_ui->backupList->setCurrentItem(item);
    }
    for (int column : {MadeColumn, CountColumn, KindColumn})
        m_ui->backupList->resizeColumnToContents(column);

    connect(m_ui->backupList, &QTreeWidget::currentItemChanged, this,
        &BackupChooserDialog::updateRestoreButton);
    connect(m_ui->backupList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateRestoreButton();
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().lineSpacing() * 20);
}

BackupChooserDialog::~BackupChooserDialog() = default;

QString BackupChooserDialog::chosenBackupPath() const
{
    const QTreeWidgetItem *item = m_ui->backupList->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(MadeColumn, PathRole).toString()
                                                       : QString();
}

QString BackupChooserDialog::chosenBackupDescription() const
{
    const QTreeWidgetItem *item = m_ui->backupList->currentItem();
    return item ? tr("%1 (%2)").arg(item->text(MadeColumn), item->text(CountColumn)) : QString();
}

void BackupChooserDialog::updateRestoreButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!chosenBackupPath().isEmpty());
}

} // namespace toward
