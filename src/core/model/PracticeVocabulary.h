#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

// The fixed words of the practice model format (schema 1), each with the label a person sees.

namespace toward {

enum class Need { Strength, Space };
enum class Mode { Play, Support };
enum class Context : unsigned {
    Mat = 0x1,
    Desk = 0x2,
    Standing = 0x4,
    Lying = 0x8,
    Driving = 0x10,
    Walking = 0x20
};
Q_DECLARE_FLAGS(Contexts, Context)
enum class CurveKind { Lordosis, Kyphosis };
enum class CueBreath { Any, Inhale, Exhale };
enum class PracticeKind { Rescue, Daily, Anywhere };

template<typename Enum>
struct VocabularyEntry {
    Enum value;
    const char *word; // as written in model files and exports
    const char *label; // for people; translated in the "Vocabulary" context
};

template<typename Enum>
struct Vocabulary;

template<>
struct Vocabulary<Need> {
    static constexpr std::array<VocabularyEntry<Need>, 2> entries {{
        {Need::Strength, "strength", QT_TRANSLATE_NOOP("Vocabulary", "Strength")},
        {Need::Space, "space", QT_TRANSLATE_NOOP("Vocabulary", "Space")},
    }};
};

template<>
struct Vocabulary<Mode> {
    static constexpr std::array<VocabularyEntry<Mode>, 2> entries {{
        {Mode::Play, "play", QT_TRANSLATE_NOOP("Vocabulary", "Play")},
        {Mode::Support, "support", QT_TRANSLATE_NOOP("Vocabulary", "Support")},
    }};
};

template<>
struct Vocabulary<Context> {
    static constexpr std::array<VocabularyEntry<Context>, 6> entries {{
        {Context::Mat, "mat", QT_TRANSLATE_NOOP("Vocabulary", "Mat")},
        {Context::Desk, "desk", QT_TRANSLATE_NOOP("Vocabulary", "Desk")},
        {Context::Standing, "standing", QT_TRANSLATE_NOOP("Vocabulary", "Standing")},
        {Context::Lying, "lying", QT_TRANSLATE_NOOP("Vocabulary", "Lying down")},
        {Context::Driving, "driving", QT_TRANSLATE_NOOP("Vocabulary", "Driving")},
        {Context::Walking, "walking", QT_TRANSLATE_NOOP("Vocabulary", "Walking")},
    }};
};

template<>
struct Vocabulary<CurveKind> {
    static constexpr std::array<VocabularyEntry<CurveKind>, 2> entries {{
        {CurveKind::Lordosis, "lordosis", QT_TRANSLATE_NOOP("Vocabulary", "Lordosis")},
        {CurveKind::Kyphosis, "kyphosis", QT_TRANSLATE_NOOP("Vocabulary", "Kyphosis")},
    }};
};

template<>
struct Vocabulary<CueBreath> {
    static constexpr std::array<VocabularyEntry<CueBreath>, 3> entries {{
        {CueBreath::Inhale, "inhale", QT_TRANSLATE_NOOP("Vocabulary", "With the inhale")},
        {CueBreath::Exhale, "exhale", QT_TRANSLATE_NOOP("Vocabulary", "With the exhale")},
        {CueBreath::Any, "any", QT_TRANSLATE_NOOP("Vocabulary", "With any breath")},
    }};
};

template<>
struct Vocabulary<PracticeKind> {
    static constexpr std::array<VocabularyEntry<PracticeKind>, 3> entries {{
        {PracticeKind::Rescue, "rescue", QT_TRANSLATE_NOOP("Vocabulary", "Rescue")},
        {PracticeKind::Daily, "daily", QT_TRANSLATE_NOOP("Vocabulary", "Daily")},
        {PracticeKind::Anywhere, "anywhere", QT_TRANSLATE_NOOP("Vocabulary", "Anywhere")},
    }};
};

template<typename Enum>
std::optional<Enum> enumFromWord(QStringView word)
{
    for (const auto &entry : Vocabulary<Enum>::entries) {
        if (word == QLatin1StringView(entry.word))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum>
QString wordOf(Enum value)
{
    for (const auto &entry : Vocabulary<Enum>::entries) {
        if (entry.value == value)
            return QLatin1StringView(entry.word).toString();
    }
    Q_UNREACHABLE();
    return {};
}

template<typename Enum>
QString labelOf(Enum value)
{
    for (const auto &entry : Vocabulary<Enum>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("Vocabulary", entry.label);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename Enum>
QList<Enum> allValues()
{
    QList<Enum> values;
    for (const auto &entry : Vocabulary<Enum>::entries)
        values.append(entry.value);
    return values;
}

template<typename Enum>
QStringList allWords()
{
    QStringList words;
    for (const auto &entry : Vocabulary<Enum>::entries)
        words.append(QLatin1StringView(entry.word).toString());
    return words;
}

// The format's rule for ids: 1 to 64 lowercase letters, digits and hyphens, not starting with a
// hyphen.
bool isValidId(const QString &text);

// Contexts in the format's canonical order.
QList<Context> contextList(Contexts contexts);
QStringList contextWords(Contexts contexts);
QStringList contextLabels(Contexts contexts);

} // namespace toward

Q_DECLARE_OPERATORS_FOR_FLAGS(toward::Contexts)
