#include "journal/JournalTrendChart.h"

#include "TestSupport.h"

#include <QTest>
#include <QXYSeries>

using namespace Qt::StringLiterals;
using namespace toward;

TEST_CASE("Years of days wider than the plot are shown in spans, by name")
{
    const QDate monday(2020, 1, 6);
    TrendSeries trend;
    for (int day = 0; day < 3000; ++day)
        trend.days.append({monday.addDays(day), 1, day % 11, 1, day % 7});
    trend.weeks = inSpans(trend.days, 7);

    JournalTrendChart chart;
    chart.resize(700, 400);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    chart.setTrend(trend);
    QTest::qWait(10); // the chart lays itself out

    const auto series = [&](int index) {
        return qobject_cast<const QXYSeries *>(chart.chart()->series().at(index));
    };
    const qreal plotWidth = chart.chart()->plotArea().width();
    REQUIRE(plotWidth > 0);
    INFO(plotWidth);
    for (int index = 0; index < 4; ++index) {
        INFO(series(index)->name());
        CHECK(series(index)->count() <= plotWidth);
    }
    CHECK(series(0)->name().startsWith(u"Pain before, average of each "_s));
    CHECK(series(1)->name().startsWith(u"Pain after, average of each "_s));
    CHECK(series(2)->name() == u"Weekly average before"_s); // 429 weeks
    CHECK(series(3)->name() == u"Weekly average after"_s);
}
