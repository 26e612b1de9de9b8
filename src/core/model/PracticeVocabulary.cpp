#include "model/PracticeVocabulary.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace toward {

bool isValidId(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    return pattern.match(text).hasMatch();
}

QList<Context> contextList(Contexts contexts)
{
    QList<Context> list;
    for (Context context : allValues<Context>()) {
        if (contexts.testFlag(context))
            list.append(context);
    }
    return list;
}

QStringList contextWords(Contexts contexts)
{
    QStringList words;
    for (Context context : contextList(contexts))
        words.append(wordOf(context));
    return words;
}

QStringList contextLabels(Contexts contexts)
{
    QStringList labels;
    for (Context context : contextList(contexts))
        labels.append(labelOf(context));
    return labels;
}

} // namespace toward
