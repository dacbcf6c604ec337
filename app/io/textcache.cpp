// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcache.h"

#include "io/safesave.h"
#include "model/article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

namespace Hashiya {

namespace {

bool isSha256(const QByteArray &sha256)
{
    return sha256.size() == 64 && std::all_of(sha256.begin(), sha256.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

QString pathOf(const QByteArray &sha256)
{
    return TextCache::folder() + u'/' + QString::fromLatin1(sha256) + QStringLiteral(".txt");
}

/// When this process prunes next. Walking the folder on every keep would list it at every save. Instead a
/// process walks it at its first new text, which removes what earlier runs left beyond the limits, and
/// again after each tenth of the limits it adds itself, so a window left open for weeks stays bounded too,
/// by a tenth over at most. A run that keeps nothing (validate, stats) never walks it.
///
/// The walk runs on the global thread pool, never in the save that called keep(): listing 5,000 texts
/// takes about 60 ms, but removing a file can take milliseconds on a busy or network disk, and the first
/// walk after the cache had no bound may remove tens of thousands.
struct Schedule
{
    std::mutex mutex;
    TextCache::Limits limits;
    bool pruned = false; ///< this process walked the folder since the limits were set
    qsizetype textsSince = 0;
    qint64 bytesSince = 0;
    bool running = false; ///< a walk is under way
    bool again = false; ///< one was due while it ran: it walks once more
};

Schedule &schedule()
{
    static Schedule instance;
    return instance;
}

/// Set as the application ends, so that it does not wait for a long walk to finish: the rest waits for
/// the next run.
std::atomic<bool> stopping = false;

/// Removes the least recently kept texts in `folder` beyond `limits`.
void pruneFolder(const QString &folder, const TextCache::Limits &limits)
{
    struct Kept
    {
        qint64 modified;
        qint64 size;
        QString path;
    };
    // Only kept texts match the pattern; the temporary file of a save in progress does not. The times are
    // read once here: sorting with QDir::Time took five times as long (330 against 60 ms for 5,000 texts).
    std::vector<Kept> texts;
    for (const QFileInfo &text : QDir(folder).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Unsorted))
        texts.push_back({text.lastModified().toMSecsSinceEpoch(), text.size(), text.filePath()});
    // Newest first: the texts within the limits stay, every older one goes.
    std::sort(texts.begin(), texts.end(), [](const Kept &a, const Kept &b) { return a.modified > b.modified; });
    qsizetype count = 0;
    qint64 bytes = 0;
    for (const Kept &text : texts) {
        ++count;
        bytes += text.size;
        if (stopping)
            return;
        if (count > limits.texts || bytes > limits.bytes)
            QFile::remove(text.path); // failing is harmless: it goes next time
    }
}

/// Counts a new text of `bytes` kept in `folder`, and starts a walk if one is due.
void countNewText(const QString &folder, qint64 bytes)
{
    Schedule &s = schedule();
    const std::lock_guard lock(s.mutex);
    ++s.textsSince;
    s.bytesSince += bytes;
    if (s.pruned && s.textsSince < std::max<qsizetype>(1, s.limits.texts / 10)
        && s.bytesSince < std::max<qint64>(1, s.limits.bytes / 10))
        return;
    s.pruned = true;
    s.textsSince = 0;
    s.bytesSince = 0;
    if (s.running) {
        s.again = true;
        return;
    }
    s.running = true;
    [[maybe_unused]] static const bool stopsAtExit = [] {
        qAddPostRoutine([] { stopping = true; }); // runs before QCoreApplication waits for the pool
        return true;
    }();
    QThreadPool::globalInstance()->start([folder] {
        Schedule &s = schedule();
        std::unique_lock lock(s.mutex);
        do {
            s.again = false;
            const TextCache::Limits limits = s.limits;
            lock.unlock();
            pruneFolder(folder, limits);
            lock.lock();
        } while (s.again);
        s.running = false;
    });
}

} // namespace

QString TextCache::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/hashiya/texts");
}

void TextCache::keep(const Article &article)
{
    if (!isSha256(article.sha256))
        return;
    const QString path = pathOf(article.sha256);
    if (QFile kept(path); kept.open(QIODevice::ReadOnly)) {
        // Used again: it goes last when the folder is pruned. Access times are often not kept (noatime,
        // relatime), so the modification time stands for the last use.
        kept.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        return;
    }
    if (!QDir().mkpath(folder()))
        return;
    QString ignored;
    const QByteArray bytes = article.text.toUtf8();
    if (!saveFileAtomically(
            path, [&](QIODevice &file) { return file.write(bytes) == bytes.size(); }, &ignored))
        return;
    countNewText(folder(), bytes.size());
}

std::optional<QString> TextCache::find(const QByteArray &sha256)
{
    if (!isSha256(sha256))
        return std::nullopt;
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString text = QString::fromUtf8(file.readAll());
    if (Article::sha256Of(text) != sha256)
        return std::nullopt; // damaged: useless for comparing
    return text;
}

void TextCache::prune(const Limits &limits)
{
    pruneFolder(folder(), limits);
}

void TextCache::setLimits(const Limits &limits)
{
    Schedule &s = schedule();
    const std::lock_guard lock(s.mutex);
    s.limits = limits;
    s.pruned = false;
}

TextCache::Limits TextCache::limits()
{
    Schedule &s = schedule();
    const std::lock_guard lock(s.mutex);
    return s.limits;
}

} // namespace Hashiya
