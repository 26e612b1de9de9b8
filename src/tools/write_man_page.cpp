// Writes Toward's man page, toward(1), from the options the command line itself defines, so the
// page and --help cannot disagree. Run by the build:
//   toward_write_man_page OUTPUT VERSION DATE HOMEPAGE

#include "cli/CommandLine.h"
#include "reminders/AutostartEntry.h"
#include "settings/DataDirectory.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

// Text as roff reads it literally: backslashes and hyphens escaped (a plain "-" may be set as a
// hyphen, and then cannot be copied into a shell), and no line taken for a request.
QString roff(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\e"_s).replace(u'-', u"\\-"_s);
    if (escaped.startsWith(u'.') || escaped.startsWith(u'\''))
        escaped.prepend(u"\\&"_s);
    return escaped;
}

QString bold(const QString &text)
{
    return u"\\fB"_s + roff(text) + u"\\fR"_s;
}
QString italic(const QString &text)
{
    return u"\\fI"_s + roff(text) + u"\\fR"_s;
}

QString optionName(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

// "-h, --help" or "--model FILE", in bold with the value in italics.
QString optionTag(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(bold(optionName(name)));
    QString tag = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        tag += u' ' + italic(option.valueName());
    return tag;
}

QString synopsis()
{
    // Each way of calling Toward, as the README's "Command line" shows them.
    const QList<QStringList> forms {
        {u"[--model FILE]"_s, u"[--data-dir DIR]"_s, u"[--practice ID | --check-in]"_s,
            u"[--sound off|tones|voice]"_s, u"[--hidden]"_s, u"[--quit-after-start]"_s},
        {u"--check-model FILE"_s},
        {u"[--data-dir DIR]"_s, u"--export-csv FILE | --import-csv FILE"_s},
        {u"[--data-dir DIR]"_s, u"--report-pdf FILE"_s, u"[--from DATE]"_s, u"[--to DATE]"_s},
        {u"[--data-dir DIR]"_s, u"[--model FILE]"_s, u"--what-helps"_s, u"[--from DATE]"_s,
            u"[--to DATE]"_s, u"[--format text|json]"_s},
        {u"--help | --version"_s},
    };
    QString text;
    for (const QStringList &form : forms) {
        text += u".br\n"_s + bold(u"toward"_s);
        for (const QString &part : form) {
            // Option names in bold, their values in italics, brackets and bars as they are.
            QString line;
            for (const QString &word : part.split(u' ')) {
                QString bare = word;
                bare.remove(u'[').remove(u']');
                const QString shown = bare.startsWith(u'-') ? bold(bare)
                    : bare == u"|"_s                        ? roff(bare)
                                                            : italic(bare);
                QString marked = word;
                marked.replace(bare, shown);
                line += (line.isEmpty() ? QString() : u" "_s) + marked;
            }
            text += u' ' + line;
        }
        text += u'\n';
    }
    return text;
}

QString manPage(const QString &version, const QString &date, const QString &homepage)
{
    QString page;
    page += u".TH TOWARD 1 %1 \"Toward %2\" \"User Commands\"\n"_s.arg(date, version);
    // Option names broken at a hyphen could not be copied into a shell.
    page += u".nh\n.ad l\n"_s;
    page += u".SH NAME\ntoward \\- a coach for alignment practice, for back and neck pain\n"_s;
    page += u".SH SYNOPSIS\n"_s + synopsis();
    page += u".SH DESCRIPTION\n"_s
            u"Toward is a desktop coach for alignment practice, for people living with back and "
            "neck pain. The pose matters less than the direction: in each movement and each "
            "breath, every part of the body moves either toward its natural shape (the spine's "
            "S\\-shaped curves) or away from it. Toward offers small, specific \"toward\" actions "
            "for the mat, the desk or the car, paces a short practice by the breath, and keeps a "
            "private pain journal, before and after, on this computer only.\n"
            ".PP\n"
            "Started without a command, "
        + bold(u"toward"_s)
        + u" opens its window; "
          "started again for the same data folder, it hands its options to the Toward already "
          "running. The commands that exit (checking a model, the CSV export and import, the "
          "report, what helps) need no display.\n"
          ".PP\n"
          "Qt's standard options (\\-platform, \\-style, \\-reverse, ...) are accepted too and "
          "left for Qt.\n"_s;
    page += u".SH OPTIONS\n"_s;
    for (const QCommandLineOption &option : CommandLine::options())
        page += u".TP\n"_s + optionTag(option) + u'\n' + roff(option.description()) + u'\n';

    const QString dataFolder = u"~/.local/share/Toward"_s;
    page += u".SH FILES\n"_s;
    page += u".TP\n"_s + italic(dataFolder + u'/')
        + u"\nThe data folder ($XDG_DATA_HOME/Toward when XDG_DATA_HOME is set), or the one given with "_s
        + bold(u"--data-dir"_s) + u". Only its owner can read it.\n"_s;
    const QList<std::pair<QString, QString>> files {
        {u"settings.ini"_s, u"The settings"_s},
        {DataDirectory::JournalFileName, u"The pain journal (SQLite)"_s},
        {u"backups/"_s, u"The journal's daily backups"_s},
        {u"checkin-draft.json"_s, u"A check-in still in progress"_s},
        {u"breath-patterns.json"_s, u"Breath patterns of one's own"_s},
    };
    for (const auto &[name, meaning] : files)
        page += u".TP\n"_s + italic(dataFolder + u'/' + name) + u'\n' + roff(meaning) + u".\n"_s;
    page += u".TP\n"_s + italic(u"~/.config/autostart/"_s + QLatin1String(AutostartEntry::FileName))
        + u"\nStarts Toward at login, hidden in the tray, when chosen in its settings.\n"_s;
    page += u".SH ENVIRONMENT\n"_s
            u".TP\n.B XDG_DATA_HOME\nWhere the data folder is, when no "_s
        + bold(u"--data-dir"_s)
        + u" is given.\n"_s
          u".TP\n.B XDG_RUNTIME_DIR\n"
          "Holds the socket through which a later launch reaches the running Toward.\n"
          ".TP\n.BR DISPLAY \", \" WAYLAND_DISPLAY\n"
          "The display the window opens on.\n"
          ".TP\n.B QT_QPA_PLATFORM\n"
          "Qt's platform plugin, e.g. \\fBoffscreen\\fR to start without a display.\n"_s;
    page += u".SH EXIT STATUS\n"_s
            u".TP\n.B 0\nDone; or a running Toward took the launch over.\n"
            ".TP\n.B 1\nA wrong option, a model with problems, or a command that failed.\n"
            ".TP\n.B 2\n"_s
        + bold(u"--export-csv"_s) + u" wrote what could be read of a damaged journal.\n"_s;
    page += u".SH SEE ALSO\n"_s + roff(homepage) + u'\n';
    return page;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5) {
        std::fputs("usage: toward_write_man_page OUTPUT VERSION DATE HOMEPAGE\n", stderr);
        return 2;
    }
    QSaveFile file(arguments.at(1));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(manPage(arguments.at(2), arguments.at(3), arguments.at(4)).toUtf8()) < 0
        || !file.commit()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(arguments.at(1)),
            qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
