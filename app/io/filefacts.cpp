// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefacts.h"

#include <fcntl.h>
#include <sys/stat.h>

namespace Hashiya {

FileFacts FileFacts::of(int folderFd, const char *name)
{
    struct statx facts;
    if (statx(folderFd, name, AT_STATX_SYNC_AS_STAT, STATX_SIZE | STATX_MTIME | STATX_CTIME | STATX_INO, &facts) != 0)
        return {};
    auto nanoseconds = [](const struct statx_timestamp &time) { return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec; };
    return {true, qint64(facts.stx_size), nanoseconds(facts.stx_mtime), nanoseconds(facts.stx_ctime),
            quint64(facts.stx_ino)};
}

} // namespace Hashiya
