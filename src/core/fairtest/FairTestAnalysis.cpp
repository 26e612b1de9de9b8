#include "fairtest/FairTestAnalysis.h"

#include "journal/LocalDay.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace toward {

namespace {

struct Rated {
    double before;
    double after;
    double isA;
};

struct Solved {
    std::array<double, 3> x {};
    std::array<std::array<double, 3>, 3> inverse {};
};

// Solves `a`·x = `b` (the first n ≤ 3 rows) by Gauss–Jordan elimination with partial pivoting,
// with a's inverse for the standard errors; none when `a` is singular.
std::optional<Solved> solve(std::array<std::array<double, 3>, 3> a, std::array<double, 3> b, int n)
{
    std::array<std::array<double, 3>, 3> inverse {};
    for (int i = 0; i < n; ++i)
        inverse[i][i] = 1;
    double scale = 0;
    for (int i = 0; i < n; ++i)
        scale = std::max(scale, std::abs(a[i][i]));
    for (int column = 0; column < n; ++column) {
        int pivot = column;
        for (int row = column + 1; row < n; ++row) {
            if (std::abs(a[row][column]) > std::abs(a[pivot][column]))
                pivot = row;
        }
        if (std::abs(a[pivot][column]) <= 1e-9 * std::max(scale, 1.0))
            return std::nullopt;
        std::swap(a[pivot], a[column]);
        std::swap(inverse[pivot], inverse[column]);
        std::swap(b[pivot], b[column]);
        for (int row = 0; row < n; ++row) {
            if (row == column)
                continue;
            const double factor = a[row][column] / a[column][column];
            for (int k = 0; k < n; ++k) {
                a[row][k] -= factor * a[column][k];
                inverse[row][k] -= factor * inverse[column][k];
            }
            b[row] -= factor * b[column];
        }
    }
    Solved solved;
    for (int i = 0; i < n; ++i) {
        solved.x[i] = b[i] / a[i][i];
        for (int k = 0; k < n; ++k)
            solved.inverse[i][k] = inverse[i][k] / a[i][i];
    }
    return solved;
}

std::optional<EffectInterval> differenceOfA(const QList<Rated> &rated)
{
    double meanBefore = 0;
    for (const Rated &r : rated)
        meanBefore += r.before;
    meanBefore /= double(rated.size());
    const bool beforeVaries = std::any_of(
        rated.begin(), rated.end(), [&](const Rated &r) { return r.before != meanBefore; });
    // Columns: option A, 1, and the centred pain before when it varies.
    const int parameters = beforeVaries ? 3 : 2;
    const int degreesOfFreedom = int(rated.size()) - parameters;
    if (degreesOfFreedom < 1)
        return std::nullopt;
    const auto row = [&](const Rated &r) {
        return std::array<double, 3> {r.isA, 1, r.before - meanBefore};
    };
    std::array<std::array<double, 3>, 3> xtx {};
    std::array<double, 3> xty {};
    for (const Rated &r : rated) {
        const std::array<double, 3> x = row(r);
        for (int i = 0; i < parameters; ++i) {
            xty[i] += x[i] * r.after;
            for (int k = 0; k < parameters; ++k)
                xtx[i][k] += x[i] * x[k];
        }
    }
    const std::optional<Solved> fit = solve(xtx, xty, parameters);
    if (!fit)
        return std::nullopt;
    double squares = 0;
    for (const Rated &r : rated) {
        const std::array<double, 3> x = row(r);
        double predicted = 0;
        for (int i = 0; i < parameters; ++i)
            predicted += fit->x[i] * x[i];
        squares += (r.after - predicted) * (r.after - predicted);
    }
    // No spread left at all: an interval of zero width would claim a certainty the data lack.
    if (squares <= 1e-12)
        return std::nullopt;
    const double variance = squares / degreesOfFreedom;
    const double halfWidth =
        studentT95(degreesOfFreedom) * std::sqrt(variance * fit->inverse[0][0]);
    const double effect = fit->x[0];
    if (!std::isfinite(effect) || !std::isfinite(halfWidth))
        return std::nullopt;
    return EffectInterval {effect, effect - halfWidth, effect + halfWidth};
}

} // namespace

double studentT95(int degreesOfFreedom)
{
    // Exact for 1 and 2; Cornish–Fisher's expansion around z is within 0.002 from 3 on.
    if (degreesOfFreedom <= 1)
        return 6.313751514675;
    if (degreesOfFreedom == 2)
        return 2.919985580354;
    const double z = Z90;
    const double v = degreesOfFreedom;
    const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
}

FairTestResult analyseFairTest(const QList<FairTestCheckIn> &checkIns)
{
    FairTestResult result;
    std::array<QSet<qint64>, 2> days;
    QList<Rated> rated;
    for (const FairTestCheckIn &checkIn : checkIns) {
        FairTestArm &arm = result.arms[checkIn.option];
        ++arm.checkIns;
        if (!checkIn.painAfter)
            continue;
        ++arm.rated;
        days[checkIn.option].insert(LocalDay::number(LocalDay::of(checkIn.startedAt)));
        rated.append({double(checkIn.painBefore), double(*checkIn.painAfter),
            checkIn.option == 0 ? 1.0 : 0.0});
    }
    for (int option : {0, 1})
        result.arms[option].days = int(days[option].size());
    result.evidence.uses = std::min(result.arms[0].rated, result.arms[1].rated);
    result.evidence.days = std::min(result.arms[0].days, result.arms[1].days);
    if (result.arms[0].rated > 0 && result.arms[1].rated > 0)
        result.evidence.effect = differenceOfA(rated);
    result.verdict = result.evidence.verdict();
    return result;
}

} // namespace toward
