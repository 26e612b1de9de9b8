#pragma once

#include "widgets/SettingChoiceMenu.h"

namespace toward {

// View ▸ Colours: follow the desktop, or light, dark or high contrast whatever it says. The
// windows change at once; the choice is kept for the next start.
class ColorSchemeMenu final : public SettingChoiceMenu {
    Q_OBJECT

public:
    explicit ColorSchemeMenu(AppSettings &settings, QWidget *parent = nullptr);
};

} // namespace toward
