// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Hashiya {

/// What the corpus index remembers of a file to know, without reading it, whether it changed: size,
/// modification and change times, inode. The change time moves on every write, rename or copy over the
/// file, so an older copy put back with its old modification time is still noticed.
struct FileFacts
{
    bool exists = false;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;
    quint64 inode = 0;

    /// The facts of `name` in the open folder `folderFd` (one system call); none if it cannot be read.
    static FileFacts of(int folderFd, const char *name);
    friend bool operator==(const FileFacts &, const FileFacts &) = default;
};

} // namespace Hashiya
