#include "sound/SoundOutputLoader.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace toward;

// Only the ways loading fails: opening the real plugin would reach for the user's sound card.
TEST_CASE("Sound output loader without the plugin says so plainly and stays silent", "[sound]")
{
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    const std::unique_ptr<SoundOutput> output = SoundOutputLoader::open(0.5, {empty.path()});
    REQUIRE(output);
    CHECK_FALSE(output->isAvailable());
    CHECK(output->problem().startsWith(QStringLiteral("Sound is not installed: ")));
    CHECK(output->problem().endsWith(QStringLiteral("The pacer goes on without sound.")));
    output->playTone(BreathPhase::Inhale); // and nothing happens
}

TEST_CASE("Sound output loader refuses a broken plugin file with the reason", "[sound]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile broken(folder.filePath(QStringLiteral("libtoward_sound_output.so")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a library");
    broken.close();
    const std::unique_ptr<SoundOutput> output = SoundOutputLoader::open(0.5, {folder.path()});
    CHECK_FALSE(output->isAvailable());
    CHECK(output->problem().startsWith(QStringLiteral("Sound is not installed: ")));
    CHECK(output->problem().contains(QStringLiteral("libtoward_sound_output.so")));
}
