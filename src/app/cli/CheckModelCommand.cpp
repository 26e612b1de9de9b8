#include "cli/CheckModelCommand.h"

#include "model/ModelSummary.h"
#include "model/PracticeModelLoader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

int CheckModelCommand::run(const QString &path, QTextStream &out, QTextStream &err)
{
    const ModelLoadResult result = PracticeModelLoader::loadFile(path);
    for (const ModelIssue &issue : result.issues)
        err << issue.toString() << u'\n';
    if (!result.ok()) {
        const qsizetype count = result.errors().size();
        //: %1 is the model file's path
        err << QCoreApplication::translate("CheckModelCommand",
            "%1: not a valid practice model (%n error(s))", nullptr, int(count))
                   .arg(path)
            << u'\n';
        err.flush();
        return 1;
    }
    err.flush();
    out << modelSummary(*result.model);
    out.flush();
    return 0;
}

} // namespace toward
