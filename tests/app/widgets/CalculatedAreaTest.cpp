#include "widgets/CalculatedArea.h"

#include "TestSupport.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace toward;

TEST_CASE("A calculated area says it is calculating only when that takes a while")
{
    CalculatedArea area;
    auto *content = new QLabel(u"Content"_s);
    area.addWidget(content);
    area.show();
    REQUIRE(QTest::qWaitForWindowExposed(&area));
    const auto note = [&] { return area.findChild<QLabel *>(u"calculatedAreaNote"_s); };

    area.startCalculating();
    CHECK(area.currentWidget() == content); // no flash for a quick result
    REQUIRE(QTest::qWaitFor([&] { return area.currentWidget() != content; }, 2000));
    CHECK(area.currentWidget() == note());
    CHECK(note()->text() == u"Calculating…"_s);

    area.showContent();
    CHECK(area.currentWidget() == content);

    SECTION("a problem replaces the content, and is not overwritten by the wait")
    {
        area.startCalculating();
        area.showProblem(u"Cannot read the journal."_s);
        CHECK(area.currentWidget() == note());
        CHECK(note()->text() == u"Cannot read the journal."_s);
        QTest::qWait(2 * int(CalculatedArea::ShowCalculatingAfter.count()));
        CHECK(note()->text() == u"Cannot read the journal."_s);
    }
}
