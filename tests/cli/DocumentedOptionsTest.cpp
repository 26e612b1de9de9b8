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

// The man page's lines in the section `heading`, with roff's escapes and fonts taken out.
QStringList manPageSection(const QString &heading)
{
    QString page = QString::fromUtf8(test::readFile(QStringLiteral(TOWARD_MAN_PAGE)));
    page.replace(u"\\-"_s, u"-"_s).remove(u"\\fB"_s).remove(u"\\fI"_s).remove(u"\\fR"_s);
    const QStringList lines = page.split(u'\n');
    const qsizetype start = lines.indexOf(u".SH "_s + heading);
    REQUIRE(start >= 0);
    QStringList section;
    for (const QString &line : lines.mid(start + 1)) {
        if (line.startsWith(u".SH "_s))
            break;
        section.append(line);
    }
    return section;
}

QSet<QString> optionsIn(const QString &text)
{
    QSet<QString> options;
    static const QRegularExpression option(u"(?<![\\w-])(--?[a-z][a-z-]*)"_s);
    for (const QRegularExpressionMatch &match : option.globalMatch(text))
        options.insert(match.captured(1));
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

TEST_CASE("The man page describes the options --help lists, and its synopsis no other", "[cli]")
{
    const QSet<QString> help = helpOptions();
    // Each option's description follows a .TP line and the line naming it.
    QSet<QString> described;
    const QStringList options = manPageSection(u"OPTIONS"_s);
    for (qsizetype i = 0; i + 1 < options.size(); ++i) {
        if (options.at(i) == u".TP"_s)
            described.unite(optionsIn(options.at(i + 1)));
    }
    CHECK(described.contains(u"--what-helps"_s));
    INFO("only in the man page: "
        << QStringList((described - help).values()).join(u", "_s).toStdString());
    INFO(
        "only in --help: " << QStringList((help - described).values()).join(u", "_s).toStdString());
    CHECK(described == help);

    const QSet<QString> synopsis = optionsIn(manPageSection(u"SYNOPSIS"_s).join(u'\n'));
    CHECK(synopsis.contains(u"--report-pdf"_s));
    INFO("in the synopsis, not in --help: "
        << QStringList((synopsis - help).values()).join(u", "_s).toStdString());
    CHECK((synopsis - help).isEmpty());
}
