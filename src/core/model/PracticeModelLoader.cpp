#include "model/PracticeModelLoader.h"

#include "model/BreathPatternJson.h"
#include "model/JsonNode.h"
#include "model/JsonObjectParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

// A static library's resources must be registered by hand (outside any namespace).
static void registerModelResources()
{
    Q_INIT_RESOURCE(models);
}

namespace toward {

namespace {

constexpr qsizetype NameChars = 80;

ModelIssue fileError(const QString &message)
{
    return {ModelIssue::Severity::Error, {}, message};
}

QString describeSyntaxError(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return QCoreApplication::translate(
            "PracticeModelLoader", "expected , or } after a value in an object");
    case QJsonParseError::MissingNameSeparator:
        return QCoreApplication::translate("PracticeModelLoader", "expected : after a key");
    case QJsonParseError::UnterminatedArray:
        return QCoreApplication::translate(
            "PracticeModelLoader", "expected , or ] after a value in an array");
    case QJsonParseError::MissingValueSeparator:
        return QCoreApplication::translate(
            "PracticeModelLoader", "expected a comma between two values");
    case QJsonParseError::IllegalValue:
        return QCoreApplication::translate("PracticeModelLoader", "not a valid JSON value");
    case QJsonParseError::TerminationByNumber:
        return QCoreApplication::translate(
            "PracticeModelLoader", "the file ends in the middle of a number");
    case QJsonParseError::IllegalNumber:
        return QCoreApplication::translate("PracticeModelLoader", "not a valid number");
    case QJsonParseError::IllegalEscapeSequence:
        return QCoreApplication::translate(
            "PracticeModelLoader", "a string has an invalid escape sequence");
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate(
            "PracticeModelLoader", "a string is not valid UTF-8 text");
    case QJsonParseError::UnterminatedString:
        return QCoreApplication::translate("PracticeModelLoader", "a string is not closed with \"");
    case QJsonParseError::MissingObject:
        return QCoreApplication::translate("PracticeModelLoader", "expected an object");
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("PracticeModelLoader", "values are nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate("PracticeModelLoader", "the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return QCoreApplication::translate(
            "PracticeModelLoader", "unexpected text after the end of the model");
    case QJsonParseError::NoError:
        break;
    }
    return QCoreApplication::translate("PracticeModelLoader", "not valid JSON");
}

ModelIssue syntaxError(const QByteArray &json, const QJsonParseError &error)
{
    // The parser reports a byte offset; people need a line and a column in characters.
    const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), json.size());
    const QByteArrayView before(json.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).toUcs4().size()) + 1;
    return {ModelIssue::Severity::Error, {}, describeSyntaxError(error.error), line, column};
}

// Remembers where each id of one kind was first defined, to report duplicates.
class IdRegistry {
public:
    explicit IdRegistry(QString kind)
        : m_kind(std::move(kind))
    {
    }

    void claim(const QString &id, const JsonNode &idNode)
    {
        const auto existing = m_firstPath.constFind(id);
        if (existing != m_firstPath.constEnd()) {
            idNode.error(QCoreApplication::translate(
                "PracticeModelLoader", "duplicate %1 id %2: already used at %3")
                             .arg(m_kind, JsonNode::quoted(id), *existing));
            return;
        }
        m_firstPath.insert(id, idNode.path());
    }
    bool contains(const QString &id) const { return m_firstPath.contains(id); }

private:
    QString m_kind;
    QHash<QString, QString> m_firstPath;
};

// Reads one parsed document into a model, collecting every problem on the way.
class ModelReader {
public:
    explicit ModelReader(ModelIssues &issues)
        : m_issues(issues)
    {
    }

