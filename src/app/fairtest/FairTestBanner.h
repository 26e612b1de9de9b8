#pragma once

#include "fairtest/FairTestAssignment.h"

#include <QLabel>

#include <optional>

namespace toward {

// The line above a check-in that says which option a running fair test chose for it; hidden
// when no test runs.
class FairTestBanner final : public QLabel {
    Q_OBJECT

public:
    explicit FairTestBanner(QWidget *parent = nullptr);

    void showAssignment(const std::optional<FairTestAssignment> &assignment);
};

} // namespace toward
