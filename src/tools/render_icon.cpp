// Renders Toward's SVG icon as a square PNG for the icon theme, at build time:
//   toward_render_icon SVG SIZE OUTPUT.png

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool isSize = false;
    const int size = arguments.size() == 4 ? arguments.at(2).toInt(&isSize) : 0;
    if (!isSize || size <= 0) {
        std::fputs("usage: toward_render_icon SVG SIZE OUTPUT.png\n", stderr);
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "cannot read the SVG %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
    }
    if (!image.save(arguments.at(3), "PNG")) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(arguments.at(3)));
        return 1;
    }
    return 0;
}
