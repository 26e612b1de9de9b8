#include <QApplication>
#include <QMainWindow>
#include <QTimer>

// The reference for bench_startup: the least a Qt Widgets app can cost. It shows a window of the
// app's default size and quits the way `toward --quit-after-start` does, or with --stay (for
// bench_tray) stays until it is ended. Other arguments such as `--data-dir DIR` are ignored, so
// both programs can be started with the same command line.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.resize(1000, 700);
    window.show();
    if (!QCoreApplication::arguments().contains(QStringLiteral("--stay")))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
