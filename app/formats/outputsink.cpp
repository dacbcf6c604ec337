// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputsink.h"

#include "io/safesave.h"

#include <QDir>
#include <QFileInfo>

namespace Hashiya {

FolderOutput::FolderOutput(QString folder)
    : m_folder(std::move(folder))
{
}

bool FolderOutput::write(const QString &relativePath, const QByteArray &bytes, QString *errorMessage)
{
    const QString path = QDir(m_folder).filePath(relativePath);
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent)) {
        *errorMessage = tr("Could not create the folder %1.").arg(parent);
        return false;
    }
    const bool saved = saveFileAtomically(
        path, [&bytes](QIODevice &file) { return file.write(bytes) == bytes.size(); }, errorMessage);
    if (saved) {
        m_written.append(relativePath);
        m_bytes += bytes.size();
    }
    return saved;
}

bool MemoryOutput::write(const QString &relativePath, const QByteArray &bytes, QString *)
{
    m_files.insert(relativePath, bytes);
    return true;
}

} // namespace Hashiya
