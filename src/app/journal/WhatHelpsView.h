#pragma once

#include "journal/JournalStatistics.h"

#include <QWidget>

#include <memory>

namespace Ui {
class WhatHelpsView;
}

namespace toward {

// "What helps you": cues and practices ranked by how much pain eased on average, with how often
// each was used and rated; and, apart and not ranked, those with too few rated uses to say.
class WhatHelpsView final : public QWidget {
    Q_OBJECT

public:
    explicit WhatHelpsView(QWidget *parent = nullptr);
    ~WhatHelpsView() override;

    void setWhatHelps(const WhatHelps &whatHelps);

private:
    std::unique_ptr<Ui::WhatHelpsView> m_ui;
};

} // namespace toward
