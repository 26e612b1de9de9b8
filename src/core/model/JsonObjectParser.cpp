#include "model/JsonObjectParser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace toward {

ParsedJsonObject JsonObjectParser::parse(const QByteArray &json)
{
    ParsedJsonObject parsed;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parsed.syntaxError);
    if (document.isObject()) {
        parsed.object = document.object();
        parsed.type = QJsonValue::Object;
    } else if (document.isArray()) {
        parsed.type = QJsonValue::Array;
    } else if (parsed.syntaxError.error == QJsonParseError::IllegalValue) {
        // In an array a lone value is allowed; if the text is one, it parses there as one item.
        const QJsonArray wrapped = QJsonDocument::fromJson('[' + json + ']').array();
        if (wrapped.size() == 1) {
            parsed.type = wrapped.first().type();
            parsed.syntaxError = {};
        }
    }
    return parsed;
}

} // namespace toward