    PracticeModel read(const QJsonObject &root)
    {
        const JsonNode top(root, {}, m_issues);
        readFormat(top);
        PracticeModel model;
        model.id = top["id"_L1].id(Presence::Required).value_or(QString());
        model.name = top["name"_L1].text(Presence::Required, NameChars).value_or(QString());
        model.version = top["version"_L1].string(Presence::Optional).value_or(QString());
        model.language = top["language"_L1].string(Presence::Optional).value_or(QString());
        model.description = top["description"_L1].text(Presence::Optional).value_or(QString());
        for (const JsonNode &node :
            top["regions"_L1].array(Presence::Required, 1).value_or(QList<JsonNode>())) {
            if (node.isObject(Presence::Required))
                model.regions.append(readRegion(node));
        }
        for (const JsonNode &node :
            top["innerDirections"_L1].array(Presence::Optional).value_or(QList<JsonNode>())) {
            if (node.isObject(Presence::Required))
                model.innerDirections.append(readInnerDirection(node));
        }
        for (const JsonNode &node :
            top["breathPatterns"_L1].array(Presence::Required, 1).value_or(QList<JsonNode>())) {
            if (node.isObject(Presence::Required))
                model.breathPatterns.append(readBreathPattern(node));
        }
        for (const JsonNode &node :
            top["practices"_L1].array(Presence::Optional).value_or(QList<JsonNode>())) {
            if (node.isObject(Presence::Required))
                model.practices.append(readPractice(node));
        }
        top.warnAboutUnknownKeys({"format"_L1, "schema"_L1, "id"_L1, "name"_L1, "version"_L1,
            "language"_L1, "description"_L1, "regions"_L1, "innerDirections"_L1,
            "breathPatterns"_L1, "practices"_L1});
        return model;
    }

private:
    void readFormat(const JsonNode &top)
    {
        const JsonNode format = top["format"_L1];
        if (const auto word = format.string(Presence::Required);
            word && *word != u"toward-practice-model"_s)
            format.error(
                QCoreApplication::translate("PracticeModelLoader", "must be %1, not %2")
                    .arg(JsonNode::quoted(u"toward-practice-model"_s), JsonNode::quoted(*word)));

        const JsonNode schema = top["schema"_L1];
        const int supported = PracticeModelLoader::SupportedSchema;
        const std::optional<int> version = schema.integer(
            Presence::Required, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (version && *version > supported) {
            schema.error(QCoreApplication::translate("PracticeModelLoader",
                "made for a newer version of Toward (schema %1); this version reads schema %2")
                             .arg(*version)
                             .arg(supported));
        } else if (version && *version < supported) {
            schema.error(QCoreApplication::translate("PracticeModelLoader", "must be %1, not %2")
                             .arg(supported)
                             .arg(*version));
        }
    }

    QString claimId(const JsonNode &object, IdRegistry &registry)
    {
        const JsonNode idNode = object["id"_L1];
        const std::optional<QString> id = idNode.id(Presence::Required);
        if (!id)
            return {};
        registry.claim(*id, idNode);
        return *id;
    }

    Contexts readContexts(const JsonNode &node, Presence presence)
    {
        Contexts contexts;
        for (const JsonNode &item : node.array(presence, 1).value_or(QList<JsonNode>())) {
            const std::optional<Context> context = item.word<Context>(Presence::Required);
            if (!context)
                continue;
            if (contexts.testFlag(*context))
                item.error(QCoreApplication::translate("PracticeModelLoader", "repeats %1")
                               .arg(JsonNode::quoted(wordOf(*context))));
            contexts |= *context;
        }
        return contexts;
    }

    std::optional<Curve> readCurve(const JsonNode &node)
    {
        if (!node.isObject(Presence::Optional))
            return std::nullopt;
        Curve curve;
        curve.kind =
            node["kind"_L1].word<CurveKind>(Presence::Required).value_or(CurveKind::Lordosis);
        curve.typicalDegrees = readDegreeRange(node["typicalDegrees"_L1]);
        curve.summary = node["summary"_L1].text(Presence::Optional).value_or(QString());
        node.warnAboutUnknownKeys({"kind"_L1, "typicalDegrees"_L1, "summary"_L1});
        return curve;
    }

    std::optional<DegreeRange> readDegreeRange(const JsonNode &node)
    {
        const std::optional<QList<JsonNode>> bounds = node.array(Presence::Optional);
        if (!bounds)
            return std::nullopt;
        if (bounds->size() != 2) {
            node.error(QCoreApplication::translate(
                "PracticeModelLoader", "must hold exactly two numbers [min, max], not %1")
                           .arg(bounds->size()));
            return std::nullopt;
        }
        const std::optional<double> min = bounds->at(0).number(Presence::Required, 0, 90);
        const std::optional<double> max = bounds->at(1).number(Presence::Required, 0, 90);
        if (!min || !max)
            return std::nullopt;
        if (*min > *max) {
            node.error(QCoreApplication::translate(
                "PracticeModelLoader", "min (%1) must not be greater than max (%2)")
                           .arg(JsonNode::formatNumber(*min), JsonNode::formatNumber(*max)));
            return std::nullopt;
        }
        return DegreeRange {*min, *max};
    }

    Region readRegion(const JsonNode &node)
    {
        Region region;
        region.id = claimId(node, m_regionIds);
        region.name = node["name"_L1].text(Presence::Required, NameChars).value_or(QString());
        region.span = node["span"_L1].string(Presence::Optional).value_or(QString());
        region.curve = readCurve(node["curve"_L1]);
        for (const JsonNode &item :
            node["away"_L1].array(Presence::Optional).value_or(QList<JsonNode>())) {
            if (item.isObject(Presence::Required))
                region.away.append(readAwayPattern(item));
        }
        for (const JsonNode &item :
            node["cues"_L1].array(Presence::Required, 1).value_or(QList<JsonNode>())) {
            if (item.isObject(Presence::Required))
                region.cues.append(readCue(item, region));
        }
        node.warnAboutUnknownKeys(
            {"id"_L1, "name"_L1, "span"_L1, "curve"_L1, "away"_L1, "cues"_L1});
        return region;
    }

    AwayPattern readAwayPattern(const JsonNode &node)
    {
        AwayPattern away;
        away.id = claimId(node, m_awayIds);
        away.title = node["title"_L1].text(Presence::Required, NameChars).value_or(QString());
        away.text = node["text"_L1].text(Presence::Required).value_or(QString());
        for (const JsonNode &cause :
            node["causes"_L1].array(Presence::Optional).value_or(QList<JsonNode>())) {
            if (const auto text = cause.text(Presence::Required, NameChars))
                away.causes.append(*text);
        }
        node.warnAboutUnknownKeys({"id"_L1, "title"_L1, "text"_L1, "causes"_L1});
        return away;
    }

    Cue readCue(const JsonNode &node, const Region &region)
    {
        Cue cue;
        cue.id = claimId(node, m_cueIds);
        cue.title = node["title"_L1].text(Presence::Required, NameChars).value_or(QString());
        cue.text = node["text"_L1].text(Presence::Required).value_or(QString());
        cue.need = node["need"_L1].word<Need>(Presence::Required).value_or(Need::Space);
        cue.mode = node["mode"_L1].word<Mode>(Presence::Required).value_or(Mode::Support);
        cue.contexts = readContexts(node["contexts"_L1], Presence::Required);
        cue.breaths = node["breaths"_L1].integer(Presence::Optional, 1, 30).value_or(cue.breaths);
        cue.breath = node["breath"_L1].word<CueBreath>(Presence::Optional).value_or(CueBreath::Any);
        for (const JsonNode &item :
            node["counters"_L1].array(Presence::Optional).value_or(QList<JsonNode>())) {
            const std::optional<QString> awayId = item.id(Presence::Required);
            if (!awayId)
                continue;
            if (!region.findAwayPattern(*awayId)) {
                item.error(QCoreApplication::translate(
                    "PracticeModelLoader", "no away pattern of region %1 has the id %2")
                               .arg(JsonNode::quoted(region.id), JsonNode::quoted(*awayId)));
            }
            cue.counters.append(*awayId);
        }
        node.warnAboutUnknownKeys({"id"_L1, "title"_L1, "text"_L1, "need"_L1, "mode"_L1,
            "contexts"_L1, "breaths"_L1, "breath"_L1, "counters"_L1});
        m_cueBreaths.insert(cue.id, cue.breaths);
        return cue;
    }

    InnerDirection readInnerDirection(const JsonNode &node)
    {
        InnerDirection direction;
        direction.id = claimId(node, m_innerDirectionIds);
        direction.toward =
            node["toward"_L1].text(Presence::Required, NameChars).value_or(QString());
        direction.away = node["away"_L1].text(Presence::Required, NameChars).value_or(QString());
        node.warnAboutUnknownKeys({"id"_L1, "toward"_L1, "away"_L1});
        return direction;
    }

    BreathPattern readBreathPattern(const JsonNode &node)
    {
        const QString id = claimId(node, m_breathPatternIds);
        BreathPattern pattern = BreathPatternJson::read(node);
        pattern.id = id;
        return pattern;
    }

    Practice readPractice(const JsonNode &node)
    {
        Practice practice;
        practice.id = claimId(node, m_practiceIds);
        practice.title = node["title"_L1].text(Presence::Required, NameChars).value_or(QString());
        practice.kind =
            node["kind"_L1].word<PracticeKind>(Presence::Required).value_or(PracticeKind::Daily);
        practice.contexts = readContexts(node["contexts"_L1], Presence::Optional);
        const JsonNode patternNode = node["breathPattern"_L1];
        if (const auto patternId = patternNode.id(Presence::Optional)) {
            if (!m_breathPatternIds.contains(*patternId))
                patternNode.error(QCoreApplication::translate(
                    "PracticeModelLoader", "no breath pattern has the id %1")
                                      .arg(JsonNode::quoted(*patternId)));
            practice.breathPatternId = *patternId;
        }
        for (const JsonNode &item :
            node["steps"_L1].array(Presence::Required, 1, 60).value_or(QList<JsonNode>())) {
            if (item.isObject(Presence::Required))
                practice.steps.append(readStep(item));
        }
        node.warnAboutUnknownKeys(
            {"id"_L1, "title"_L1, "kind"_L1, "contexts"_L1, "breathPattern"_L1, "steps"_L1});
        return practice;
    }

    PracticeStep readStep(const JsonNode &node)
    {
        PracticeStep step;
        const JsonNode cueNode = node["cue"_L1];
        const std::optional<QString> cueId = cueNode.id(Presence::Required);
        if (cueId && !m_cueIds.contains(*cueId))
            cueNode.error(QCoreApplication::translate("PracticeModelLoader", "no cue has the id %1")
                              .arg(JsonNode::quoted(*cueId)));
        step.cueId = cueId.value_or(QString());
        const std::optional<int> breaths = node["breaths"_L1].integer(Presence::Optional, 1, 30);
        step.breaths = breaths.value_or(m_cueBreaths.value(step.cueId, step.breaths));
        node.warnAboutUnknownKeys({"cue"_L1, "breaths"_L1});
        return step;
    }

    ModelIssues &m_issues;
    IdRegistry m_regionIds {u"region"_s};
    IdRegistry m_awayIds {QCoreApplication::translate("PracticeModelLoader", "away pattern")};
    IdRegistry m_cueIds {u"cue"_s};
    IdRegistry m_innerDirectionIds {
        QCoreApplication::translate("PracticeModelLoader", "inner direction")};
    IdRegistry m_breathPatternIds {
        QCoreApplication::translate("PracticeModelLoader", "breath pattern")};
    IdRegistry m_practiceIds {u"practice"_s};
    QHash<QString, int> m_cueBreaths;
};

} // namespace

