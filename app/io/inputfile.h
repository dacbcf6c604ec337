// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filefacts.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Hashiya {

/// A file opened to be read whole, asking the system no more than that takes: open, one fstat, the
/// reads, close. A walk over a corpus reads two files per article, and QFile and QFileInfo asked about
/// each file three to five times over (existence, size, absolute path) before reading it. A Qt resource
/// (":/…", e.g. the bundled schema) is read through QFile, as the system knows no such path.
class InputFile final
{
public:
    explicit InputFile(const QString &path);
    ~InputFile();
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    bool isOpen() const { return m_fd >= 0 || m_resource; }
    /// The file could not be opened because there is none at the path.
    bool isMissing() const { return m_missing; }
    /// Why it could not be opened or read, in the system's words (as QFile::errorString() says it).
    QString errorString() const;
    /// The size when it was opened.
    qint64 size() const { return m_size; }
    /// The file's facts when it was opened, as the corpus index keeps them; none if it was not.
    FileFacts facts() const { return m_facts; }

    /// Reads from the start to the end of the file into `buffer`, which holds `capacity` bytes; returns how
    /// many bytes were read (the whole file unless `capacity` ran out first), or -1 on an error. Pass room
    /// for a byte more than size() to see a file that grew since it was opened.
    qint64 read(char *buffer, qint64 capacity);
    /// The whole file, or an empty array on an error (errorString() says which).
    QByteArray readAll();
    /// The file's size or modification time differ from when it was opened: another program wrote it.
    bool changedSinceOpened() const;

private:
    int m_fd = -1;
    std::optional<QByteArray> m_resource; ///< the whole resource, if the path names one
    qint64 m_resourceRead = 0;
    bool m_missing = false;
    QString m_error;
    qint64 m_size = 0;
    qint64 m_modifiedNs = 0;
    FileFacts m_facts;
};

} // namespace Hashiya
