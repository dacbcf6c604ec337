// SPDX-License-Identifier: GPL-3.0-or-later
#include "filewatcher.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <sys/stat.h>

namespace Hashiya {

namespace {

QString folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

} // namespace

FileWatcher::Stamp FileWatcher::stampOf(const QString &path)
{
    struct stat facts;
    if (::stat(QFile::encodeName(path).constData(), &facts) != 0)
        return {};
    return {true, quint64(facts.st_ino), qint64(facts.st_size),
            qint64(facts.st_mtim.tv_sec) * 1'000'000'000 + facts.st_mtim.tv_nsec};
}

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
    m_files.insert(absolute);
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

void FileWatcher::rewatch(const QString &path)
{
    // A file replaced by a rename is a new file: the old watch ended with it.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void FileWatcher::onFolderChanged(const QString &folder)
{
    // Creation, removal and rename show only on the folder; which watched file it concerns is found by
    // looking (settle() compares nothing, so every watched file of the folder is reported).
    for (const QString &path : std::as_const(m_files)) {
        if (folderOf(path) == folder)
            noteChange(path);
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
    rewatch(path);
    Q_EMIT changed(path);
}

} // namespace Hashiya
