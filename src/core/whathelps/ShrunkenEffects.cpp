#include "whathelps/ShrunkenEffects.h"

#include "whathelps/SymmetricMatrix.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace toward {

namespace {

constexpr int EmRounds = 50;
constexpr double StartTau2 = 0.25;
// Keeps λ = σ²/τ² finite when the effects look alike; an effect's prior sd of 0.01 points says
// "no difference" as firmly as any journal could.
constexpr double SmallestTau2 = 1e-4;
// Added to the unpenalised columns' diagonal so that one that does not vary (the same pain before
// in every check-in, say) is estimated as 0 instead of making the system singular.
constexpr double Steadying = 1e-9;

// The columns: intercept, pain before, week's pain, one per context but the most common, then one
// per effect.
struct Columns {
    int contexts = 0; // dummies
    int effects = 0;
    std::vector<int> contextColumn; // by context number; -1 for the reference

    static constexpr int Intercept = 0, Before = 1, Week = 2;
    int firstEffect() const { return 3 + contexts; }
    int count() const { return firstEffect() + effects; }
};

struct NormalEquations {
    SymmetricMatrix xtx;
    std::vector<double> xty;
    double yty = 0;
    int n = 0;
};

Columns columnsFor(const HelpObservations &observations, int effectCount)
{
    std::vector<int> uses(observations.contexts().size(), 0);
    for (const HelpCheckIn &checkIn : observations.checkIns()) {
        if (checkIn.painAfter)
            ++uses[checkIn.context];
    }
    Columns columns;
    columns.effects = effectCount;
    columns.contextColumn.assign(uses.size(), -1);
    const auto reference = std::max_element(uses.begin(), uses.end()) - uses.begin();
    for (std::size_t context = 0; context < uses.size(); ++context) {
        if (static_cast<long>(context) != reference && uses[context] > 0)
            columns.contextColumn[context] = 3 + columns.contexts++;
    }
    return columns;
}

// XᵀX and Xᵀy in one pass: each check-in adds the products of its few non-zero columns.
NormalEquations normalEquations(const HelpObservations &observations, const Columns &columns,
    const ShrunkenEffects::EffectsOf &effectsOf)
{
    double beforeTotal = 0, weekTotal = 0;
    int rated = 0;
    for (const HelpCheckIn &checkIn : observations.checkIns()) {
        if (!checkIn.painAfter)
            continue;
        beforeTotal += checkIn.painBefore;
        weekTotal += checkIn.weekPain;
        ++rated;
    }
    const double meanBefore = rated > 0 ? beforeTotal / rated : 0;
    const double meanWeek = rated > 0 ? weekTotal / rated : 0;

    NormalEquations equations {
        SymmetricMatrix(columns.count()), std::vector<double>(columns.count(), 0.0), 0, rated};
    std::vector<std::pair<int, double>> row;
    for (const HelpCheckIn &checkIn : observations.checkIns()) {
        if (!checkIn.painAfter)
            continue;
        row.clear();
        row.emplace_back(Columns::Intercept, 1.0);
        row.emplace_back(Columns::Before, checkIn.painBefore - meanBefore);
        row.emplace_back(Columns::Week, checkIn.weekPain - meanWeek);
        if (const int column = columns.contextColumn[checkIn.context]; column >= 0)
            row.emplace_back(column, 1.0);
        for (const int effect : effectsOf(checkIn))
            row.emplace_back(columns.firstEffect() + effect, 1.0);
        const double after = *checkIn.painAfter;
        for (const auto &[i, xi] : row) {
            equations.xty[i] += xi * after;
            for (const auto &[j, xj] : row)
                equations.xtx(i, j) += xi * xj;
        }
        equations.yty += after * after;
    }
    return equations;
}

double dot(const std::vector<double> &a, const std::vector<double> &b)
{
    return std::inner_product(a.begin(), a.end(), b.begin(), 0.0);
}

// bᵀ·M·b
double quadratic(const SymmetricMatrix &m, const std::vector<double> &b)
{
    double total = 0;
    for (int i = 0; i < m.size(); ++i) {
        for (int j = 0; j < m.size(); ++j)
            total += b[i] * m(i, j) * b[j];
    }
    return total;
}

struct RidgeSolution {
    std::vector<double> coefficients;
    SymmetricMatrix inverse; // A⁻¹
    double rss = 0;
};

std::optional<RidgeSolution> solve(
    const NormalEquations &equations, const Columns &columns, double lambda)
{
    SymmetricMatrix a = equations.xtx;
    for (int column = 0; column < columns.count(); ++column)
        a(column, column) += column >= columns.firstEffect() ? lambda : Steadying;
    const std::optional<CholeskyFactor> factor = CholeskyFactor::of(a);
    if (!factor)
        return std::nullopt;
    RidgeSolution solution {factor->solve(equations.xty), factor->inverse(), 0};
    solution.rss = std::max(0.0,
        equations.yty - 2 * dot(solution.coefficients, equations.xty)
            + quadratic(equations.xtx, solution.coefficients));
    return solution;
}

} // namespace

std::optional<ShrunkenEffects> ShrunkenEffects::fit(
    const HelpObservations &observations, const EffectsOf &effectsOf, int effectCount)
{
    const Columns columns = columnsFor(observations, effectCount);
    const NormalEquations equations = normalEquations(observations, columns, effectsOf);
    const int first = columns.firstEffect();

    ShrunkenEffects fitted;
    fitted.tau2 = StartTau2;
    // σ² to start with: the spread around the usual check-in, effects left out.
    const double huge = 1e12;
    const std::optional<RidgeSolution> usual = solve(equations, columns, huge);
    const double usualDf = first;
    if (!usual || equations.n - usualDf < 1)
        return std::nullopt;
    fitted.sigma2 = std::max(usual->rss / (equations.n - usualDf), 1e-6);

    std::optional<RidgeSolution> solution;
    for (int round = 0; round < EmRounds; ++round) {
        solution = solve(equations, columns, fitted.sigma2 / fitted.tau2);
        if (!solution)
            return std::nullopt;
        if (effectCount == 0)
            break;
        const double lambda = fitted.sigma2 / fitted.tau2;
        double effectsTrace = 0;
        for (int j = first; j < columns.count(); ++j)
            effectsTrace += solution->inverse(j, j);
        const double df = columns.count() - lambda * effectsTrace; // tr(A⁻¹XᵀX)
        if (equations.n - df < 1)
            return std::nullopt;
        const double sigma2 = std::max(solution->rss / (equations.n - df), 1e-6);
        double spread = 0;
        for (int j = first; j < columns.count(); ++j)
            spread += solution->coefficients[j] * solution->coefficients[j]
                + sigma2 * solution->inverse(j, j);
        const double tau2 = std::max(spread / effectCount, SmallestTau2);
        const bool settled = std::abs(tau2 - fitted.tau2) < 1e-7 * fitted.tau2
            && std::abs(sigma2 - fitted.sigma2) < 1e-7 * fitted.sigma2;
        fitted.sigma2 = sigma2;
        fitted.tau2 = tau2;
        if (settled)
            break;
    }
    // The estimates that go with the final σ² and τ².
    solution = solve(equations, columns, fitted.sigma2 / fitted.tau2);
    if (!solution)
        return std::nullopt;
    for (int j = first; j < columns.count(); ++j)
        fitted.effects.push_back(
            {solution->coefficients[j], fitted.sigma2 * solution->inverse(j, j)});
    return fitted;
}

} // namespace toward
