#include "model/CueFilter.h"

#include "TestSupport.h"
#include "model/PracticeModelLoader.h"

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

QStringList matchingCueIds(const PracticeModel &model, const CueFilter &filter)
{
    QStringList ids;
    for (const Region &region : model.regions) {
        for (const Cue &cue : region.cues) {
            if (filter.matches(region, cue))
                ids.append(cue.id);
        }
    }
    return ids;
}

} // namespace

TEST_CASE("A cue filter keeps the cues that match every criterion", "[model][filter]")
{
    const auto result =
        PracticeModelLoader::loadFile(QStringLiteral(TOWARD_TEST_DATA_DIR "/minimal-model.json"));
    REQUIRE(result.ok());
    const PracticeModel &model = *result.model;
    CueFilter filter;

    SECTION("an empty filter keeps everything")
    {
        CHECK(filter.isEmpty());
        CHECK(matchingCueIds(model, filter)
            == QStringList {u"neck-long"_s, u"neck-nod"_s, u"knees-soft"_s});
    }
    SECTION("by region")
    {
        filter.regionId = u"knees"_s;
        CHECK(matchingCueIds(model, filter) == QStringList {u"knees-soft"_s});
    }
    SECTION("by need, mode and context together")
    {
        filter.need = Need::Space;
        CHECK(matchingCueIds(model, filter) == QStringList {u"neck-long"_s, u"knees-soft"_s});
        filter.mode = Mode::Play;
        CHECK(matchingCueIds(model, filter) == QStringList {u"knees-soft"_s});
        filter.context = Context::Desk;
        CHECK(matchingCueIds(model, filter).isEmpty());
        CHECK_FALSE(filter.isEmpty());
    }
    SECTION("by context")
    {
        filter.context = Context::Driving;
        CHECK(matchingCueIds(model, filter) == QStringList {u"neck-long"_s});
    }
    SECTION("search is case-insensitive and every word must appear somewhere")
    {
        filter.searchText = u"  CHIN  "_s;
        CHECK(matchingCueIds(model, filter) == QStringList {u"neck-nod"_s});
        filter.searchText = u"neck lift"_s; // region name + instruction text
        CHECK(matchingCueIds(model, filter) == QStringList {u"neck-long"_s});
        filter.searchText = u"knees lift"_s;
        CHECK(matchingCueIds(model, filter).isEmpty());
    }
    SECTION("search finds cues by the away pattern they counter")
    {
        filter.searchText = u"head forward"_s;
        CHECK(matchingCueIds(model, filter) == QStringList {u"neck-long"_s});
    }
}
