#include "Result.h"

#include "TestSupport.h"

using namespace Qt::StringLiterals;
using namespace toward;

TEST_CASE("A failure is a failure even when the layer below gave no words for it", "[result]")
{
    const Result<void> silent = Result<void>::failure(QString());
    CHECK_FALSE(silent.ok());
    CHECK(silent.error() == u"An unknown error occurred."_s);

    const Result<int> silentValue = Result<int>::failure({});
    CHECK_FALSE(silentValue.ok());
    CHECK_FALSE(silentValue.error().isEmpty());

    const Result<void> success = Result<void>::success();
    CHECK(success.ok());
    CHECK(success.error().isEmpty());
}

TEST_CASE("A value taken from a temporary result outlives it", "[result]")
{
    const auto rows = [] { return Result<QStringList>(QStringList {u"a"_s, u"b"_s}); };
    QStringList seen;
    for (const QString &row : rows().value())
        seen.append(row);
    CHECK(seen == QStringList {u"a"_s, u"b"_s});
}
