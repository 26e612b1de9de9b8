// The real toward_notifications plugin, loaded through NotifierLoader, against
// fake_notification_server on the private session bus private_session_bus.sh starts.
#include "ActivatableNotificationServer.h"
#include "FakeNotificationServerProcess.h"
#include "TestSupport.h"
#include "desktop/NotifierLoader.h"

#include <QTest>

using namespace toward;
using namespace toward::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMilliseconds = 10000;

// The plugin's notifier and everything it called back.
class RecordedNotifier {
public:
    RecordedNotifier()
        : m_notifier(NotifierLoader::open(u"Toward"_s, {QStringLiteral(TOWARD_PLUGIN_FOLDER)}))
    {
        m_notifier->actionInvoked = [this](const QString &key) { actions << key; };
        m_notifier->dismissed = [this] { ++dismissals; };
        m_notifier->failed = [this](const QString &why) { failures << why; };
        m_notifier->inhibitedChanged = [this](bool inhibited) { inhibitions << inhibited; };
    }

    Notifier *operator->() const { return m_notifier.get(); }

    // Waits until the callbacks have been called `count` times in all.
    bool waitForCallbacks(qsizetype count) const
    {
        return QTest::qWaitFor([&] { return callbackCount() >= count; }, WaitMilliseconds);
    }
    qsizetype callbackCount() const
    {
        return actions.size() + dismissals + failures.size() + inhibitions.size();
    }

    QStringList actions;
    int dismissals = 0;
    QStringList failures;
    QList<bool> inhibitions;

private:
    std::unique_ptr<Notifier> m_notifier;
};

Notice checkInNotice()
{
    return {u"Time to check in"_s, u"How is your back? <1 min & done>"_s,
        {{u"start"_s, u"Start"_s}, {u"later"_s, u"In 10 minutes"_s}}};
}

Notice noticeTitled(const QString &title)
{
    return {title, u"Stand up and walk a little."_s, {{u"ok"_s, u"Done"_s}}};
}

// Shows a notice and answers it with `key` at the server: when its action comes back, everything
// the server said before has been handed on too.
void answerNotice(
    RecordedNotifier &notifier, FakeNotificationServerProcess &server, const QString &key)
{
    const qsizetype actionsBefore = notifier.actions.size();
    notifier->show(noticeTitled(u"Barrier"_s));
    const std::optional<ServerLine> shown = server.waitFor(u"notify"_s);
    REQUIRE(shown);
    server.send(u"invoke %1 %2"_s.arg(shown->fields.value(1), key));
    REQUIRE(
        QTest::qWaitFor([&] { return notifier.actions.size() > actionsBefore; }, WaitMilliseconds));
    CHECK(notifier.actions.last() == key);
}

} // namespace

TEST_CASE("Notifications: the notice reaches the server as sent, and its action comes back",
    "[desktop][notifications]")
{
    FakeNotificationServerProcess server;
    REQUIRE(server.isReady());
    RecordedNotifier notifier;
    REQUIRE(notifier->isAvailable());
    CHECK(notifier->problem().isEmpty());

    notifier->show(checkInNotice());
    CHECK(server.waitFor(u"get-capabilities"_s));
    const std::optional<ServerLine> shown = server.waitFor(u"notify"_s);
    REQUIRE(shown);
    CHECK(shown->value(u"app"_s) == u"Toward"_s);
    CHECK(shown->value(u"replaces"_s) == u"0"_s);
    CHECK(shown->value(u"summary"_s) == u"Time to check in"_s);
    // The server reads bodies as markup (body-markup): the text's own signs are escaped.
    CHECK(shown->value(u"body"_s) == u"How is your back? &lt;1 min &amp; done&gt;"_s);
    CHECK(shown->value(u"actions"_s)
        == u"start:Start,later:In 10 minutes,default:Time to check in"_s);
    CHECK(shown->value(u"icon"_s) == u"app.toward.toward"_s);
    CHECK(shown->value(u"hints"_s) == u"desktop-entry:app.toward.toward,urgency:1"_s);
    CHECK(shown->value(u"timeout"_s) == u"0"_s);

    const QString id = shown->fields.value(1);
    server.send(u"invoke "_s + id + u" later"_s);
    REQUIRE(notifier.waitForCallbacks(1));
    CHECK(notifier.actions == QStringList {u"later"_s});

    // The server closed the answered notice (reason 2): no dismissal, and the next notice is new.
    REQUIRE(server.waitFor(u"closed"_s));
    notifier->show(checkInNotice());
    const std::optional<ServerLine> next = server.waitFor(u"notify"_s);
    REQUIRE(next);
    CHECK(next->value(u"replaces"_s) == u"0"_s);
    server.send(u"invoke "_s + next->fields.value(1) + u" default"_s);
    REQUIRE(notifier.waitForCallbacks(2));
    CHECK(notifier.actions == QStringList {u"later"_s, u"default"_s});
    CHECK(notifier.dismissals == 0);
    CHECK(notifier.failures.isEmpty());
}

