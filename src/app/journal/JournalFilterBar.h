#pragma once

#include "Clock.h"
#include "journal/JournalFilter.h"
#include "model/PracticeModel.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <memory>

namespace Ui {
class JournalFilterBar;
}

namespace toward {

// The filters above the journal: a span of recent days, a region, a place and words to search for.
// Choosing in a list applies at once; typing applies after a short pause.
class JournalFilterBar final : public QWidget {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds TypingPause {250};

    explicit JournalFilterBar(QWidget *parent = nullptr);
    ~JournalFilterBar() override;

    // Where "the last 30 days" end. The system clock until set.
    void setClock(Clock now);
    // The regions offered; a chosen region that is no longer offered is forgotten.
    void setRegions(const QList<Region> &regions);

    JournalFilter filter() const;

signals:
    void filterChanged();

private:
    std::unique_ptr<Ui::JournalFilterBar> m_ui;
    Clock m_now = systemNow;
    QTimer m_typingPause;
};

} // namespace toward
