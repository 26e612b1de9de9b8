#pragma once

#include "model/PracticeModel.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CheckInWhereStep;
}

class QButtonGroup;
class QListWidgetItem;

namespace toward {

class CheckInFlow;

// The check-in's first page: where it hurts (on the spine or in a list), where the person is, the
// practice and its breath pattern. It only shows the flow and says what the person chose.
class CheckInWhereStep final : public QWidget {
    Q_OBJECT

public:
    explicit CheckInWhereStep(QWidget *parent = nullptr);
    ~CheckInWhereStep() override;

    void setModel(const PracticeModel &model);
    void showFlow(const CheckInFlow &flow);

signals:
    void regionsChosen(const QStringList &regionIds);
    void contextChosen(toward::Context context);
    // PracticeBuilder::BuiltPracticeId for one built from the regions.
    void practiceChosen(const QString &practiceId);
    void breathPatternChosen(const QString &patternId);

private:
    void addContextButtons();
    void showRegions(const QStringList &regionIds);
    void showPractices(const CheckInFlow &flow);
    void showSummary(const CheckInFlow &flow);
    QStringList checkedRegionIds() const;
    void regionItemChanged(QListWidgetItem *item);
    void practiceItemChosen();

    std::unique_ptr<Ui::CheckInWhereStep> m_ui;
    QButtonGroup *m_contextGroup;
    PracticeModel m_model;
};

} // namespace toward
