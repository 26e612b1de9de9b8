#include "cli/CheckModelCommand.h"

#include "model/ModelSummary.h"
#include "model/PracticeModelLoader.h"

using namespace Qt::StringLiterals;

namespace toward {

int CheckModelCommand::run(const QString &path, QTextStream &out, QTextStream &err)
{
    const ModelLoadResult result = PracticeModelLoader::loadFile(path);
    for (const ModelIssue &issue : result.issues)
        err << issue.toString() << u'\n';
    if (!result.ok()) {
        const qsizetype count = result.errors().size();
        err << path << u": not a valid practice model ("_s
            << (count == 1 ? u"1 error"_s : u"%1 errors"_s.arg(count)) << u")\n"_s;
        err.flush();
        return 1;
    }
    err.flush();
    out << modelSummary(*result.model);
    out.flush();
    return 0;
}

} // namespace toward
