#pragma once

#include "Result.h"
#include "model/PracticeModel.h"

#include <QTextStream>

namespace toward {

class DataDirectory;

// The model the app starts with when no --model is given: the custom one kept in the settings when
// it loads, otherwise the built-in one. A custom model that does not load is reported on `err`,
// with what is used instead (`insteadWords`, e.g. "the check-ins take their names from the
// built-in model").
Result<PracticeModel> modelInUse(
    const DataDirectory &directory, const QString &insteadWords, QTextStream &err);

} // namespace toward
