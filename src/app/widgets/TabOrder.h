#pragma once

#include <QAbstractButton>
#include <QButtonGroup>
#include <QList>
#include <QWidget>

namespace toward {

// Puts `widgets` one after the other in the tab order, e.g. after some were made at run time.
inline void setTabChain(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

// The buttons of each group in turn, as rows of choices are tabbed through.
inline QList<QWidget *> buttonsOf(const QList<QButtonGroup *> &groups)
{
    QList<QWidget *> buttons;
    for (const QButtonGroup *group : groups) {
        for (QAbstractButton *button : group->buttons())
            buttons.append(button);
    }
    return buttons;
}

} // namespace toward
