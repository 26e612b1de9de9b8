#pragma once

#include "journal/CheckIn.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CheckInDetailView;
}

namespace toward {

// Everything one check-in holds, and its note in an editor with Save note and Delete check-in.
// The view only asks for those: the journal page saves and deletes.
class CheckInDetailView final : public QWidget {
    Q_OBJECT

public:
    explicit CheckInDetailView(QWidget *parent = nullptr);
    ~CheckInDetailView() override;

    // Shows `checkIn`. When it is the one shown already, an unsaved note stays in the editor.
    void showCheckIn(const CheckIn &checkIn);
    void showNothing();
    const std::optional<CheckIn> &shownCheckIn() const { return m_shown; }

    QString editedNote() const;
    bool hasUnsavedNote() const;
    // Nothing can be saved or deleted.
    void setReadOnly(bool readOnly);

signals:
    void saveNoteRequested();
    void deleteRequested();

private:
    void updateButtons();

    std::unique_ptr<Ui::CheckInDetailView> m_ui;
    std::optional<CheckIn> m_shown;
    bool m_readOnly = false;
};

} // namespace toward