TEST_CASE("Notifications: closed by the person is a dismissal, withdrawn is not",
    "[desktop][notifications]")
{
    FakeNotificationServerProcess server;
    REQUIRE(server.isReady());
    RecordedNotifier notifier;

    notifier->show(checkInNotice());
    const std::optional<ServerLine> shown = server.waitFor(u"notify"_s);
    REQUIRE(shown);
    server.send(u"close "_s + shown->fields.value(1) + u" 2"_s);
    REQUIRE(notifier.waitForCallbacks(1));
    CHECK(notifier.dismissals == 1);

    SECTION("expired counts as dismissed too")
    {
        notifier->show(checkInNotice());
        const std::optional<ServerLine> again = server.waitFor(u"notify"_s);
        REQUIRE(again);
        CHECK(again->value(u"replaces"_s) == u"0"_s);
        server.send(u"close "_s + again->fields.value(1) + u" 1"_s);
        REQUIRE(notifier.waitForCallbacks(2));
        CHECK(notifier.dismissals == 2);
    }

    SECTION("closed by another program's call, it was not the person's doing")
    {
        notifier->show(checkInNotice());
        const std::optional<ServerLine> again = server.waitFor(u"notify"_s);
        REQUIRE(again);
        server.send(u"close "_s + again->fields.value(1) + u" 3"_s);
        REQUIRE(server.waitFor(u"closed"_s));
        answerNotice(notifier, server, u"ok"_s);
        CHECK(notifier.dismissals == 1);
    }

    SECTION("withdrawn, the notice is closed at the server and nothing is called back")
    {
        notifier->show(checkInNotice());
        const std::optional<ServerLine> again = server.waitFor(u"notify"_s);
        REQUIRE(again);
        const QString id = again->fields.value(1);
        notifier->withdraw();
        const std::optional<ServerLine> closeCall = server.waitFor(u"close-notification"_s);
        REQUIRE(closeCall);
        CHECK(closeCall->fields.value(1) == id);
        const std::optional<ServerLine> closed = server.waitFor(u"closed"_s);
        REQUIRE(closed);
        CHECK(closed->fields == QStringList {u"closed"_s, id, u"3"_s});
        answerNotice(notifier, server, u"ok"_s);
        CHECK(notifier.dismissals == 1);
        CHECK(notifier.failures.isEmpty());
        notifier->withdraw(); // nothing is up: nothing is sent
        notifier->show(checkInNotice());
        REQUIRE(server.waitFor(u"notify"_s));
        CHECK_FALSE(server.passedOver().contains(u"close-notification"_s));
    }
}

