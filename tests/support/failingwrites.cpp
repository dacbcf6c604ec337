// SPDX-License-Identifier: GPL-3.0-or-later
// A failing device for LD_PRELOAD. Writes to the files under one folder succeed for a set number of bytes
// and then fail with a chosen errno, as a full disk (ENOSPC), an exhausted quota (EDQUOT) or a broken
// device (EIO) fails them: the write that crosses the limit is short, every later one fails. Or the
// writes succeed and the device reports the failure only later, at fsync()/fdatasync() or at close(), as
// NFS and other network file systems do; then the bytes written since the last successful sync are
// lost, as they would be on the server, so a program that ignores the report is caught with a short file.
// syncfs() fails the same way if anything was written under the folder since the last sync (the files
// are closed by then, so their bytes are not cut back: the report is what a program must heed).
//
// A file belongs to the folder if /proc/self/fd/N names a path under it, unnamed files (O_TMPFILE)
// included: they show as "FOLDER/#INODE (deleted)". Configured by the environment, for a program run as
// a child (HASHIYA_FAIL_FOLDER; HASHIYA_FAIL_AFTER, in bytes; HASHIYA_FAIL_ERRNO, a number or EIO, EDQUOT,
// ENOSPC; HASHIYA_FAIL_AT, write, sync or close), or by the functions at the end, which a test finds
// with dlsym() to sweep the failing offset within one process. Not for sanitized builds: the
// AddressSanitizer runtime must be the first library loaded.

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <mutex>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <vector>

