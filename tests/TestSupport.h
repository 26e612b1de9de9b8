#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <ostream>

// Lets Catch print QStrings in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &text);

namespace toward::test {

// A fresh, empty data directory that is removed when the test ends. Tests never touch real data.
class TemporaryDataDir {
public:
    TemporaryDataDir();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Writes `contents` to a file in the directory and returns its path.
    QString writeFile(const QString &name, const QByteArray &contents) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString &path);

// Runs the tests chosen on the command line, as Catch's own main would.
int runCatchSession(int argc, char *argv[]);

// What a command-line command printed and returned.
struct CommandOutput {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace toward::test
