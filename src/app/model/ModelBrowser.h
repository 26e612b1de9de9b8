#pragma once

#include "model/PracticeModel.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ModelBrowser;
}

class QModelIndex;

namespace toward {

class CueFilterProxyModel;
class CueTableModel;

// Shows a practice model: its regions with their curves and away patterns, and its cues, which a
// person can narrow down by region, need, mode, place and words.
class ModelBrowser final : public QWidget {
    Q_OBJECT

public:
    explicit ModelBrowser(QWidget *parent = nullptr);
    ~ModelBrowser() override;

    // Replaces everything shown. The browser keeps its own copy, shared only with its cue table.
    void setModel(const PracticeModel &model);

private:
    void showChosenRegion();
    void applyFilter();
    void showCue(const QModelIndex &visibleIndex);
    void updateCueCount();

    std::unique_ptr<Ui::ModelBrowser> m_ui;
    std::shared_ptr<const PracticeModel> m_model;
    CueTableModel *m_cues;
    CueFilterProxyModel *m_visibleCues;
};

} // namespace toward
