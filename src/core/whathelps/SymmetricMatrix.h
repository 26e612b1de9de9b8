#pragma once

#include <optional>
#include <vector>

namespace toward {

// A dense symmetric matrix of a few hundred rows at most: the normal equations of the what-helps
// models, one row per effect. Row-major, both triangles stored.
class SymmetricMatrix {
public:
    explicit SymmetricMatrix(int size = 0)
        : m_size(size)
        , m_values(static_cast<std::size_t>(size) * size, 0.0)
    {
    }

    int size() const { return m_size; }
    double operator()(int row, int column) const { return m_values[index(row, column)]; }
    double &operator()(int row, int column) { return m_values[index(row, column)]; }

private:
    std::size_t index(int row, int column) const
    {
        return static_cast<std::size_t>(row) * m_size + column;
    }

    int m_size;
    std::vector<double> m_values;
};

// The Cholesky factor L of a positive definite matrix A = L·Lᵀ, to solve A·x = b and to invert A.
class CholeskyFactor {
public:
    // None when `matrix` is not positive definite (to working precision).
    static std::optional<CholeskyFactor> of(const SymmetricMatrix &matrix);

    std::vector<double> solve(const std::vector<double> &rightSide) const;
    SymmetricMatrix inverse() const;

private:
    explicit CholeskyFactor(SymmetricMatrix lower)
        : m_lower(std::move(lower))
    {
    }

    SymmetricMatrix m_lower; // the lower triangle holds L; the upper is unused
};

} // namespace toward
