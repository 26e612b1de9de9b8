#include "journal/JournalOpener.h"

#include "AppTestJournal.h"
#include "TestSupport.h"
#include "journal/JournalProblemDialog.h"
#include "journal/JournalTestData.h"
#include "settings/InstanceLock.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace toward;
using Action = JournalProblemChoice::Action;

namespace {

const QDateTime Now(QDate(2026, 3, 18), QTime(9, 30, 5));

// Every time the opener asks, this records what it was asked and answers with the next choice.
struct ScriptedPerson {
    QList<JournalProblemChoice> choices;
    QList<JournalProblemPrompt> prompts;

    JournalOpener::AskAboutProblem asker()
    {
        return [this](const JournalProblemPrompt &prompt) {
            prompts.append(prompt);
            REQUIRE(!choices.isEmpty());
            return choices.takeFirst();
        };
    }
};

JournalOpener openerFor(const test::TemporaryDataDir &dir, JournalOpener::AskAboutProblem ask)
{
    return JournalOpener(
        dir.path(), dir.filePath(u"journal.sqlite"_s), std::move(ask), [] { return Now; });
}

const QByteArray NotADatabase = "These are my notes, not a database.\n";

} // namespace

TEST_CASE("A journal that opens needs no question, and the data folder stays locked")
{
    test::TemporaryDataDir dir;
    ScriptedPerson person;
    const JournalStart start = openerFor(dir, person.asker()).open();
    REQUIRE(start.journal);
    CHECK(start.lock);
    CHECK(start.refusal.isEmpty());
    CHECK(start.notice.isEmpty());
    CHECK(person.prompts.isEmpty());
    CHECK(start.journal->filePath() == dir.filePath(u"journal.sqlite"_s));

    const auto second = InstanceLock::acquire(dir.path());
    CHECK_FALSE(second.ok());
}

TEST_CASE("A second Toward on the same data folder is refused before it writes anything")
{
    test::TemporaryDataDir dir;
    const auto first = InstanceLock::acquire(dir.path());
    REQUIRE(first.ok());

    ScriptedPerson person;
    const JournalStart start = openerFor(dir, person.asker()).open();
    CHECK_FALSE(start.journal);
    CHECK(start.refusal.contains(u"Toward is already running with this data folder"_s));
    CHECK(person.prompts.isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"journal.sqlite"_s)));
}

TEST_CASE("A file that is not a journal is shown in the problem dialog and left as it was")
{
    test::TemporaryDataDir dir;
    const QString path = dir.writeFile(u"journal.sqlite"_s, NotADatabase);

    bool asked = false;
    Action chosen = Action::Quit;
    SECTION("moving it aside starts an empty journal and keeps the old file")
    {
        chosen = Action::MoveAside;
    }
    SECTION("quitting changes nothing")
    {
        chosen = Action::Quit;
    }
    const auto ask = [&](const JournalProblemPrompt &prompt) {
        asked = true;
        CHECK(test::readFile(path) == NotADatabase);
        JournalProblemDialog dialog(prompt);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.findChild<QLabel *>(u"problemLabel"_s)->text()
            == path + u" is not a Toward journal: it is not a database file."_s);
        CHECK(dialog.findChild<QLabel *>(u"unchangedLabel"_s)->isVisible());
        CHECK(dialog.findChild<QLabel *>(u"unchangedLabel"_s)
                  ->text()
                  .startsWith(u"The file was not changed"_s));
        CHECK_FALSE(dialog.findChild<QLabel *>(u"attemptFailureLabel"_s)->isVisible());
        CHECK(dialog.findChild<QCommandLinkButton *>(u"moveAsideButton"_s)->isVisible());
        // There is nothing to read in it, and there are no backups yet.
        CHECK_FALSE(dialog.findChild<QCommandLinkButton *>(u"openReadOnlyButton"_s)->isVisible());
        CHECK_FALSE(dialog.findChild<QCommandLinkButton *>(u"restoreButton"_s)->isVisible());
        QAbstractButton *button = chosen == Action::MoveAside
            ? static_cast<QAbstractButton *>(
                dialog.findChild<QCommandLinkButton *>(u"moveAsideButton"_s))
            : dialog.findChild<QPushButton *>(u"quitButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK_FALSE(dialog.isVisible());
        return JournalProblemChoice {dialog.chosenAction(), {}};
    };
    const JournalStart start = openerFor(dir, ask).open();
    CHECK(asked);

    if (chosen == Action::Quit) {
        CHECK_FALSE(start.journal);
        CHECK(start.refusal.isEmpty());
        CHECK(test::readFile(path) == NotADatabase);
        CHECK(QDir(dir.path()).entryList(QDir::Files)
            == QStringList {u"journal.sqlite"_s, u"toward.lock"_s});
        return;
    }
    REQUIRE(start.journal);
    CHECK(start.journal->count() == 0);
    const QString kept = dir.filePath(u"journal-unreadable-2026-03-18-093005.sqlite"_s);
    CHECK(test::readFile(kept) == NotADatabase);
    CHECK(start.notice.contains(QDir::toNativeSeparators(kept)));
    CHECK(start.notice.contains(u"started a new, empty journal"_s));
}

