#pragma once

#include "journal/JournalStore.h"
#include "journal/JournalTestData.h"
#include "model/PracticeModel.h"
#include "practice/CheckInFlow.h"

#include <QDateTime>
#include <QJsonValue>
#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace Catch {
template<>
struct StringMaker<toward::CheckInStage> {
    static std::string convert(toward::CheckInStage stage)
    {
        return toward::wordOf(stage).toStdString();
    }
};
} // namespace Catch

namespace toward::test {

// What Result<void>::error() is when an input was accepted; comparing with it makes a failing
// check print the reason for the refusal.
inline const QString Accepted;

const PracticeModel &defaultModel();
QJsonValue minimalModelJson();
// Fails the test when the document is not a valid model.
PracticeModel modelFrom(const QJsonValue &document);

// A wall clock moved by hand; its copies (the flow's provider) follow it.
class ManualWallClock {
public:
    explicit ManualWallClock(const QDateTime &start);
    void advanceSeconds(qint64 seconds) const { *m_now = m_now->addSecs(seconds); }
    QDateTime now() const { return *m_now; }
    Clock provider() const;

private:
    std::shared_ptr<QDateTime> m_now;
};

// 08:30 on 1 May 2024 in a zone at UTC+02:00.
QDateTime morning();

// The check-in the tests walk through: low back and neck at the desk, "Desk reset" (6 cues,
// resonance breathing), pain 6 before, with no red flag; brought to `stage`. At "rating after"
// every cue was rated toward; Saved needs a journal and is reached with save().
CheckInFlow deskResetAt(CheckInStage stage, const ManualWallClock &clock);

// One input of the flow, by name.
struct Input {
    QString name;
    std::function<Result<void>(CheckInFlow &)> apply;
};

// Every input, each with arguments that are valid for the walked-through check-in.
QList<Input> everyInput();

} // namespace toward::test
