#pragma once

#include <QWidget>

namespace toward {

// The welcome's picture: a spine seen from the side, the person facing left, with its four natural
// curves. Faded, a straight line marks the flattened spine, away from the curves; arrows go from it
// toward each curve. Painted from the palette, so it follows light and dark.
class WelcomePicture final : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePicture(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace toward