TEST_CASE("A journal from a newer Toward is offered read-only, and saying it fails is honest")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        auto journal = test::openJournal(path);
        REQUIRE(journal->add(test::knownCheckIns().at(0)).ok());
    }
    test::runSql(path, {u"PRAGMA user_version = 99"_s});
    const QByteArray before = test::readFile(path);

    ScriptedPerson person;
    person.choices = {{Action::OpenReadOnly, {}}, {Action::Quit, {}}};
    const JournalStart start = openerFor(dir, person.asker()).open();

    REQUIRE(person.prompts.size() == 2);
    CHECK(person.prompts[0].problem.kind == JournalOpenProblem::Kind::NewerSchema);
    CHECK(person.prompts[0].canOpenReadOnly);
    CHECK(person.prompts[0].lastAttemptFailure.isEmpty());
    // This Toward cannot read a newer journal even read-only; the second question says so.
    CHECK_FALSE(person.prompts[1].canOpenReadOnly);
    CHECK(person.prompts[1].lastAttemptFailure.startsWith(
        u"It cannot be opened read-only either: "_s));
    CHECK_FALSE(start.journal);
    CHECK(test::readFile(path) == before);

    JournalProblemDialog dialog(person.prompts[1]);
    CHECK_FALSE(dialog.findChild<QLabel *>(u"attemptFailureLabel"_s)->isHidden());
    CHECK(dialog.findChild<QCommandLinkButton *>(u"openReadOnlyButton"_s)->isHidden());
}

TEST_CASE("A journal that cannot be opened is replaced by a backup the person chooses")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    QString backupPath;
    {
        auto journal = test::openJournal(path);
        REQUIRE(journal->addMissing(test::knownCheckIns().mid(0, 2)).ok());
        const Result<QString> made =
            JournalBackups(dir.path()).backUpNow(*journal, Now.addDays(-1));
        REQUIRE(made.ok());
        backupPath = made.value();
    }
    dir.writeFile(u"journal.sqlite"_s, NotADatabase);

    ScriptedPerson person;
    person.choices = {{Action::RestoreBackup, backupPath}};
    const JournalStart start = openerFor(dir, person.asker()).open();

    REQUIRE(person.prompts.size() == 1);
    REQUIRE(person.prompts[0].backups.size() == 1);
    CHECK(person.prompts[0].backups[0].checkInCount == 2);
    REQUIRE(start.journal);
    CHECK(start.journal->count() == 2);
    const QString kept = dir.filePath(u"journal-unreadable-2026-03-18-093005.sqlite"_s);
    CHECK(test::readFile(kept) == NotADatabase);
    CHECK(start.notice.contains(QDir::toNativeSeparators(kept)));

    JournalProblemDialog dialog(person.prompts[0]);
    CHECK_FALSE(dialog.findChild<QCommandLinkButton *>(u"restoreButton"_s)->isHidden());
}

TEST_CASE("A journal that cannot be opened at all ends the start with the reason")
{
    test::TemporaryDataDir dir;
    REQUIRE(QDir(dir.path()).mkdir(u"journal.sqlite"_s));
    ScriptedPerson person;
    const JournalStart start = openerFor(dir, person.asker()).open();
    CHECK_FALSE(start.journal);
    CHECK(start.refusal.startsWith(u"Toward cannot open your journal. "_s));
    CHECK(person.prompts.isEmpty());
}

TEST_CASE("A journal's pages are not all read at the start: the window checks them later")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    test::writeDamagedJournal(path);
    REQUIRE(JournalStore::open(path).problem.kind == JournalOpenProblem::Kind::Damaged);

    ScriptedPerson person;
    const JournalStart start = openerFor(dir, person.asker()).open();
    CHECK(person.prompts.isEmpty());
    REQUIRE(start.journal);
    CHECK_FALSE(start.journal->isReadOnly());
}
