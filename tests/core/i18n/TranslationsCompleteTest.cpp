// Every shipped language has every message translated, with the source's placeholders. Hidden from
// the core runner's default run; CTest runs it as translations_complete.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per numerus form
};

// Each language's number of plural forms.
int pluralFormCount(const QString &language)
{
    const QString name = language.section(u'_', 0, 0);
    if (name == u"en"_s || name == u"de"_s)
        return 2;
    return 0; // a new language: add its count here
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QList<Message> readMessages(const QString &path, QString &language)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS")
            language = xml.attributes().value(u"language"_s).toString();
        else if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            message = {context, {}, xml.attributes().value(u"numerus"_s) == u"yes", false, {}};
        else if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"vanished"_s || type == u"obsolete"_s)
                continue;
            message.unfinished = type == u"unfinished"_s;
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QString problemOf(const Message &message, int formCount)
{
    if (message.unfinished)
        return u"unfinished"_s;
    if (std::any_of(message.translations.cbegin(), message.translations.cend(),
            [](const QString &text) { return text.isEmpty(); }))
        return u"empty translation"_s;
    const QStringList expected = placeholders(message.source);
    if (!message.numerus)
        return placeholders(message.translations.constFirst()) == expected
            ? QString()
            : u"placeholders differ"_s;
    if (message.translations.size() != formCount)
        return u"%1 plural forms instead of %2"_s.arg(message.translations.size()).arg(formCount);
    // A form may say the number in words ("a problem"), so %n may be left out of all but the last.
    QStringList withoutCount = expected;
    withoutCount.removeIf([](const QString &p) { return p.endsWith(u'n'); });
    for (qsizetype i = 0; i < message.translations.size(); ++i) {
        const QStringList found = placeholders(message.translations.at(i));
        const bool last = i == message.translations.size() - 1;
        QStringList foundWithoutCount = found;
        foundWithoutCount.removeIf([](const QString &p) { return p.endsWith(u'n'); });
        if (last ? found != expected : foundWithoutCount != withoutCount)
            return u"placeholders differ in plural form %1"_s.arg(i + 1);
    }
    return {};
}

} // namespace

TEST_CASE(
    "Translations complete: every shipped language translates every message", "[.translations]")
{
    const QDir folder(QStringLiteral(TOWARD_TS_FOLDER));
    const QStringList files = folder.entryList({u"toward_*.ts"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 2);
    for (const QString &name : files) {
        QString language;
        const QList<Message> messages = readMessages(folder.filePath(name), language);
        const int formCount = pluralFormCount(language);
        INFO(name.toStdString() << " (" << language.toStdString() << ")");
        REQUIRE(formCount > 0);
        REQUIRE_FALSE(messages.isEmpty());
        QStringList problems;
        for (const Message &message : messages) {
            if (const QString problem = problemOf(message, formCount); !problem.isEmpty())
                problems.append(
                    u"  [%1] \"%2\": %3"_s.arg(message.context, message.source, problem));
        }
        INFO(problems.size() << " messages with problems:\n" << problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("The translations check finds what is missing", "[translations-check]")
{
    Message unfinished {u"C"_s, u"Save %1"_s, false, true, {u""_s}};
    CHECK(problemOf(unfinished, 2) == u"unfinished"_s);
    Message wrongPlaceholder {u"C"_s, u"Save %1"_s, false, false, {u"Sichern %2"_s}};
    CHECK(problemOf(wrongPlaceholder, 2) == u"placeholders differ"_s);
    Message oneForm {u"C"_s, u"%n day(s)"_s, true, false, {u"%n Tag"_s}};
    CHECK(problemOf(oneForm, 2) == u"1 plural forms instead of 2"_s);
    Message noCount {u"C"_s, u"%n day(s)"_s, true, false, {u"ein Tag"_s, u"viele Tage"_s}};
    CHECK(problemOf(noCount, 2) == u"placeholders differ in plural form 2"_s);
    Message fine {u"C"_s, u"%1 found %n problem(s)."_s, true, false,
        {u"%1 fand ein Problem."_s, u"%1 fand %n Probleme."_s}};
    CHECK(problemOf(fine, 2).isEmpty());
}
