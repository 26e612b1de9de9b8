#include "desktop/NotifierLoader.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace toward;
using namespace Qt::StringLiterals;

TEST_CASE("Notifier loader without the plugin says so plainly", "[desktop][notifications]")
{
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    const std::unique_ptr<Notifier> notifier = NotifierLoader::open(u"Toward"_s, {empty.path()});
    REQUIRE(notifier);
    CHECK_FALSE(notifier->isAvailable());
    CHECK_FALSE(notifier->isInhibited());
    CHECK(notifier->problem()
        == u"Desktop notifications are not installed: its plugin was not found. Toward cannot "
           "show reminders outside its window.");
    notifier->show({u"Title"_s, u"Body"_s, {}}); // and nothing happens
    notifier->withdraw();
}

TEST_CASE(
    "Notifier loader refuses a broken plugin file with the reason", "[desktop][notifications]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile broken(folder.filePath(u"libtoward_notifications.so"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a library");
    broken.close();
    const std::unique_ptr<Notifier> notifier = NotifierLoader::open(u"Toward"_s, {folder.path()});
    CHECK_FALSE(notifier->isAvailable());
    CHECK(notifier->problem().startsWith(u"Desktop notifications are not installed: "_s));
    CHECK(notifier->problem().contains(u"libtoward_notifications.so"_s));
}
