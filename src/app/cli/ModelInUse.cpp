#include "cli/ModelInUse.h"

#include "model/PracticeModelLoader.h"
#include "settings/AppSettings.h"
#include "settings/DataDirectory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

Result<PracticeModel> modelInUse(
    const DataDirectory &directory, const QString &insteadWords, QTextStream &err)
{
    const QString customPath =
        AppSettings(directory.settingsFilePath()).value(Setting::CustomModelPath);
    if (!customPath.isEmpty()) {
        ModelLoadResult custom = PracticeModelLoader::loadFile(customPath);
        if (custom.ok())
            return std::move(*custom.model);
        err << QCoreApplication::translate(
            "ModelInUse", "The practice model %1 cannot be loaded; %2.")
                   .arg(customPath, insteadWords)
            << u'\n';
    }
    ModelLoadResult builtIn = PracticeModelLoader::loadDefault();
    if (!builtIn.ok())
        return Result<PracticeModel>::failure(QCoreApplication::translate(
            "ModelInUse", "The built-in practice model cannot be read."));
    return std::move(*builtIn.model);
}

} // namespace toward
