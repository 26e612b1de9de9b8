#include "whathelps/SymmetricMatrix.h"

#include <cmath>

namespace toward {

std::optional<CholeskyFactor> CholeskyFactor::of(const SymmetricMatrix &matrix)
{
    const int n = matrix.size();
    SymmetricMatrix lower(n);
    for (int j = 0; j < n; ++j) {
        double diagonal = matrix(j, j);
        for (int k = 0; k < j; ++k)
            diagonal -= lower(j, k) * lower(j, k);
        // Relative to the row's own scale, so that a column that adds nothing is caught whatever
        // the units.
        if (!(diagonal > 1e-12 * std::max(1.0, matrix(j, j))))
            return std::nullopt;
        const double pivot = std::sqrt(diagonal);
        lower(j, j) = pivot;
        for (int i = j + 1; i < n; ++i) {
            double value = matrix(i, j);
            for (int k = 0; k < j; ++k)
                value -= lower(i, k) * lower(j, k);
            lower(i, j) = value / pivot;
        }
    }
    return CholeskyFactor(std::move(lower));
}

std::vector<double> CholeskyFactor::solve(const std::vector<double> &rightSide) const
{
    const int n = m_lower.size();
    std::vector<double> x(rightSide);
    for (int i = 0; i < n; ++i) { // L·y = b
        for (int k = 0; k < i; ++k)
            x[i] -= m_lower(i, k) * x[k];
        x[i] /= m_lower(i, i);
    }
    for (int i = n - 1; i >= 0; --i) { // Lᵀ·x = y
        for (int k = i + 1; k < n; ++k)
            x[i] -= m_lower(k, i) * x[k];
        x[i] /= m_lower(i, i);
    }
    return x;
}

SymmetricMatrix CholeskyFactor::inverse() const
{
    const int n = m_lower.size();
    SymmetricMatrix inverse(n);
    std::vector<double> unit(n, 0.0);
    for (int column = 0; column < n; ++column) {
        unit[column] = 1.0;
        const std::vector<double> x = solve(unit);
        unit[column] = 0.0;
        for (int row = 0; row < n; ++row)
            inverse(row, column) = x[row];
    }
    return inverse;
}

} // namespace toward
