#pragma once

#include <QJsonValue>
#include <QString>

namespace toward::test {

// Returns `document` with the value at `path` ("regions[0].cues[1].need") replaced by `value`,
// or removed when `value` is undefined. Missing objects on the way are created.
QJsonValue patchJson(const QJsonValue &document, const QString &path, const QJsonValue &value);

QByteArray toJsonBytes(const QJsonValue &document);

} // namespace toward::test
