#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace toward {

// A value, or the reason there is none, in words a person can read.
template<typename T>
class Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    static Result failure(QString error) { return Result(Error {std::move(error)}); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
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

// Success, or the reason for failure, for operations that produce no value.
template<>
class Result<void> {
public:
    static Result success() { return Result(QString()); }
    static Result failure(QString error) { return Result(std::move(error)); }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    explicit Result(QString error)
        : m_error(std::move(error))
    {
    }
    QString m_error;
};

} // namespace toward
