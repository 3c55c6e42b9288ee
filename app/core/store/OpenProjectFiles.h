// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QString>

namespace marginalia {

// The project files SQLite has open in this process. SQLite's locks are POSIX record locks, which belong to
// a process and a file: closing ANY descriptor of that file in this process (a QFile that reads its header,
// a MIME sniff in a file dialog) silently drops them all. Another process (the CLI) then believes it is
// the last user, checkpoints and deletes the journal under us. So nothing but SQLite may open a project
// file, its -wal or its -shm while it is open here; readers and writers of user-chosen paths ask first.
class OpenProjectFiles {
public:
    // Keeps `path` registered as open for as long as it lives (one per SQLite connection).
    class Hold {
    public:
        Hold() = default;
        explicit Hold(const QString &path);
        Hold(Hold &&other) noexcept;
        Hold &operator=(Hold &&other) noexcept;
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;
        ~Hold();

    private:
        void release();
        quint64 m_device = 0;
        quint64 m_inode = 0;
        bool m_held = false;
    };

    // True if `path` is a project file open in this process, or its -wal, -shm or -journal file. Only
    // stat()s, never opens.
    static bool contains(const QString &path);
    // True if `path` is a project file open in this process (not one of its companions).
    static bool containsProject(const QString &path);
    // An error naming the file if `path` is one of those files: "choose another file".
    static Result<void> checkOutside(const QString &path);
};

} // namespace marginalia
