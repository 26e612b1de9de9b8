#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WhatHelpsView;
}

namespace toward {

class WhatHelpsTableModel;
struct WhatHelps;

// "What helps you": how each practice and cue compares with the person's usual check-in, as a
// forest plot, the same as a table for the keyboard and screen readers, and a plain explanation of
// both with the journal's counts.
class WhatHelpsView final : public QWidget {
    Q_OBJECT

public:
    explicit WhatHelpsView(QWidget *parent = nullptr);
    ~WhatHelpsView() override;

    void setWhatHelps(const WhatHelps &whatHelps);

private:
    std::unique_ptr<Ui::WhatHelpsView> m_ui;
    WhatHelpsTableModel *m_table;
};

} // namespace toward
