#include "journal/CheckInCsvRow.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

enum class Column {
    Id,
    StartedAt,
    EndedAt,
    Context,
    Regions,
    PainBefore,
    PainAfter,
    Practice,
    BreathPattern,
    FeelingsBefore,
    FeelingsAfter,
    Cues,
    RedFlags,
    Note,
    Count
};

constexpr std::array<const char *, static_cast<size_t>(Column::Count)> ColumnNames {
    "id",
    "started_at",
    "ended_at",
    "context",
    "regions",
    "pain_before",
    "pain_after",
    "practice",
    "breath_pattern",
    "feelings_before",
    "feelings_after",
    "cues",
    "red_flags",
    "note",
};

QString nameOf(Column column)
{
    return QLatin1StringView(ColumnNames.at(static_cast<size_t>(column))).toString();
}

constexpr QChar ListSeparator = u';';
constexpr QChar PairSeparator = u'=';

QString twoDigits(int value)
{
    return u"%1"_s.arg(value, 2, 10, QChar(u'0'));
}

// ISO 8601 with the moment's own UTC offset; milliseconds only when there are some, so whole
// seconds stay short and the journal's millisecond precision still survives a round trip.
QString timeText(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const int offsetMinutes = moment.offsetFromUtc() / 60;
    const QString wallClock = moment.toString(
        moment.time().msec() == 0 ? u"yyyy-MM-dd'T'HH:mm:ss"_s : u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s);
    return wallClock + (offsetMinutes < 0 ? u'-' : u'+') + twoDigits(std::abs(offsetMinutes) / 60)
        + u':' + twoDigits(std::abs(offsetMinutes) % 60);
}

std::optional<QDateTime> momentFrom(const QString &text)
{
    // [0-9], not \d: QRegularExpression's \d also matches other scripts' digits.
    static const QRegularExpression pattern(
        u"^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]{3}))?"
        "(?:Z|([+-])([0-9]{2}):([0-9]{2}))$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const QTime time(number(4), number(5), number(6), number(7));
    const int offsetHours = number(9);
    const int offsetMinutes = number(10);
    if (!date.isValid() || !time.isValid() || offsetHours > 14 || offsetMinutes > 59)
        return std::nullopt;
    const int sign = match.capturedView(8) == u"-"_s ? -1 : 1;
    const QDateTime moment(
        date, time, Qt::OffsetFromUTC, sign * (offsetHours * 3600 + offsetMinutes * 60));
    return moment.isValid() ? std::optional(moment) : std::nullopt;
}

// A value as a message shows it: quoted, on one line, and short enough to read.
QString shown(const QString &value)
{
    constexpr qsizetype MaxChars = 40;
    QString text = value.size() > MaxChars ? value.left(MaxChars) + u'…' : value;
    text.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s);
    return u'"' + text + u'"';
}

QString notValue(const QString &value)
{
    return value.isEmpty()
        ? QCoreApplication::translate("CheckInCsvRow", "but it is empty")
        //: %1 is the value found, quoted
        : QCoreApplication::translate("CheckInCsvRow", "not %1").arg(shown(value));
}

QString orList(const QStringList &words)
{
    return words.size() < 2
        ? words.join(QString())
        : QCoreApplication::translate("CheckInCsvRow", "%1 or %2")
              .arg(words.sliced(0, words.size() - 1).join(u", "_s), words.constLast());
}

// The CSV does not say which region a cue was for. Empty, not null: the journal stores it as text.
const QString EmptyRegionId = u""_s;

//: %1 is the value found, quoted
QString notAnId(const QString &value)
{
    return QCoreApplication::translate(
        "CheckInCsvRow", "%1 is not an id; ids are 1 to 64 lowercase letters, digits and hyphens")
        .arg(shown(value));
}

template<typename Enum>
QString pairText(const QString &id, const std::optional<Enum> &value)
{
    return id + PairSeparator + (value ? wordOf(*value) : QString());
}

// Reads the fields of one row, noting at most one problem per column.
class RowParser {
public:
    explicit RowParser(const QStringList &fields)
        : m_fields(fields)
    {
    }

    QList<CheckInCsvRow::Problem> takeProblems() { return std::move(m_problems); }

    QUuid id()
    {
        const QString &value = text(Column::Id);
        // Without braces: QUuid would also read "{...}".
        const QUuid id = value.size() == 36 ? QUuid::fromString(value) : QUuid();
        if (id.isNull()) {
            problem(Column::Id,
                //: %1 is "not" and the value found, or "but it is empty"
                QCoreApplication::translate(
                    "CheckInCsvRow", "must be a UUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301, %1")
                    .arg(notValue(value)));
        }
        return id;
    }

