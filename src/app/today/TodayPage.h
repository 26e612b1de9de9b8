#pragma once

#include "Clock.h"
#include "journal/TodayOverview.h"
#include "model/PracticeModel.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class TodayPage;
}

namespace toward {

class Journal;
class JournalReader;

// The page Toward opens on: a large "Start a check-in", a quick reset for where the person
// usually is at this hour, today's check-ins or the last one, the days in a row and two weeks of
// pain. The journal is read away from the GUI thread.
class TodayPage final : public QWidget {
    Q_OBJECT

public:
    // `journal` must outlive the page.
    TodayPage(Journal &journal, Clock now, QWidget *parent = nullptr);
    ~TodayPage() override;

    void setModel(const PracticeModel &model);
    // Reads the journal again: after a check-in was saved, or when the day may have changed.
    void refresh();
    // When the next reminder comes, in words.
    void setNextReminder(const QString &text);
    // The practice the quick reset starts; none while there is none to offer.
    QString quickResetPracticeId() const;

signals:
    void checkInRequested();
    void practiceRequested(const QString &practiceId);

private:
    void showOverview(const TodayOverview &overview);
    void showQuickReset();

    std::unique_ptr<Ui::TodayPage> m_ui;
    Journal &m_journal;
    Clock m_now;
    JournalReader *m_reader;
    PracticeModel m_model;
    std::optional<Context> m_usualContext;
    QString m_quickResetPracticeId;
};

} // namespace toward
