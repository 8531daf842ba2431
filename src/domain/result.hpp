#pragma once
// Errors as values: every expected failure is a Result carrying an Error with a canonical code.

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace bangkom {

/// Canonical error codes (ARCHITECTURE.md "one error model"); http maps them to status codes.
enum class ErrorCode {
    invalid_argument,
    not_found,
    conflict,
    forbidden,
    unauthenticated,
    failed_precondition,
    resource_exhausted,
    internal
};

/// Returns the stable lowercase name of a code ("invalid_argument", ...), used in JSON and logs.
const char* ErrorCodeName(ErrorCode code);

/// One detail of an error, e.g. one bad cell of an import: row as Excel shows it (header = 1), column name.
struct ErrorDetail {
    int row = 0;
    std::string column;
    std::string message;
};

struct Error {
    ErrorCode code = ErrorCode::internal;
    std::string message;
    std::vector<ErrorDetail> details;
};

inline Error MakeError(ErrorCode code, std::string message) {
    return Error{code, std::move(message), {}};
}

/// A value or an Error. Minimal stand-in for std::expected (C++23), which the C++20 build lacks.
template <class T>
class [[nodiscard]] Result {
  public:
    Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}      // NOLINT(google-explicit-constructor)
    Result(Error error) : data_(std::in_place_index<1>, std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return data_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & {
        assert(ok());
        return std::get<0>(data_);
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(data_);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(data_));
    }
    const Error& error() const {
        assert(!ok());
        return std::get<1>(data_);
    }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

  private:
    std::variant<T, Error> data_;
};

template <>
class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT(google-explicit-constructor)
    bool ok() const { return ok_; }
    explicit operator bool() const { return ok_; }
    const Error& error() const {
        assert(!ok_);
        return error_;
    }

  private:
    Error error_;
    bool ok_ = true;
};

}  // namespace bangkom
