#pragma once

#include "model/JsonNode.h"
#include "model/ModelIssue.h"
#include "model/PracticeModel.h"

#include <QJsonObject>

namespace toward {

// A breath pattern as JSON, by the rules of the model format (docs/practice-model-format.md).
// A model's patterns and a person's own are read through here, so both are held to the same rules.
class BreathPatternJson {
public:
    // Every field but the id, whose uniqueness only the caller can judge; problems go to `node`.
    static BreathPattern read(const JsonNode &node);
    static QJsonObject write(const BreathPattern &pattern);
    // What the format finds wrong with `pattern` (its id aside), each issue with its place.
    static ModelIssues issues(const BreathPattern &pattern);
};

} // namespace toward
