#include "TestSupport.h"

#include <QFile>

std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << text.toStdString();
}

namespace toward::test {

TemporaryDataDir::TemporaryDataDir()
{
    REQUIRE(m_dir.isValid());
}

QString TemporaryDataDir::writeFile(const QString &name, const QByteArray &contents) const
{
    const QString path = filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(contents) == contents.size());
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace toward::test
