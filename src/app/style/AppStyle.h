#pragma once

#include <QColor>
#include <QPalette>
#include <QStringView>

class QApplication;
class QWidget;

namespace toward {

struct ColorScheme {
    bool dark = false;
    bool highContrast = false;
    bool operator==(const ColorScheme &) const = default;
};

// How much a piece of text stands out, relative to the app's font.
enum class TextRole { Title, Heading, Lead, Body, Caption };

// Toward's one visual language: a calm teal accent (the icon's), light, dark and high-contrast
// palettes that follow the desktop, a spacing unit and a small type scale. Applied once at start;
// widgets then read the accent from QPalette::Highlight and sizes from their font.
class AppStyle {
public:
    // Qt 6.4 cannot ask the desktop for its colour scheme, so the scheme is read from the palette
    // the platform gives: dark when its window is dark, high contrast when its text stands out
    // almost as far as black on white does. `request` ("light", "dark", "high-contrast", from
    // TOWARD_COLOR_SCHEME) overrides that; high contrast keeps the desktop's lightness; anything
    // else is ignored.
    static ColorScheme schemeFor(const QPalette &desktop, QStringView request);
    // The scheme a palette is in, as drawing code needs to know it.
    static ColorScheme schemeOf(const QPalette &palette) { return schemeFor(palette, {}); }
    // The desktop's own palette with the accent put in, or one of Toward's own when the scheme
    // asked for is not the desktop's.
    static QPalette paletteFor(ColorScheme scheme, const QPalette &desktop);
    static QColor accent(ColorScheme scheme);
    // WCAG 2 contrast ratio, 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);

    // Sets the application's palette for the scheme asked for: TOWARD_COLOR_SCHEME, else `chosen`
    // (the person's choice in View ▸ Colours), else a GTK_THEME naming a high contrast theme,
    // else the desktop's. Can be called again while windows are shown; they follow.
    static void applyTo(QApplication &app, QStringView chosen = {});

    static void setTextRole(QWidget *widget, TextRole role);
    // Half a line of the widget's font: the unit margins and gaps are counted in.
    static int spacing(const QWidget *widget);
};

} // namespace toward
