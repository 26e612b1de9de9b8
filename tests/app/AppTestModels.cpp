#include "AppTestModels.h"

#include "TestSupport.h"
#include "model/PracticeModelLoader.h"

#include <QJsonDocument>
#include <QJsonObject>

// toward_core is a static library: its resources must be registered by hand, outside any namespace.
static void registerModelResources()
{
    Q_INIT_RESOURCE(models);
}

namespace toward::test {

QByteArray smallModelJson()
{
    return QByteArray(R"json({
  "format": "toward-practice-model",
  "schema": 1,
  "id": "small-test-model",
  "name": "Small test model",
  "version": "2.1",
  "description": "Three regions and five cues for the widget tests.",
  "regions": [
    {
      "id": "neck", "name": "Neck", "span": "C1–C7",
      "curve": { "kind": "lordosis", "typicalDegrees": [20, 40], "summary": "A gentle inward curve." },
      "away": [
        { "id": "head-forward", "title": "Head drifting forward",
          "text": "The head moves ahead of the shoulders.", "causes": ["screens", "driving"] }
      ],
      "cues": [
        { "id": "crown-lift", "title": "Lift the back of the head",
          "text": "Let the back of the head rise while the chin stays soft.",
          "need": "space", "mode": "support", "contexts": ["desk", "driving"],
          "breaths": 3, "breath": "inhale", "counters": ["head-forward"] },
        { "id": "chin-nod", "title": "Small chin nod", "text": "Nod a little, as if saying yes quietly.",
          "need": "strength", "mode": "play", "contexts": ["mat", "lying"], "breaths": 5 }
      ]
    },
    {
      "id": "low-back", "name": "Low back", "span": "L1–L5",
      "curve": { "kind": "lordosis", "typicalDegrees": [40, 60] },
      "away": [
        { "id": "flat-low-back", "title": "Flattened low back",
          "text": "The inward curve is pressed flat.", "causes": ["long sitting"] }
      ],
      "cues": [
        { "id": "sitting-bones-back", "title": "Sitting bones back",
          "text": "Slide the sitting bones slightly back so the curve returns.",
          "need": "space", "mode": "support", "contexts": ["desk", "driving"],
          "breaths": 4, "breath": "exhale", "counters": ["flat-low-back"] },
        { "id": "pelvis-rock", "title": "Rock the pelvis",
          "text": "Rock gently forward and back, then rest in the middle.",
          "need": "strength", "mode": "play", "contexts": ["mat", "standing"] }
      ]
    },
    {
      "id": "knees", "name": "Knees",
      "cues": [
        { "id": "easy-knees", "title": "Soft knees", "text": "Unlock the knees a little.",
          "need": "space", "mode": "play", "contexts": ["standing", "walking"], "breaths": 2 }
      ]
    }
  ],
  "breathPatterns": [
    { "id": "calm", "name": "Calm", "inhale": 4, "exhale": 6 },
    { "id": "held", "name": "Held", "inhale": 4, "holdIn": 2, "exhale": 4, "note": "Has a short hold." }
  ],
  "practices": [
    { "id": "desk-reset", "title": "Desk reset", "kind": "anywhere", "contexts": ["desk"],
      "steps": [ { "cue": "sitting-bones-back" }, { "cue": "crown-lift", "breaths": 2 } ] },
    { "id": "mat-play", "title": "Mat play", "kind": "daily", "breathPattern": "held",
      "steps": [ { "cue": "pelvis-rock" } ] }
  ]
})json");
}

PracticeModel smallModel()
{
    const ModelLoadResult result = PracticeModelLoader::parse(smallModelJson());
    INFO((result.issues.isEmpty() ? QString() : result.issues.constFirst().toString()));
    REQUIRE(result.ok());
    return *result.model;
}

PracticeModel builtInModel()
{
    const ModelLoadResult result = PracticeModelLoader::loadDefault();
    REQUIRE(result.ok());
    return *result.model;
}

QByteArray renamedDefaultModelJson(const QString &name)
{
    registerModelResources();
    QJsonObject model =
        QJsonDocument::fromJson(readFile(PracticeModelLoader::DefaultModelPath)).object();
    REQUIRE(!model.isEmpty());
    model.insert(QStringLiteral("name"), name);
    return QJsonDocument(model).toJson();
}

} // namespace toward::test
