// SPDX-License-Identifier: GPL-3.0-or-later
#include "filestamp.h"

#include <QFile>

#include <sys/stat.h>

namespace Hashiya {

namespace {

FileStamp stampFrom(const struct stat &facts)
{
    return {true, quint64(facts.st_dev), quint64(facts.st_ino), qint64(facts.st_size),
            qint64(facts.st_mtim.tv_sec) * 1'000'000'000 + facts.st_mtim.tv_nsec};
}

} // namespace

FileStamp FileStamp::of(const QString &path)
{
    struct stat facts;
    if (::stat(QFile::encodeName(path).constData(), &facts) != 0)
        return {};
    return stampFrom(facts);
}

FileStamp FileStamp::ofDescriptor(int fd)
{
    struct stat facts;
    if (::fstat(fd, &facts) != 0)
        return {};
    return stampFrom(facts);
}

} // namespace Hashiya
