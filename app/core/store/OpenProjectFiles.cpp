// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/OpenProjectFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

#include <array>
#include <optional>

#include <sys/stat.h>

namespace marginalia {

namespace {

struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;
    friend bool operator==(const FileIdentity &, const FileIdentity &) = default;
};

size_t qHash(const FileIdentity &identity, size_t seed = 0) noexcept
{
    return qHashMulti(seed, identity.device, identity.inode);
}

struct Registry {
    QMutex mutex;
    QHash<FileIdentity, int> holds; // identity → open connections
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// Device and inode name a file whatever path, symlink or hard link leads to it; stat() opens nothing.
std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat status{};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{quint64(status.st_dev), quint64(status.st_ino)};
}

bool isHeld(const QString &path)
{
    const std::optional<FileIdentity> identity = identityOf(path);
    if (!identity)
        return false;
    Registry &files = registry();
    const QMutexLocker lock(&files.mutex);
    return files.holds.contains(*identity);
}

} // namespace

OpenProjectFiles::Hold::Hold(const QString &path)
{
    const std::optional<FileIdentity> identity = identityOf(path);
    if (!identity)
        return;
    m_device = identity->device;
    m_inode = identity->inode;
    m_held = true;
    Registry &files = registry();
    const QMutexLocker lock(&files.mutex);
    ++files.holds[*identity];
}

OpenProjectFiles::Hold::Hold(Hold &&other) noexcept
    : m_device(other.m_device)
    , m_inode(other.m_inode)
    , m_held(std::exchange(other.m_held, false))
{
}

OpenProjectFiles::Hold &OpenProjectFiles::Hold::operator=(Hold &&other) noexcept
{
    if (this != &other) {
        release();
        m_device = other.m_device;
        m_inode = other.m_inode;
        m_held = std::exchange(other.m_held, false);
    }
    return *this;
}

OpenProjectFiles::Hold::~Hold()
{
    release();
}

void OpenProjectFiles::Hold::release()
{
    if (!std::exchange(m_held, false))
        return;
    Registry &files = registry();
    const QMutexLocker lock(&files.mutex);
    const FileIdentity identity{m_device, m_inode};
    if (--files.holds[identity] <= 0)
        files.holds.remove(identity);
}

bool OpenProjectFiles::containsProject(const QString &path)
{
    return isHeld(path);
}

bool OpenProjectFiles::contains(const QString &path)
{
    if (isHeld(path))
        return true;
    // SQLite's companions are named after the project, and may not exist yet: compare the project itself.
    static constexpr std::array suffixes{u"-wal", u"-shm", u"-journal"};
    for (const char16_t *suffix : suffixes) {
        const QString companion = QString::fromUtf16(suffix);
        if (path.endsWith(companion) && isHeld(path.chopped(companion.size())))
            return true;
    }
    return false;
}

Result<void> OpenProjectFiles::checkOutside(const QString &path)
{
    if (!contains(path))
        return {};
    return failure(Error::Kind::BadInput,
                   QCoreApplication::translate("OpenProjectFiles",
                                               "%1 belongs to a project that is open; it cannot be read or written "
                                               "as another file. Choose another file.")
                       .arg(QDir::toNativeSeparators(path)));
}

} // namespace marginalia
