#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace dermaedge {

/// Outcome of an operation that can fail: either a value or an error message.
/// The message names the file or value involved and the cause, in plain words,
/// so that callers can show it to the user unchanged.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}

    static Result failure(QString message)
    {
        Result result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const QString& error() const { return m_error; }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_error;
};

/// Outcome of an operation that returns nothing but can fail.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message)
    {
        Status status;
        status.m_failed = true;
        status.m_error = std::move(message);
        return status;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace dermaedge
