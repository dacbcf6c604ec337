// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Hashiya {
namespace {

// QFile's own messages, translated (if at all) by Qt's catalogue as QFile's are: not ours to translate.
const char qioDevice[] = "QIODevice";
const char isDirectory[] = "file to open is a directory";
const char unknownError[] = "Unknown error";

qint64 modifiedNs(const struct stat &status)
{
    return qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
}

} // namespace

InputFile::InputFile(const QString &path)
{
    if (path.startsWith(u':')) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            m_missing = !resource.exists();
            m_error = resource.errorString();
            return;
        }
        m_resource = resource.readAll();
        m_size = m_resource->size();
        m_facts = {true, m_size, 0, 0, 0};
        return;
    }
    const QByteArray name = QFile::encodeName(path);
    do {
        m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    } while (m_fd < 0 && errno == EINTR);
    if (m_fd < 0) {
        m_missing = errno == ENOENT;
        m_error = qt_error_string(errno);
        return;
    }
    struct stat status = {};
    if (::fstat(m_fd, &status) != 0) {
        m_error = qt_error_string(errno);
    } else if (S_ISDIR(status.st_mode)) {
        // As QFile says it, so that messages read the same whichever opened the file.
        m_error = QCoreApplication::translate(qioDevice, isDirectory);
    } else {
        m_size = qint64(status.st_size);
        m_modifiedNs = modifiedNs(status);
        m_facts = {true, m_size, m_modifiedNs,
                   qint64(status.st_ctim.tv_sec) * 1000000000 + status.st_ctim.tv_nsec, quint64(status.st_ino)};
        return;
    }
    ::close(m_fd);
    m_fd = -1;
}

InputFile::~InputFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString InputFile::errorString() const
{
    return m_error.isEmpty() ? QCoreApplication::translate(qioDevice, unknownError) : m_error;
}

qint64 InputFile::read(char *buffer, qint64 capacity)
{
    if (m_resource) {
        const qint64 got = std::min(capacity, m_resource->size() - m_resourceRead);
        std::memcpy(buffer, m_resource->constData() + m_resourceRead, size_t(got));
        m_resourceRead += got;
        return got;
    }
    if (m_fd < 0)
        return -1;
    qint64 got = 0;
    while (got < capacity) { // until the end of the file, however little each read returns
        const ssize_t n = ::read(m_fd, buffer + got, size_t(capacity - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_error = qt_error_string(errno);
            return -1;
        }
        if (n == 0)
            break;
        got += n;
        // A read that came short once the file's size is in: the end (a regular file reads short only
        // there), known without one more call to read nothing.
        if (got >= m_size && got < capacity)
            break;
    }
    return got;
}

QByteArray InputFile::readAll()
{
    QByteArray bytes(m_size + 1, Qt::Uninitialized); // a byte more: a file that grew reads to its end
    qint64 got = read(bytes.data(), bytes.size());
    while (got == bytes.size()) {
        bytes.resize(bytes.size() * 2);
        const qint64 more = read(bytes.data() + got, bytes.size() - got);
        got = more < 0 ? -1 : got + more;
    }
    if (got < 0)
        return {};
    bytes.truncate(got);
    return bytes;
}

bool InputFile::changedSinceOpened() const
{
    if (m_resource)
        return false; // built into the program
    struct stat status = {};
    if (m_fd < 0 || ::fstat(m_fd, &status) != 0)
        return true;
    return qint64(status.st_size) != m_size || modifiedNs(status) != m_modifiedNs;
}

} // namespace Hashiya
