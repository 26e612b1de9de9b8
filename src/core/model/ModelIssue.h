#pragma once

#include <QList>
#include <QString>

namespace toward {

// One problem found in a practice model file.
struct ModelIssue {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path; // where in the document, e.g. "regions[2].cues[0].need"; empty for the whole file
    QString message; // the problem in plain words
    int line = 0; // 1-based; set only for JSON syntax errors
    int column = 0;

    bool isError() const { return severity == Severity::Error; }
    // "error: regions[2].cues[0].need: must be ...", or "error: line 3, column 7: ..."
    QString toString() const;

    friend bool operator==(const ModelIssue &, const ModelIssue &) = default;
};

using ModelIssues = QList<ModelIssue>;

} // namespace toward
