#include "PdfInspection.h"

#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace toward::test {

namespace {

QString runTool(const QString &name, const QStringList &arguments)
{
    const QString tool = QStandardPaths::findExecutable(name);
    INFO(name << " is not installed: install poppler-utils (./toward.sh test does)");
    REQUIRE_FALSE(tool.isEmpty());
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(QString::fromUtf8(process.readAllStandardError()));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

int pdfPageCount(const QString &path)
{
    const QString info = runTool(u"pdfinfo"_s, {path});
    static const QRegularExpression pages(
        u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pdfText(const QString &path, int first, int last)
{
    QStringList arguments {u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(first)};
    if (last > 0)
        arguments << u"-l"_s << QString::number(last);
    arguments << path << u"-"_s;
    return runTool(u"pdftotext"_s, arguments).simplified();
}

} // namespace toward::test
