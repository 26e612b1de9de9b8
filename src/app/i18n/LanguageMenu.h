#pragma once

#include <QMenu>

namespace toward {

class AppSettings;

// View ▸ Language: the system's language or one Toward ships, kept in the settings and used from
// the next start (the texts are translated when the windows are made).
class LanguageMenu final : public QMenu {
    Q_OBJECT

public:
    LanguageMenu(AppSettings &settings, QWidget *parent = nullptr);

private:
    void addChoice(const QString &text, const QString &language);

    AppSettings &m_settings;
    QActionGroup *m_choices;
};

} // namespace toward
