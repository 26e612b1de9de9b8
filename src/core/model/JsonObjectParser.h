#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace toward {

// A JSON text read as a file format's root object.
struct ParsedJsonObject {
    QJsonObject object;
    // Object when `object` holds the document; Undefined when the text is not JSON (then
    // `syntaxError` says why); otherwise the kind of value the text holds instead.
    QJsonValue::Type type = QJsonValue::Undefined;
    QJsonParseError syntaxError;

    bool isObject() const { return type == QJsonValue::Object; }
};

// QJsonDocument takes only an object or an array as a whole document, and calls a lone string,
// number, true, false or null "an illegal value" at its first character. Whoever wrote valid JSON
// of the wrong kind should hear that, not about a syntax error that is not there.
class JsonObjectParser {
public:
    static ParsedJsonObject parse(const QByteArray &json);
};

} // namespace toward
