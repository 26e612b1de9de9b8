#pragma once

#include "widgets/SettingChoiceMenu.h"

namespace toward {

// View ▸ Language: the system's language or one Toward ships, kept in the settings and used from
// the next start (the texts are translated when the windows are made).
class LanguageMenu final : public SettingChoiceMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(AppSettings &settings, QWidget *parent = nullptr);
};

} // namespace toward