    QDateTime moment(Column column, bool required)
    {
        const QString &value = text(column);
        if (value.isEmpty() && !required)
            return {};
        const std::optional<QDateTime> moment = momentFrom(value);
        if (!moment) {
            problem(column,
                QCoreApplication::translate("CheckInCsvRow",
                    "must be a date and time with its UTC offset, like 2026-11-20T08:15:30+05:30, "
                    "%1")
                    .arg(notValue(value)));
        }
        return moment.value_or(QDateTime());
    }

    Context context()
    {
        const QString &value = text(Column::Context);
        const std::optional<Context> context = enumFromWord<Context>(value);
        if (!context) {
            problem(Column::Context,
                //: %1 lists the words a context may be; %2 is "not" and the value found, or "but it
                //: is empty"
                QCoreApplication::translate("CheckInCsvRow", "must be one of %1, %2")
                    .arg(allWords<Context>().join(u", "_s), notValue(value)));
        }
        return context.value_or(Context::Mat);
    }

    std::optional<int> pain(Column column, bool required)
    {
        const QString &value = text(column);
        if (value.isEmpty() && !required)
            return std::nullopt;
        static const QRegularExpression digits(u"^[0-9]{1,2}$"_s);
        const int pain = digits.match(value).hasMatch() ? value.toInt() : -1;
        if (pain < MinPain || pain > MaxPain) {
            problem(column,
                QCoreApplication::translate(
                    "CheckInCsvRow", "must be a whole number from %1 to %2, %3")
                    .arg(MinPain)
                    .arg(MaxPain)
                    .arg(notValue(value)));
            return std::nullopt;
        }
        return pain;
    }

    QString optionalId(Column column)
    {
        const QString &value = text(column);
        if (!value.isEmpty() && !isValidId(value))
            problem(column, notAnId(value));
        return value;
    }

    QStringList ids(Column column)
    {
        const QStringList entries = listEntries(column);
        for (const QString &entry : entries) {
            if (!isValidId(entry)) {
                problem(column, notAnId(entry));
                return {};
            }
        }
        return entries;
    }

    // "id=feeling" entries; with `emptyMeansUnrated`, "id=" is a cue skipped before it was rated.
    template<typename Enum>
    QList<std::pair<QString, std::optional<Enum>>> pairs(
        Column column, const QString &idName, bool emptyMeansUnrated = false)
    {
        const QString feelings = orList(allWords<Enum>())
            + (emptyMeansUnrated ? QCoreApplication::translate(
                   "CheckInCsvRow", " (or nothing, for a cue skipped before it was rated)")
                                 : QString());
        QList<std::pair<QString, std::optional<Enum>>> pairs;
        for (const QString &entry : listEntries(column)) {
            const QStringList parts = entry.split(PairSeparator);
            if (parts.size() != 2) {
                problem(column,
                    //: %2 is the id's name (cue or direction), %3 the feelings it may have
                    QCoreApplication::translate("CheckInCsvRow",
                        "%1 must be written as %2=feeling, where the feeling is %3")
                        .arg(shown(entry), idName, feelings));
                return {};
            }
            const QString &id = parts.at(0);
            const QString &word = parts.at(1);
            if (!isValidId(id)) {
                problem(column, notAnId(id));
                return {};
            }
            const std::optional<Enum> feeling = enumFromWord<Enum>(word);
            if (!feeling && !(word.isEmpty() && emptyMeansUnrated)) {
                problem(column,
                    QCoreApplication::translate(
                        "CheckInCsvRow", "the feeling for %1 must be %2, %3")
                        .arg(id, feelings, notValue(word)));
                return {};
            }
            pairs.append({id, feeling});
        }
        return pairs;
    }

    QList<RedFlag> redFlags()
    {
        QList<RedFlag> flags;
        for (const QString &entry : listEntries(Column::RedFlags)) {
            const std::optional<RedFlag> flag = enumFromWord<RedFlag>(entry);
            if (!flag) {
                problem(Column::RedFlags,
                    QCoreApplication::translate(
                        "CheckInCsvRow", "may only list %1; %2 is not one of them")
                        .arg(allWords<RedFlag>().join(u", "_s), shown(entry)));
                return {};
            }
            flags.append(*flag);
        }
        return flags;
    }

    const QString &text(Column column) const { return m_fields.at(static_cast<qsizetype>(column)); }

private:
    QStringList listEntries(Column column)
    {
        const QString &value = text(column);
        if (value.isEmpty())
            return {};
        const QStringList entries = value.split(ListSeparator);
        if (entries.contains(QString())) {
            problem(column,
                QCoreApplication::translate("CheckInCsvRow",
                    "has an empty entry; separate entries with a single \";\", with none at the "
                    "start or end"));
            return {};
        }
        return entries;
    }

    void problem(Column column, const QString &message)
    {
        m_problems.append({nameOf(column), message});
    }