TEST_CASE("Notifications: a new notice replaces the one up, however fast they come",
    "[desktop][notifications]")
{
    FakeNotificationServerProcess server;
    REQUIRE(server.isReady());
    RecordedNotifier notifier;

    notifier->show(noticeTitled(u"First"_s));
    const std::optional<ServerLine> first = server.waitFor(u"notify"_s);
    REQUIRE(first);
    const QString id = first->fields.value(1);

    notifier->show(noticeTitled(u"Second"_s));
    const std::optional<ServerLine> second = server.waitFor(u"notify"_s);
    REQUIRE(second);
    CHECK(second->value(u"replaces"_s) == id);
    CHECK(second->fields.value(1) == id);
    CHECK(second->value(u"summary"_s) == u"Second"_s);

    // Each sent before the server has answered for the one before, none up yet: each waits for
    // that answer, so all share one new notice, and the newest wins.
    notifier->withdraw();
    REQUIRE(server.waitFor(u"closed"_s));
    notifier->show(noticeTitled(u"Third"_s));
    notifier->show(noticeTitled(u"Fourth"_s));
    notifier->show(noticeTitled(u"Fifth"_s));
    const std::optional<ServerLine> third = server.waitFor(u"notify"_s);
    REQUIRE(third);
    CHECK(third->value(u"replaces"_s) == u"0"_s);
    const QString newId = third->fields.value(1);
    CHECK(newId != id);
    std::optional<ServerLine> last = third;
    while (last->value(u"summary"_s) != u"Fifth"_s) {
        last = server.waitFor(u"notify"_s);
        REQUIRE(last);
        CHECK(last->value(u"replaces"_s) == newId);
        CHECK(last->fields.value(1) == newId);
    }

    server.send(u"invoke "_s + newId + u" ok"_s);
    REQUIRE(notifier.waitForCallbacks(1));
    CHECK(notifier.actions == QStringList {u"ok"_s});

    // Withdrawn before the server has said which notice it is: taken down once it has.
    notifier->show(noticeTitled(u"Sixth"_s));
    notifier->withdraw();
    const std::optional<ServerLine> sixth = server.waitFor(u"notify"_s);
    REQUIRE(sixth);
    const std::optional<ServerLine> closeCall = server.waitFor(u"close-notification"_s);
    REQUIRE(closeCall);
    CHECK(closeCall->fields.value(1) == sixth->fields.value(1));
}

TEST_CASE("Notifications: the desktop's do-not-disturb is followed", "[desktop][notifications]")
{
    FakeNotificationServerProcess server;
    REQUIRE(server.isReady());
    RecordedNotifier notifier;
    CHECK_FALSE(notifier->isInhibited());

    server.send(u"inhibit 1"_s);
    REQUIRE(notifier.waitForCallbacks(1));
    CHECK(notifier.inhibitions == QList<bool> {true});
    CHECK(notifier->isInhibited());

    server.send(u"inhibit 0"_s);
    REQUIRE(notifier.waitForCallbacks(2));
    CHECK(notifier.inhibitions == QList<bool> {true, false});
    CHECK_FALSE(notifier->isInhibited());

    SECTION("a notifier opened while inhibited reads it from the server")
    {
        server.send(u"inhibit 1"_s);
        REQUIRE(server.waitFor(u"inhibited"_s));
        RecordedNotifier later;
        REQUIRE(later.waitForCallbacks(1));
        CHECK(later.inhibitions == QList<bool> {true});
        CHECK(later->isInhibited());
    }
}

TEST_CASE("Notifications: without a server the notifier says so, and uses one started later",
    "[desktop][notifications]")
{
    REQUIRE_FALSE(notificationServerRunning());
    RecordedNotifier notifier;
    CHECK_FALSE(notifier->isAvailable());
    CHECK(notifier->problem().startsWith(u"No notification service is running on this desktop"_s));

    notifier->show(noticeTitled(u"Into the void"_s));
    REQUIRE(notifier.waitForCallbacks(1));
    REQUIRE(notifier.failures.size() == 1);
    CHECK(notifier.failures.first().startsWith(u"The desktop did not show the reminder: "_s));

    FakeNotificationServerProcess server;
    REQUIRE(server.isReady());
    REQUIRE(QTest::qWaitFor([&] { return notifier->isAvailable(); }, WaitMilliseconds));
    CHECK(notifier->problem().isEmpty());
    answerNotice(notifier, server, u"ok"_s);
}

