#include "TestSupport.h"
#include "cli/CommandLine.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

// The options named in the first column of the README's table of options.
QSet<QString> readmeOptions()
{
    const QString readme =
        QString::fromUtf8(test::readFile(QStringLiteral(TOWARD_SOURCE_DIR "/README.md")));
    const qsizetype table = readme.indexOf(u"| option | meaning |"_s);
    REQUIRE(table >= 0);
    QSet<QString> options;
    static const QRegularExpression option(u"`(--?[a-z][a-z-]*)"_s);
    for (const QString &line : readme.mid(table).split(u'\n').mid(2)) {
        if (!line.startsWith(u'|'))
            break;
        const QString firstCell = line.section(u" | "_s, 0, 0);
        for (const QRegularExpressionMatch &match : option.globalMatch(firstCell))
            options.insert(match.captured(1));
    }
    return options;
}

// The options --help lists: the names before each option line's description.
QSet<QString> helpOptions()
{
    QSet<QString> options;
    static const QRegularExpression option(u"(--?[a-z][a-z-]*)"_s);
    for (const QString &line : CommandLine::helpText().split(u'\n')) {
        if (!line.startsWith(u"  -"_s))
            continue;
        const QString names = line.trimmed().section(u"  "_s, 0, 0);
        for (const QRegularExpressionMatch &match : option.globalMatch(names))
            options.insert(match.captured(1));
    }
    return options;
}

} // namespace

TEST_CASE("The README's table of options and --help name the same options", "[cli]")
{
    const QSet<QString> readme = readmeOptions();
    const QSet<QString> help = helpOptions();
    CHECK(help.contains(u"--what-helps"_s));
    CHECK(help.contains(u"-h"_s));
    INFO("only in the README: "
        << QStringList((readme - help).values()).join(u", "_s).toStdString());
    INFO("only in --help: " << QStringList((help - readme).values()).join(u", "_s).toStdString());
    CHECK(readme == help);
}
