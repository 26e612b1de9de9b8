#pragma once

#include "breath/CustomBreathPatternStore.h"
#include "model/PracticeModel.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace toward {

// Lists the breath patterns a person made, to create, edit and delete them. Each change is saved
// to the store at once; one that cannot be saved is shown and not made.
class BreathPatternsDialog final : public QDialog {
    Q_OBJECT

public:
    // `modelPatternIds`: ids a new pattern must not take.
    BreathPatternsDialog(QList<BreathPattern> patterns, QStringList modelPatternIds,
        CustomBreathPatternStore store, QWidget *parent = nullptr);

    const QList<BreathPattern> &patterns() const { return m_patterns; }

signals:
    // After a change was saved.
    void patternsChanged(const QList<BreathPattern> &patterns);

private:
    void createPattern();
    void editPattern();
    void deletePattern();
    void openEditor(const BreathPattern &pattern);
    void keep(const BreathPattern &pattern);
    bool save(const QList<BreathPattern> &patterns);
    void showPatterns(int currentRow);
    void showButtonStates();

    QList<BreathPattern> m_patterns;
    QStringList m_modelPatternIds;
    CustomBreathPatternStore m_store;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace toward
