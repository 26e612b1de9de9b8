#include "breath/CustomPatternId.h"

using namespace Qt::StringLiterals;

namespace toward {

namespace {

const QString Prefix = u"custom-"_s;
// The model format's ids have at most 64 characters; room is kept for a number after the name.
constexpr qsizetype MaxSlugChars = 64 - 7 - 4;

// Lower-case ASCII letters and digits, every other run of characters a single '-'. Accents are
// dropped ("Ruhe ä" → "ruhe-a"), so most Latin names still read as themselves.
QString slug(const QString &name)
{
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (c.category() != QChar::Mark_NonSpacing && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    slug.truncate(MaxSlugChars);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"pattern"_s : slug;
}

} // namespace

QString newCustomPatternId(const QString &name, const QStringList &takenIds)
{
    const QString base = Prefix + slug(name);
    QString id = base;
    for (int number = 2; takenIds.contains(id); ++number)
        id = base + u'-' + QString::number(number);
    return id;
}

} // namespace toward
