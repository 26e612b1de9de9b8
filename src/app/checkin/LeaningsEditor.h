#pragma once

#include "journal/CheckIn.h"
#include "model/PracticeModel.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QGridLayout;

namespace toward {

// How a person leans on the model's inner directions: away (e.g. fear), toward (possibility), or
// not said, which is where every direction starts.
class LeaningsEditor final : public QWidget {
    Q_OBJECT

public:
    explicit LeaningsEditor(QWidget *parent = nullptr);

    void setDirections(const QList<InnerDirection> &directions);
    // Shows leanings without announcing them; directions not in `leanings` are not said.
    void setLeanings(const QMap<QString, Leaning> &leanings);

    // Every choice, row by row, for the page's tab order.
    QList<QWidget *> choices() const;

signals:
    void leaningChanged(const QString &directionId, std::optional<Leaning> leaning);

private:
    enum Choice { Away, NotSaid, Toward };

    void addRow(int row, const InnerDirection &direction);

    QGridLayout *m_grid;
    QList<QString> m_directionIds; // by row
    QList<QButtonGroup *> m_groups; // by row
};

} // namespace toward
