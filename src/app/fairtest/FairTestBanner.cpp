#include "fairtest/FairTestBanner.h"

#include "fairtest/FairTestWording.h"

namespace toward {

FairTestBanner::FairTestBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("fairTestBanner"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    // Follows the palette, light or dark.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    hide();
}

void FairTestBanner::showAssignment(const std::optional<FairTestAssignment> &assignment)
{
    setText(assignment ? FairTestWording::assignment(*assignment) : QString());
    setVisible(assignment.has_value());
}

} // namespace toward
