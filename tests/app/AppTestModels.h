#pragma once

#include "model/PracticeModel.h"

#include <QByteArray>

namespace toward::test {

// A small, valid model whose every cue the widget tests know by name:
// Neck: "Lift the back of the head", "Small chin nod"; Low back: "Sitting bones back",
// "Rock the pelvis"; Knees (no curve): "Soft knees".
QByteArray smallModelJson();
PracticeModel smallModel();
// The model built into the app.
PracticeModel builtInModel();

// The bytes of the built-in model with its name replaced.
QByteArray renamedDefaultModelJson(const QString &name);

} // namespace toward::test
