// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <expected>

namespace marginalia {

// An error a person can act on: `message` says what went wrong and, where possible, what to do.
struct Error {
    enum class Kind { BadInput, NotFound, Io, Storage, Cancelled, Usage };
    Kind kind = Kind::BadInput;
    QString message;
};

template<typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> failure(Error::Kind kind, const QString &message)
{
    return std::unexpected<Error>(Error{kind, message});
}

} // namespace marginalia
