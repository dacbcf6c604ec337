// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hashiya {

/// What identifies one version of a file on disk: a file replaced by a rename has a new inode, one
/// written in place a new modification time or size. Comparing stamps is how Hashiya tells its own
/// writes from another program's without reading the file.
struct FileStamp
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;

    static FileStamp of(const QString &path);
    /// The stamp of an open file, e.g. the one just written, before it is renamed into place.
    static FileStamp ofDescriptor(int fd);
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

} // namespace Hashiya
