#include "style/AppStyle.h"

#include <QApplication>
#include <QFontMetrics>
#include <QWidget>

#include <algorithm>
#include <array>
#include <cmath>

namespace toward {

namespace {

// Darkness of the window below this lightness (0-255) makes a palette dark.
constexpr int DarkBelowLightness = 128;
// Black on #efefef (Fusion's light palette) is 18.3:1; black on white 21:1.
constexpr double HighContrastFrom = 20;

struct Scale {
    TextRole role;
    double factor;
    bool bold;
};

constexpr std::array TypeScale {
    Scale {TextRole::Title, 1.6, true},
    Scale {TextRole::Heading, 1.25, true},
    Scale {TextRole::Lead, 1.15, false},
    Scale {TextRole::Body, 1.0, false},
    Scale {TextRole::Caption, 0.9, false},
};

const Scale &scaleOf(TextRole role)
{
    return *std::find_if(TypeScale.begin(), TypeScale.end(),
        [role](const Scale &scale) { return scale.role == role; });
}

// The few colours a whole palette is made from.
struct PaletteColours {
    QColor window;
    QColor text;
    QColor base;
    QColor alternateBase;
    QColor button;
    QColor placeholder;
    QColor disabledText;
    QColor mid;
};

const PaletteColours OwnLight {QColor(0xf3, 0xf5, 0xf4), QColor(0x1b, 0x22, 0x23),
    QColor(0xff, 0xff, 0xff), QColor(0xea, 0xf0, 0xef), QColor(0xe9, 0xee, 0xed),
    QColor(0x5f, 0x6b, 0x6a), QColor(0x9a, 0xa3, 0xa2), QColor(0xb7, 0xc0, 0xbf)};
// Fields and lists a shade lighter than the window, so Fusion's check boxes and radio buttons,
// filled with the base colour, stand out from it.
const PaletteColours OwnDark {QColor(0x1c, 0x21, 0x22), QColor(0xe4, 0xe8, 0xe7),
    QColor(0x25, 0x2c, 0x2d), QColor(0x2b, 0x33, 0x34), QColor(0x2c, 0x35, 0x36),
    QColor(0x9a, 0xa5, 0xa4), QColor(0x6c, 0x77, 0x76), QColor(0x4a, 0x54, 0x55)};
const PaletteColours OwnHighContrastLight {Qt::white, Qt::black, Qt::white,
    QColor(0xee, 0xee, 0xee), Qt::white, QColor(0x3a, 0x3a, 0x3a), QColor(0x59, 0x59, 0x59),
    Qt::black};
const PaletteColours OwnHighContrastDark {Qt::black, Qt::white, Qt::black, QColor(0x1a, 0x1a, 0x1a),
    Qt::black, QColor(0xc8, 0xc8, 0xc8), QColor(0xa0, 0xa0, 0xa0), Qt::white};

QPalette paletteOf(const PaletteColours &colours)
{
    QPalette palette(colours.button, colours.window);
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText}) {
        palette.setColor(role, colours.text);
    }
    palette.setColor(QPalette::Base, colours.base);
    palette.setColor(QPalette::AlternateBase, colours.alternateBase);
    palette.setColor(QPalette::ToolTipBase, colours.base);
    palette.setColor(QPalette::PlaceholderText, colours.placeholder);
    palette.setColor(QPalette::Mid, colours.mid);
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, colours.disabledText);
    }
    return palette;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < DarkBelowLightness;
}

bool isHighContrast(const QPalette &palette)
{
    return AppStyle::contrastRatio(
               palette.color(QPalette::WindowText), palette.color(QPalette::Window))
        >= HighContrastFrom;
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF());
}

QColor onAccent(ColorScheme scheme)
{
    if (scheme.highContrast)
        return scheme.dark ? QColor(Qt::black) : QColor(Qt::white);
    return scheme.dark ? QColor(0x0b, 0x1a, 0x1b) : QColor(Qt::white);
}

} // namespace

ColorScheme AppStyle::schemeFor(const QPalette &desktop, QStringView request)
{
    if (request == u"light")
        return {false, false};
    if (request == u"dark")
        return {true, false};
    if (request == u"high-contrast")
        return {isDark(desktop), true};
    return {isDark(desktop), isHighContrast(desktop)};
}

QPalette AppStyle::paletteFor(ColorScheme scheme, const QPalette &desktop)
{
    QPalette palette = desktop;
    if (schemeFor(desktop, {}) != scheme) {
        if (scheme.highContrast)
            palette = paletteOf(scheme.dark ? OwnHighContrastDark : OwnHighContrastLight);
        else
            palette = paletteOf(scheme.dark ? OwnDark : OwnLight);
    }
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, accent(scheme));
        palette.setColor(group, QPalette::HighlightedText, onAccent(scheme));
        palette.setColor(group, QPalette::Link, accent(scheme));
    }
    return palette;
}

QColor AppStyle::accent(ColorScheme scheme)
{
    if (scheme.highContrast)
        return scheme.dark ? QColor(0x9f, 0xf5, 0xef) : QColor(0x00, 0x46, 0x4a);
    // The icon's teal; on dark, a lighter one that still reads as the same colour.
    return scheme.dark ? QColor(0x6f, 0xc2, 0xbd) : QColor(0x2e, 0x6a, 0x6c);
}

double AppStyle::contrastRatio(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

void AppStyle::applyTo(QApplication &app, QStringView chosen)
{
    // The platform's palette, kept from before the first change so "follow the desktop" can
    // return to it.
    static const QPalette desktop = QApplication::palette();
    QString request = qEnvironmentVariable("TOWARD_COLOR_SCHEME");
    if (request.isEmpty())
        request = chosen.toString();
    if (request.isEmpty()
        && qEnvironmentVariable("GTK_THEME").contains(u"HighContrast", Qt::CaseInsensitive)) {
        request = QStringLiteral("high-contrast");
    }
    app.setPalette(paletteFor(schemeFor(desktop, request), desktop));
}

void AppStyle::setTextRole(QWidget *widget, TextRole role)
{
    const Scale &scale = scaleOf(role);
    QFont font = QApplication::font(widget);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale.factor);
    else
        font.setPixelSize(std::lround(font.pixelSize() * scale.factor));
    font.setBold(scale.bold);
    widget->setFont(font);
    if (role == TextRole::Caption)
        widget->setForegroundRole(QPalette::PlaceholderText);
}

int AppStyle::spacing(const QWidget *widget)
{
    return std::max(1, widget->fontMetrics().height() / 2);
}

} // namespace toward