    const QStringList &m_fields;
    QList<CheckInCsvRow::Problem> m_problems;
};

} // namespace

const QStringList &CheckInCsvRow::header()
{
    static const QStringList names = [] {
        QStringList names;
        for (const char *name : ColumnNames)
            names.append(QLatin1StringView(name).toString());
        return names;
    }();
    return names;
}

QString CheckInCsvRow::headerProblem(const QStringList &fields)
{
    const QStringList &expected = header();
    if (fields == expected)
        return {};
    //: %1 is the header row; %2 says how the file's header differs
    const QString rule = QCoreApplication::translate("CheckInCsvRow", "must be the header %1; %2");
    const QString header = expected.join(u',');
    for (qsizetype i = 0; i < std::min(fields.size(), expected.size()); ++i) {
        if (fields.at(i) != expected.at(i)) {
            return rule.arg(header,
                QCoreApplication::translate("CheckInCsvRow", "column %1 is %2 where \"%3\" belongs")
                    .arg(i + 1)
                    .arg(shown(fields.at(i)), expected.at(i)));
        }
    }
    return rule.arg(header,
        QCoreApplication::translate("CheckInCsvRow", "it has %1 columns, not %2")
            .arg(fields.size())
            .arg(expected.size()));
}

QStringList CheckInCsvRow::fieldsOf(const CheckIn &checkIn)
{
    QStringList fields(static_cast<qsizetype>(Column::Count));
    const auto set = [&](Column column, QString value) {
        fields[static_cast<qsizetype>(column)] = std::move(value);
    };
    const auto joined = [](const auto &records, const auto &entryOf) {
        QStringList entries;
        for (const auto &record : records)
            entries.append(entryOf(record));
        return entries.join(ListSeparator);
    };
    const auto leaningEntry = [](const LeaningRecord &leaning) {
        return pairText(leaning.directionId, std::optional(leaning.leaning));
    };

    set(Column::Id, checkIn.id.toString(QUuid::WithoutBraces));
    set(Column::StartedAt, timeText(checkIn.startedAt));
    set(Column::EndedAt, timeText(checkIn.endedAt));
    set(Column::Context, wordOf(checkIn.context));
    set(Column::Regions,
        joined(checkIn.regions, [](const RegionRecord &region) { return region.id; }));
    set(Column::PainBefore, QString::number(checkIn.painBefore));
    set(Column::PainAfter, checkIn.painAfter ? QString::number(*checkIn.painAfter) : QString());
    set(Column::Practice, checkIn.practiceId);
    set(Column::BreathPattern, checkIn.breathPatternId);
    set(Column::FeelingsBefore, joined(checkIn.leaningsBefore, leaningEntry));
    set(Column::FeelingsAfter, joined(checkIn.leaningsAfter, leaningEntry));
    set(Column::Cues, joined(checkIn.cues, [](const CueRecord &cue) {
        return pairText(cue.cueId, cue.feeling);
    }));
    set(Column::RedFlags, joined(checkIn.redFlags, [](RedFlag flag) { return wordOf(flag); }));
    set(Column::Note, checkIn.note);
    return fields;
}

CheckInCsvRow::Parsed CheckInCsvRow::parse(const QStringList &fields)
{
    Q_ASSERT(fields.size() == header().size());
    RowParser row(fields);
    CheckIn checkIn;
    checkIn.id = row.id();
    checkIn.startedAt = row.moment(Column::StartedAt, true);
    checkIn.endedAt = row.moment(Column::EndedAt, false);
    checkIn.context = row.context();
    for (const QString &id : row.ids(Column::Regions))
        checkIn.regions.append({id, id});
    checkIn.painBefore = row.pain(Column::PainBefore, true).value_or(MinPain);
    checkIn.painAfter = row.pain(Column::PainAfter, false);
    checkIn.practiceId = row.optionalId(Column::Practice);
    checkIn.practiceTitle = checkIn.practiceId;
    checkIn.breathPatternId = row.optionalId(Column::BreathPattern);
    checkIn.breathPatternName = checkIn.breathPatternId;
    for (const auto &[column, leanings] :
        {std::pair {Column::FeelingsBefore, &checkIn.leaningsBefore},
            std::pair {Column::FeelingsAfter, &checkIn.leaningsAfter}}) {
        for (const auto &[id, leaning] : row.pairs<Leaning>(column, u"direction-id"_s))
            leanings->append({id, id, id, *leaning});
    }
    for (const auto &[id, feeling] : row.pairs<CueFeeling>(Column::Cues, u"cue-id"_s, true))
        checkIn.cues.append({id, id, EmptyRegionId, feeling});
    checkIn.redFlags = row.redFlags();
    checkIn.note = row.text(Column::Note);
    return {std::move(checkIn), row.takeProblems()};
}

} // namespace toward