namespace {

using WriteFunction = ssize_t (*)(int, const void *, size_t);
using WritevFunction = ssize_t (*)(int, const struct iovec *, int);
using PwriteFunction = ssize_t (*)(int, const void *, size_t, off_t);
using Pwrite64Function = ssize_t (*)(int, const void *, size_t, off64_t);
using FdFunction = int (*)(int);

template<typename Function>
Function next(const char *name)
{
    void *found = dlsym(RTLD_NEXT, name);
    if (!found)
        std::abort(); // no C library underneath: nothing sensible can follow
    return reinterpret_cast<Function>(found);
}

/// The C library's own functions, which the ones below wrap.
struct Real
{
    WriteFunction write = next<WriteFunction>("write");
    WritevFunction writev = next<WritevFunction>("writev");
    PwriteFunction pwrite = next<PwriteFunction>("pwrite");
    Pwrite64Function pwrite64 = next<Pwrite64Function>("pwrite64");
    FdFunction fsync = next<FdFunction>("fsync");
    FdFunction fdatasync = next<FdFunction>("fdatasync");
    FdFunction close = next<FdFunction>("close");
    FdFunction syncfs = next<FdFunction>("syncfs");
};

const Real &real()
{
    static const Real functions;
    return functions;
}

enum class FailAt { Write = 0, Sync = 1, Close = 2 };

constexpr int trackedDescriptors = 4096;

/// What fails, and what was written since it was set. Guarded by `mutex`.
struct State
{
    char folder[PATH_MAX] = {}; ///< with a trailing '/'
    size_t folderLength = 0;
    long long allowed = 0; ///< bytes that succeed before writes fail (FailAt::Write)
    int error = EIO;
    FailAt at = FailAt::Write;
    long long written = 0;
    /// Per descriptor: written to since its last successful sync, and the file's size before that.
    bool dirty[trackedDescriptors] = {};
    off_t syncedSize[trackedDescriptors] = {};
    bool unsynced = false; ///< written under the folder since the last syncfs()
};

std::mutex mutex;
State state;
std::atomic<bool> active {false};
std::atomic<long long> failures {0};

void configure(const char *folder, long long allowed, int error, int at)
{
    std::lock_guard lock(mutex);
    state = State();
    failures = 0;
    size_t length = folder ? std::strlen(folder) : 0;
    if (length == 0 || length + 2 > sizeof state.folder) {
        active = false;
        return;
    }
    std::memcpy(state.folder, folder, length);
    if (state.folder[length - 1] != '/')
        state.folder[length++] = '/';
    state.folderLength = length;
    state.allowed = allowed;
    state.error = error;
    state.at = at == 1 ? FailAt::Sync : at == 2 ? FailAt::Close : FailAt::Write;
    active = true;
}

int errorNamed(const char *name)
{
    if (!name || !*name)
        return EIO;
    if (std::strcmp(name, "EIO") == 0)
        return EIO;
    if (std::strcmp(name, "EDQUOT") == 0)
        return EDQUOT;
    if (std::strcmp(name, "ENOSPC") == 0)
        return ENOSPC;
    return std::atoi(name);
}

__attribute__((constructor)) void configureFromEnvironment()
{
    const char *folder = std::getenv("HASHIYA_FAIL_FOLDER");
    if (!folder || !*folder)
        return;
    const char *after = std::getenv("HASHIYA_FAIL_AFTER");
    const char *at = std::getenv("HASHIYA_FAIL_AT");
    const int where = !at || std::strcmp(at, "write") == 0 ? 0 : std::strcmp(at, "sync") == 0 ? 1 : 2;
    configure(folder, after ? std::atoll(after) : 0, errorNamed(std::getenv("HASHIYA_FAIL_ERRNO")), where);
}

/// True if `fd` is a file under the folder. Called with `mutex` held.
bool underFolder(int fd)
{
    char link[32];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[PATH_MAX];
    const ssize_t length = readlink(link, target, sizeof target);
    return length >= ssize_t(state.folderLength) && std::memcmp(target, state.folder, state.folderLength) == 0;
}

/// Writes up to `count` bytes with `write(n)`, or fewer, or fails, as the configured device would.
template<typename Write>
ssize_t guarded(int fd, size_t count, Write &&write)
{
    if (!active.load() || fd < 0 || count == 0)
        return write(count);
    std::lock_guard lock(mutex);
    if (!underFolder(fd))
        return write(count);
    if (fd < trackedDescriptors && !state.dirty[fd]) {
        // Remember the size before the first unsynced write, which a failed sync falls back to.
        struct stat before = {};
        state.syncedSize[fd] = fstat(fd, &before) == 0 ? before.st_size : 0;
    }
    size_t allowedNow = count;
    if (state.at == FailAt::Write) {
        const long long left = state.allowed - state.written;
        if (left <= 0) {
            ++failures;
            errno = state.error;
            return -1;
        }
        if (static_cast<unsigned long long>(left) < count)
            allowedNow = size_t(left);
    }
    const ssize_t result = write(allowedNow);
    if (result > 0) {
        state.written += result;
        state.unsynced = true;
        if (fd < trackedDescriptors)
            state.dirty[fd] = true;
    }
    return result;
}

/// The device reports now that the unsynced data never arrived: it is gone.
int failSync(int fd)
{
    if (ftruncate(fd, state.syncedSize[fd]) != 0) {
        // Not cut back (say, not a regular file): the failure is reported all the same.
    }
    state.dirty[fd] = false;
    ++failures;
    errno = state.error;
    return -1;
}

int guardedSync(int fd, FdFunction sync)
{
    if (!active.load() || fd < 0 || fd >= trackedDescriptors)
        return sync(fd);
    std::lock_guard lock(mutex);
    if (state.at == FailAt::Sync && state.dirty[fd] && underFolder(fd))
        return failSync(fd);
    const int result = sync(fd);
    if (result == 0)
        state.dirty[fd] = false;
    return result;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t count)
{
    return guarded(fd, count, [&](size_t n) { return real().write(fd, buffer, n); });
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    return guarded(fd, count, [&](size_t n) { return real().pwrite(fd, buffer, n, offset); });
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    return guarded(fd, count, [&](size_t n) { return real().pwrite64(fd, buffer, n, offset); });
}

ssize_t writev(int fd, const struct iovec *vector, int count)
{
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += vector[i].iov_len;
    return guarded(fd, total, [&](size_t n) -> ssize_t {
        if (n == total)
            return real().writev(fd, vector, count);
        std::vector<iovec> first; // the first n bytes, for a short write
        for (int i = 0; i < count && n > 0; ++i) {
            const size_t take = vector[i].iov_len < n ? vector[i].iov_len : n;
            first.push_back({vector[i].iov_base, take});
            n -= take;
        }
        return real().writev(fd, first.data(), int(first.size()));
    });
}

int fsync(int fd)
{
    return guardedSync(fd, real().fsync);
}

int fdatasync(int fd)
{
    return guardedSync(fd, real().fdatasync);
}

int syncfs(int fd)
{
    if (!active.load())
        return real().syncfs(fd);
    std::lock_guard lock(mutex);
    if (state.at == FailAt::Sync && state.unsynced) {
        state.unsynced = false;
        ++failures;
        errno = state.error;
        return -1;
    }
    const int result = real().syncfs(fd);
    if (result == 0)
        state.unsynced = false;
    return result;
}

int close(int fd)
{
    if (!active.load() || fd < 0 || fd >= trackedDescriptors)
        return real().close(fd);
    std::lock_guard lock(mutex);
    const bool fail = state.at == FailAt::Close && state.dirty[fd] && underFolder(fd);
    if (fail)
        failSync(fd);
    state.dirty[fd] = false;
    const int result = real().close(fd); // the descriptor is released even when close() reports an error
    if (fail) {
        errno = state.error;
        return -1;
    }
    return result;
}

/// Writes to files under `folder` succeed for `allowedBytes` in all and then fail with `error`
/// (`at` 0); or fsync()/fdatasync() (`at` 1) or close() (`at` 2) fail with it after writes. A null or
/// empty folder turns failures off. Resets the count of bytes written and of failures.
__attribute__((visibility("default"))) void hashiya_failing_writes_set(const char *folder, long long allowedBytes,
                                                                       int error, int at)
{
    configure(folder, allowedBytes, error, at);
}

/// How many calls failed since the last hashiya_failing_writes_set().
__attribute__((visibility("default"))) long long hashiya_failing_writes_failures()
{
    return failures.load();
}

} // extern "C"
