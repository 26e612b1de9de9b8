#pragma once

#include <QList>
#include <QWidget>

namespace toward {

// Puts `widgets` one after the other in the tab order, e.g. after some were made at run time.
inline void setTabChain(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

} // namespace toward
