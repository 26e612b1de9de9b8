#pragma once

#include "model/PracticeModelLoader.h"

#include <QtGlobal>

namespace toward::fuzz {

// The built-in model, loaded once; a fuzz target cannot run without it.
inline const PracticeModel &builtInModel()
{
    static const PracticeModel model = [] {
        const ModelLoadResult loaded = PracticeModelLoader::loadDefault();
        if (!loaded.ok())
            qFatal("the built-in model does not load");
        return *loaded.model;
    }();
    return model;
}

} // namespace toward::fuzz