ModelIssues ModelLoadResult::errors() const
{
    ModelIssues found;
    std::copy_if(issues.begin(), issues.end(), std::back_inserter(found),
        [](const ModelIssue &issue) { return issue.isError(); });
    return found;
}

ModelIssues ModelLoadResult::warnings() const
{
    ModelIssues found;
    std::copy_if(issues.begin(), issues.end(), std::back_inserter(found),
        [](const ModelIssue &issue) { return !issue.isError(); });
    return found;
}

ModelLoadResult PracticeModelLoader::loadFile(const QString &path)
{
    if (path.startsWith(u':'))
        registerModelResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
            {fileError(
                QCoreApplication::translate("PracticeModelLoader", "cannot read the file: %1")
                    .arg(file.errorString()))}};
    if (file.size() > MaxFileBytes) {
        return {std::nullopt,
            {fileError(QCoreApplication::translate(
                "PracticeModelLoader", "the file is %1 MiB; a practice model may be at most 2 MiB")
                           .arg(QLocale().toString(double(file.size()) / (1024 * 1024), 'f', 1)))}};
    }
    return parse(file.read(MaxFileBytes + 1));
}

QString PracticeModelLoader::builtInModelPath(const QLocale &locale)
{
    registerModelResources();
    for (const QString &tag : locale.uiLanguages()) {
        const QString language = tag.section(u'-', 0, 0).toLower();
        // English is the model under DefaultModelPath; a later language in the list must not win.
        if (language == u"en")
            return DefaultModelPath;
        const QString path = u":/models/default-model.%1.json"_s.arg(language);
        if (QFile::exists(path))
            return path;
    }
    return DefaultModelPath;
}

