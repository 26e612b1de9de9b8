#include "settings/PrivateFile.h"

#include <QSaveFile>

namespace toward {

Result<void> writePrivateFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<void>::failure(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(contents) != contents.size() || !file.commit())
        return Result<void>::failure(file.errorString());
    return Result<void>::success();
}

} // namespace toward
