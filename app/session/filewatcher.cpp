// SPDX-License-Identifier: GPL-3.0-or-later
#include "filewatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace Hashiya {

namespace {

QString folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

} // namespace

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::noteChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::onFolderChanged);
}

FileWatcher::~FileWatcher() = default;

void FileWatcher::watch(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_files.contains(absolute))
        return;
    m_files.insert(absolute, FileStamp::of(absolute));
    const QString folder = folderOf(absolute);
    if (m_folderUsers[folder]++ == 0)
        m_watcher->addPath(folder);
    rewatch(absolute);
}

void FileWatcher::unwatch(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_files.remove(absolute))
        return;
    m_watcher->removePath(absolute);
    const QString folder = folderOf(absolute);
    if (--m_folderUsers[folder] == 0) {
        m_folderUsers.remove(folder);
        m_watcher->removePath(folder);
    }
    delete m_pending.take(absolute);
}

void FileWatcher::noteWritten(const QString &path, const FileStamp &stamp)
{
    if (auto found = m_files.find(QFileInfo(path).absoluteFilePath()); found != m_files.end())
        *found = stamp;
}

void FileWatcher::rewatch(const QString &path)
{
    // A file replaced by a rename is a new file: the old watch ended with it.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void FileWatcher::onFolderChanged(const QString &folder)
{
    // Creation, removal and rename show only on the folder; settle() finds which watched file changed.
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (folderOf(it.key()) == folder)
            noteChange(it.key());
    }
}

void FileWatcher::noteChange(const QString &path)
{
    if (!m_files.contains(path))
        return;
    QTimer *&timer = m_pending[path];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, path] { settle(path); });
    }
    timer->start(settleMs);
}

void FileWatcher::settle(const QString &path)
{
    const auto found = m_files.find(path);
    if (found == m_files.end())
        return;
    rewatch(path);
    const FileStamp now = FileStamp::of(path);
    if (now == *found)
        return; // another file of the folder changed, or the write was announced
    *found = now;
    Q_EMIT changed(path);
}

} // namespace Hashiya
