#include "fairtest/CheckInFairTest.h"

#include "fairtest/FairTestBanner.h"
#include "fairtest/FairTestStore.h"
#include "journal/CheckIn.h"
#include "journal/Journal.h"
#include "practice/CheckInFlow.h"

namespace toward {

CheckInFairTest::CheckInFairTest(Journal &journal, FairTestBanner &banner)
    : m_journal(journal)
    , m_banner(banner)
{
}

QString CheckInFairTest::lookUp(const QDateTime &startedAt)
{
    m_assignment.reset();
    if (m_journal.isOpen()) {
        const Result<std::optional<FairTestAssignment>> found =
            assignmentAt(FairTestStore(m_journal.store()), startedAt);
        if (!found.ok()) {
            m_banner.showAssignment(std::nullopt);
            return tr("Your fair test cannot be read from the journal: %1").arg(found.error());
        }
        m_assignment = found.value();
    }
    m_banner.showAssignment(m_assignment);
    return {};
}

QString CheckInFairTest::begin(CheckInFlow &flow)
{
    if (QString problem = lookUp(flow.draft().startedAt); !problem.isEmpty())
        return problem;
    if (!m_assignment || m_assignment->chosen().kind != FairTestOptionKind::Practice)
        return {};
    if (const Result<void> setUp = flow.setUpPractice(m_assignment->chosen().id); !setUp.ok())
        return tr("The fair test chose “%1”, which cannot be set up: %2")
            .arg(m_assignment->chosen().title, setUp.error());
    return {};
}

QString CheckInFairTest::resume(const QDateTime &startedAt)
{
    return lookUp(startedAt);
}

void CheckInFairTest::leaveOut()
{
    m_assignment.reset();
    m_banner.showAssignment(std::nullopt);
}

QString CheckInFairTest::countSaved(const CheckIn &checkIn)
{
    if (!m_assignment)
        return {};
    const FairTestAssignment assignment = *m_assignment;
    leaveOut();
    FairTestStore tests(m_journal.store());
    const Result<bool> counted = countIfFollowed(tests, assignment, checkIn);
    if (!counted.ok())
        return tr("The check-in is saved, but could not be counted in the fair test: %1")
            .arg(counted.error());
    if (counted.value())
        return tr("Counted in your fair test: %1.").arg(assignment.chosen().label());
    return tr("Not counted in the fair test, which chose %1 for this check-in.")
        .arg(assignment.chosen().label());
}

} // namespace toward
