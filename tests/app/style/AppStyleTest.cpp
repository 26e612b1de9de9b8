#include "style/AppStyle.h"

#include "TestSupport.h"

#include <QApplication>
#include <QLabel>

using namespace toward;

namespace {

QPalette desktopPalette(const QColor &window, const QColor &text)
{
    QPalette palette(window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    return palette;
}

const QPalette LightDesktop = desktopPalette(QColor(0xef, 0xef, 0xef), Qt::black);
const QPalette DarkDesktop = desktopPalette(QColor(0x2b, 0x2b, 0x2b), QColor(0xee, 0xee, 0xee));
const QPalette HighContrastDesktop = desktopPalette(Qt::white, Qt::black);

} // namespace

TEST_CASE("The colour scheme follows the desktop's palette", "[style]")
{
    CHECK(AppStyle::schemeFor(LightDesktop, {}) == ColorScheme {false, false});
    CHECK(AppStyle::schemeFor(DarkDesktop, {}) == ColorScheme {true, false});
    CHECK(AppStyle::schemeFor(HighContrastDesktop, {}) == ColorScheme {false, true});
    CHECK(
        AppStyle::schemeFor(desktopPalette(Qt::black, Qt::white), {}) == ColorScheme {true, true});
}

TEST_CASE("A requested colour scheme overrides the desktop's", "[style]")
{
    CHECK(AppStyle::schemeFor(LightDesktop, u"dark") == ColorScheme {true, false});
    CHECK(AppStyle::schemeFor(DarkDesktop, u"light") == ColorScheme {false, false});
    CHECK(AppStyle::schemeFor(LightDesktop, u"high-contrast") == ColorScheme {false, true});
    CHECK(AppStyle::schemeFor(DarkDesktop, u"high-contrast") == ColorScheme {true, true});
    CHECK(AppStyle::schemeFor(DarkDesktop, u"purple") == ColorScheme {true, false});
}

TEST_CASE("Each palette carries the accent with readable text on it", "[style]")
{
    for (const ColorScheme scheme : {ColorScheme {false, false}, ColorScheme {true, false},
             ColorScheme {false, true}, ColorScheme {true, true}}) {
        INFO("dark " << scheme.dark << ", high contrast " << scheme.highContrast);
        for (const QPalette &desktop : {LightDesktop, DarkDesktop}) {
            const QPalette palette = AppStyle::paletteFor(scheme, desktop);
            CHECK(AppStyle::schemeOf(palette) == scheme);
            CHECK(palette.color(QPalette::Highlight) == AppStyle::accent(scheme));
            CHECK(AppStyle::contrastRatio(
                      palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight))
                >= 4.5);
            CHECK(AppStyle::contrastRatio(
                      palette.color(QPalette::WindowText), palette.color(QPalette::Window))
                >= (scheme.highContrast ? 20 : 7));
            CHECK(AppStyle::contrastRatio(
                      palette.color(QPalette::Link), palette.color(QPalette::Base))
                >= 4.5);
        }
    }
    // The desktop's own colours are kept when it already is in the scheme.
    CHECK(AppStyle::paletteFor({true, false}, DarkDesktop).color(QPalette::Window)
        == DarkDesktop.color(QPalette::Window));
    CHECK(AppStyle::contrastRatio(Qt::black, Qt::white) == Approx(21));
    CHECK(AppStyle::contrastRatio(Qt::red, Qt::red) == Approx(1));
}

TEST_CASE("Text roles scale the app's font in steps", "[style]")
{
    QLabel title;
    QLabel heading;
    QLabel body;
    QLabel caption;
    AppStyle::setTextRole(&title, TextRole::Title);
    AppStyle::setTextRole(&heading, TextRole::Heading);
    AppStyle::setTextRole(&body, TextRole::Body);
    AppStyle::setTextRole(&caption, TextRole::Caption);

    const qreal app = QApplication::font().pointSizeF();
    CHECK(body.font().pointSizeF() == Approx(app));
    CHECK(title.font().pointSizeF() > heading.font().pointSizeF());
    CHECK(heading.font().pointSizeF() > body.font().pointSizeF());
    CHECK(caption.font().pointSizeF() < body.font().pointSizeF());
    CHECK(title.font().bold());
    CHECK_FALSE(body.font().bold());
    CHECK(caption.foregroundRole() == QPalette::PlaceholderText);
    CHECK(AppStyle::spacing(&body) * 2 <= body.fontMetrics().height());
    CHECK(AppStyle::spacing(&title) > AppStyle::spacing(&body));
}
