#pragma once

#include "model/ModelIssue.h"
#include "model/PracticeModel.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace toward {

struct ModelLoadResult {
    std::optional<PracticeModel> model; // set exactly when there are no errors
    ModelIssues issues; // every error and warning, in document order

    bool ok() const { return model.has_value(); }
    ModelIssues errors() const;
    ModelIssues warnings() const;
};

// Reads practice model files (format "toward-practice-model", schema 1) and reports every problem.
// Never throws; any input yields either a model or at least one error.
class PracticeModelLoader {
public:
    static constexpr qint64 MaxFileBytes = 2 * 1024 * 1024;
    static constexpr int SupportedSchema = 1;
    static inline const QString DefaultModelPath = QStringLiteral(":/models/default-model.json");

    // A file path or a Qt resource path (":/...").
    static ModelLoadResult loadFile(const QString &path);
    static ModelLoadResult loadDefault();
    static ModelLoadResult parse(const QByteArray &json);
};

} // namespace toward