TEST_CASE("Notifications: a server the bus starts on demand counts, and the notice starts it",
    "[desktop][notifications]")
{
    REQUIRE_FALSE(notificationServerRunning());
    const ActivatableNotificationServer activatable({u"--auto-invoke"_s, u"default"_s});
    REQUIRE(activatable.isListed());
    RecordedNotifier notifier;
    CHECK(notifier->isAvailable());
    CHECK(notifier->problem().isEmpty());

    notifier->show(checkInNotice());
    REQUIRE(notifier.waitForCallbacks(1));
    CHECK(notifier.actions == QStringList {u"default"_s});
    CHECK(notificationServerRunning());
}

TEST_CASE("Notifications: a server that goes away while a notice is up is a failure, not a crash",
    "[desktop][notifications]")
{
    auto server = std::make_unique<FakeNotificationServerProcess>();
    REQUIRE(server->isReady());
    RecordedNotifier notifier;
    notifier->show(checkInNotice());
    REQUIRE(server->waitFor(u"notify"_s));

    REQUIRE(server->kill());
    REQUIRE(notifier.waitForCallbacks(1));
    REQUIRE(notifier.failures.size() == 1);
    CHECK(notifier.failures.first()
        == u"The desktop's notification service stopped and the reminder it showed is gone."_s);
    CHECK_FALSE(notifier->isAvailable());
    notifier->withdraw(); // nothing is up any more

    notifier->show(checkInNotice());
    REQUIRE(notifier.waitForCallbacks(2));
    CHECK(notifier.failures.last().startsWith(u"The desktop did not show the reminder: "_s));

    server = std::make_unique<FakeNotificationServerProcess>();
    REQUIRE(server->isReady());
    REQUIRE(QTest::qWaitFor([&] { return notifier->isAvailable(); }, WaitMilliseconds));
    answerNotice(notifier, *server, u"ok"_s);
    CHECK(notifier.dismissals == 0);
}

TEST_CASE("Notifications: a server without buttons or markup still shows the notice, as written",
    "[desktop][notifications]")
{
    FakeNotificationServerProcess server({u"--capabilities"_s, u"body"_s});
    REQUIRE(server.isReady());
    RecordedNotifier notifier;
    notifier->show(checkInNotice());
    const std::optional<ServerLine> shown = server.waitFor(u"notify"_s);
    REQUIRE(shown);
    CHECK(shown->value(u"body"_s) == u"How is your back? <1 min & done>"_s);
    // The click on the notice itself still answers it.
    server.send(u"invoke "_s + shown->fields.value(1) + u" default"_s);
    REQUIRE(notifier.waitForCallbacks(1));
    CHECK(notifier.actions == QStringList {u"default"_s});
}

TEST_CASE("Notifications: the server's --auto-invoke answers each notice by itself",
    "[desktop][notifications]")
{
    FakeNotificationServerProcess server({u"--auto-invoke"_s, u"start"_s});
    REQUIRE(server.isReady());
    RecordedNotifier notifier;
    notifier->show(checkInNotice());
    REQUIRE(notifier.waitForCallbacks(1));
    CHECK(notifier.actions == QStringList {u"start"_s});

    // A notice without that action is left alone, and the server says why.
    notifier->show(noticeTitled(u"No start here"_s));
    const std::optional<ServerLine> refused = server.waitFor(u"error"_s);
    REQUIRE(refused);
    CHECK(refused->fields.value(1).contains(u"has no action start"_s));
    CHECK(notifier.callbackCount() == 1);
}

// Run on its own, on a bus address where nothing listens (see CMakeLists.txt).
TEST_CASE("Notifications: without a message bus the notifier says so, and fails each notice",
    "[.][no-bus]")
{
    RecordedNotifier notifier;
    CHECK_FALSE(notifier->isAvailable());
    CHECK(notifier->problem().startsWith(
        u"Toward cannot reach this desktop's message bus (D-Bus), so it cannot show reminders "
        "outside its window: "_s));
    CHECK_FALSE(notifier->isInhibited());
    notifier->show(checkInNotice());
    REQUIRE(notifier.waitForCallbacks(1));
    REQUIRE(notifier.failures.size() == 1);
    CHECK(notifier.failures.first().startsWith(u"The desktop did not show the reminder: "_s));
    notifier->withdraw();
}