ModelLoadResult PracticeModelLoader::loadDefault(const QLocale &locale)
{
    return loadFile(builtInModelPath(locale));
}

ModelLoadResult PracticeModelLoader::parse(const QByteArray &json)
{
    if (json.size() > MaxFileBytes)
        return {std::nullopt,
            {fileError(QCoreApplication::translate(
                "PracticeModelLoader", "the model is larger than 2 MiB"))}};
    // Editors on some systems start UTF-8 files with a byte order mark; it is not part of the JSON.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.sliced(3) : json;
    if (text.trimmed().isEmpty())
        return {std::nullopt,
            {fileError(QCoreApplication::translate("PracticeModelLoader", "the file is empty"))}};

    const ParsedJsonObject parsed = JsonObjectParser::parse(text);
    if (parsed.syntaxError.error != QJsonParseError::NoError)
        return {std::nullopt, {syntaxError(text, parsed.syntaxError)}};
    if (!parsed.isObject()) {
        return {std::nullopt,
            {fileError(QCoreApplication::translate(
                "PracticeModelLoader", "the file must hold one JSON object { ... }, not %1")
                           .arg(JsonNode::describeType(parsed.type)))}};
    }

    ModelLoadResult result;
    PracticeModel model = ModelReader(result.issues).read(parsed.object);
    if (result.errors().isEmpty())
        result.model = std::move(model);
    return result;
}

} // namespace toward
