#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace toward {

namespace detail {

// A failure always has words to show, even when the layer below gave none.
inline QString readableError(QString error)
{
    return error.isEmpty() ? QStringLiteral("An unknown error occurred.") : std::move(error);
}

} // namespace detail

// A value, or the reason there is none, in words a person can read.
template<typename T>
class Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    static Result failure(QString error)
    {
        return Result(Error {detail::readableError(std::move(error))});
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    // By value, so that `for (x : f().value())` does not outlive the temporary it reads.
    T value() && { return std::get<T>(std::move(m_state)); }
    // Empty on success.
    const QString &error() const
    {
        static const QString none;
        return ok() ? none : std::get<Error>(m_state).text;
    }

private:
    struct Error {
        QString text;
    };
    explicit Result(Error error)
        : m_state(std::move(error))
    {
    }

    std::variant<T, Error> m_state;
};

// Success, or the reason for failure, for operations that produce no value. A failure is a
// failure whatever its text: an empty message from the layer below never passes as success.
template<>
class Result<void> {
public:
    static Result success() { return Result(std::nullopt); }
    static Result failure(QString error) { return Result(detail::readableError(std::move(error))); }

    bool ok() const { return !m_error.has_value(); }
    // Empty on success.
    const QString &error() const
    {
        static const QString none;
        return m_error ? *m_error : none;
    }

private:
    explicit Result(std::optional<QString> error)
        : m_error(std::move(error))
    {
    }
    std::optional<QString> m_error;
};

} // namespace toward
