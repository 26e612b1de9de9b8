#pragma once

#include "fairtest/FairTest.h"
#include "fairtest/FairTestAnalysis.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

namespace toward {

// A fair test under way (days left, check-ins per option) or over (the difference, its interval
// and the verdict in words).
class FairTestProgressView final : public QWidget {
    Q_OBJECT

public:
    explicit FairTestProgressView(QWidget *parent = nullptr);

    void showTest(const FairTest &test, const FairTestResult &result, const QDateTime &now);

signals:
    void stopRequested();
    void startAnotherRequested();

private:
    QLabel *m_titleLabel;
    QLabel *m_stateLabel;
    QLabel *m_countsLabel;
    QLabel *m_resultLabel;
    QLabel *m_caveatLabel;
    QPushButton *m_stopButton;
    QPushButton *m_anotherButton;
};

} // namespace toward
