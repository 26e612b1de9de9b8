#pragma once

#include "model/ModelIssue.h"
#include "model/PracticeModel.h"

#include <QByteArray>
#include <QLocale>
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
    // The English built-in model, used for every language that has no model of its own.
    static inline const QString DefaultModelPath = QStringLiteral(":/models/default-model.json");

    // A file path or a Qt resource path (":/...").
    static ModelLoadResult loadFile(const QString &path);
    // The built-in model in the first of the locale's UI languages that has one
    // (":/models/default-model.<language>.json"), else DefaultModelPath.
    static QString builtInModelPath(const QLocale &locale = {});
    static ModelLoadResult loadDefault(const QLocale &locale = {});
    static ModelLoadResult parse(const QByteArray &json);
};

} // namespace toward
