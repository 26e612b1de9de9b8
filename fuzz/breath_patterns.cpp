// Fuzzes the reader of a person's own breath patterns the app runs at start
// (CustomBreathPatternStore::parse): any file gives patterns or a reason; the patterns read keep
// the model format's rules and save as themselves; joined to the built-in model they leave its own
// patterns first and whole.

#include "BuiltInModel.h"
#include "breath/BreathPatternsInUse.h"
#include "breath/CustomBreathPatternStore.h"
#include "model/BreathPatternJson.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace toward;
using fuzz::builtInModel;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    builtInModel();
    return 0;
}

// Messages stay on one line: `./toward.sh fuzz` shows the line before the crash.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<QList<BreathPattern>> patterns = CustomBreathPatternStore::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!patterns.ok()) {
        if (patterns.error().isEmpty())
            qFatal("breath patterns were refused without a reason");
        return 0;
    }
    for (const BreathPattern &pattern : patterns.value()) {
        if (const ModelIssues issues = BreathPatternJson::issues(pattern); !issues.isEmpty())
            qFatal("a pattern read breaks the rules: %s", qPrintable(issues.first().toString()));
    }
    const QByteArray bytes = CustomBreathPatternStore::serialize(patterns.value());
    const Result<QList<BreathPattern>> reread = CustomBreathPatternStore::parse(bytes);
    if (!reread.ok())
        qFatal("saved breath patterns cannot be read: %s", qPrintable(reread.error()));
    if (CustomBreathPatternStore::serialize(reread.value()) != bytes)
        qFatal("breath patterns change when saved and read again");

    const BreathPatternsInUse inUse = BreathPatternsInUse::join(builtInModel(), patterns.value());
    const qsizetype modelCount = builtInModel().breathPatterns.size();
    if (inUse.model.breathPatterns.size() + inUse.clashing.size()
        != modelCount + patterns.value().size())
        qFatal("joining lost or added a breath pattern");
    for (qsizetype i = 0; i < modelCount; ++i) {
        if (inUse.model.breathPatterns.at(i).id != builtInModel().breathPatterns.at(i).id)
            qFatal("joining moved the model's own breath patterns");
    }
    return 0;
}
