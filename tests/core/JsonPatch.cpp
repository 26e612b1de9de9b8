#include "JsonPatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace toward::test {

namespace {

// "regions[0].cues" -> "regions", 0, "cues": strings are keys, numbers are indexes.
QList<QVariant> splitPath(const QString &path)
{
    static const QRegularExpression step(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    QList<QVariant> steps;
    for (auto it = step.globalMatch(path); it.hasNext();) {
        const auto match = it.next();
        if (match.hasCaptured(1))
            steps.append(match.captured(1));
        else
            steps.append(match.captured(2).toLongLong());
    }
    return steps;
}

QJsonValue patchSteps(const QJsonValue &current, QList<QVariant> steps, const QJsonValue &value)
{
    const QVariant step = steps.takeFirst();
    if (step.typeId() == QMetaType::QString) {
        QJsonObject object = current.toObject();
        const QString key = step.toString();
        if (steps.isEmpty() && value.isUndefined())
            object.remove(key);
        else
            object.insert(
                key, steps.isEmpty() ? value : patchSteps(object.value(key), steps, value));
        return object;
    }
    QJsonArray array = current.toArray();
    const qsizetype index = step.toLongLong();
    if (steps.isEmpty() && value.isUndefined())
        array.removeAt(index);
    else
        array.replace(index, steps.isEmpty() ? value : patchSteps(array.at(index), steps, value));
    return array;
}

} // namespace

QJsonValue patchJson(const QJsonValue &document, const QString &path, const QJsonValue &value)
{
    return patchSteps(document, splitPath(path), value);
}

QByteArray toJsonBytes(const QJsonValue &document)
{
    return document.isArray() ? QJsonDocument(document.toArray()).toJson()
                              : QJsonDocument(document.toObject()).toJson();
}

} // namespace toward::test
