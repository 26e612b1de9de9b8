#include "cli/QtStandardOptions.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

enum class Value {
    None,
    Next, // -platform offscreen
    NextOrJoined // -style fusion or -style=fusion
};

struct QtOption {
    QLatin1StringView name;
    Value value;
};

// As Qt 6 reads them in QCoreApplication, QGuiApplication, QApplication and the xcb plugin.
constexpr QtOption Options[] = {
    {"qmljsdebugger"_L1, Value::NextOrJoined},
    {"platform"_L1, Value::Next},
    {"platformpluginpath"_L1, Value::Next},
    {"platformtheme"_L1, Value::Next},
    {"plugin"_L1, Value::Next},
    {"qwindowgeometry"_L1, Value::Next},
    {"qwindowtitle"_L1, Value::Next},
    {"qwindowicon"_L1, Value::Next},
    {"reverse"_L1, Value::None},
    {"session"_L1, Value::Next},
    {"style"_L1, Value::NextOrJoined},
    {"stylesheet"_L1, Value::NextOrJoined},
    {"testability"_L1, Value::None},
    {"widgetcount"_L1, Value::None},
    {"display"_L1, Value::Next},
    {"geometry"_L1, Value::Next},
    {"title"_L1, Value::Next},
    {"icon"_L1, Value::Next},
    {"name"_L1, Value::Next},
    {"visual"_L1, Value::Next},
    {"nograb"_L1, Value::None},
    {"dograb"_L1, Value::None},
    {"sync"_L1, Value::None},
};

const QtOption *findOption(QStringView name)
{
    const auto found = std::find_if(std::begin(Options), std::end(Options),
        [name](const QtOption &option) { return option.name == name; });
    return found == std::end(Options) ? nullptr : found;
}

} // namespace

Result<QStringList> QtStandardOptions::remove(const QStringList &arguments)
{
    using Removed = Result<QStringList>;
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(u'-')) {
            kept.append(argument);
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = equals < 0 ? argument : argument.first(equals); // -style, --style
        const QtOption *option =
            findOption(QStringView(name).sliced(name.startsWith(u"--") ? 2 : 1));
        if (!option) {
            kept.append(argument);
            continue;
        }
        if (equals >= 0) {
            if (option->value == Value::None)
                return Removed::failure(QCoreApplication::translate(
                    "QtStandardOptions", "Qt's option %1 takes no value.")
                                            .arg(name));
            if (option->value == Value::Next) {
                return Removed::failure(QCoreApplication::translate(
                    "QtStandardOptions", "Qt reads %1 only with its value after a space: %1 %2")
                                            .arg(name, argument.sliced(equals + 1)));
            }
        } else if (option->value != Value::None && ++i == arguments.size()) {
            return Removed::failure(
                QCoreApplication::translate("QtStandardOptions", "Missing value after '%1'.")
                    .arg(argument));
        }
    }
    return kept;
}

} // namespace toward
