#pragma once

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace toward {

// Where a file chosen for an export or import starts out.
inline QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// A file dialog in the documents folder that is deleted when closed and hands the chosen file to
// `chosen`, called on `receiver`. A save dialog suggests `suggestedFile` and its suffix.
template<typename Chosen>
void openFileDialog(QWidget *parent, const QObject *receiver, const QString &title,
    const QString &objectName, QFileDialog::AcceptMode mode, const QString &suggestedFile,
    const QString &nameFilter, Chosen chosen)
{
    auto *dialog = new QFileDialog(parent, title, documentsFolder(), nameFilter);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(mode);
    if (mode == QFileDialog::AcceptSave) {
        dialog->setDefaultSuffix(QFileInfo(suggestedFile).suffix());
        dialog->selectFile(suggestedFile);
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, receiver, chosen);
    dialog->open();
}

} // namespace toward
