// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecarbackups.h"

#include "io/safesave.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace Hashiya {

namespace {

// The reasons as they appear in file names, which must stay readable by later versions.
constexpr std::pair<SidecarBackups::Reason, const char *> reasonNames[] = {
    {SidecarBackups::Reason::Reanchored, "reanchored"},
    {SidecarBackups::Reason::OutsideVersionReplaced, "outside-version"},
    {SidecarBackups::Reason::Restore, "before-restore"},
};
const QString timeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz");
const QString pathFile = QStringLiteral("sidecar-path.txt");

QString nameOf(SidecarBackups::Reason reason)
{
    for (const auto &[known, name] : reasonNames) {
        if (known == reason)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<SidecarBackups::Backup> parse(const QFileInfo &file)
{
    // 20261206T101530123-reanchored.json
    const QString name = file.completeBaseName();
    const qsizetype dash = name.indexOf(u'-');
    if (dash < 0 || file.suffix() != u"json")
        return std::nullopt;
    QDateTime made = QDateTime::fromString(name.left(dash), timeFormat);
    if (!made.isValid())
        return std::nullopt;
    made.setTimeSpec(Qt::UTC);
    for (const auto &[reason, reasonName] : reasonNames) {
        if (name.mid(dash + 1) == QLatin1String(reasonName))
            return SidecarBackups::Backup {file.absoluteFilePath(), made, reason, file.size()};
    }
    return std::nullopt;
}

} // namespace

QString SidecarBackups::folderFor(const QString &sidecarPath)
{
    const QByteArray key =
        QCryptographicHash::hash(QFileInfo(sidecarPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/hashiya/backups/")
        + QString::fromLatin1(key);
}

bool SidecarBackups::keep(const QString &sidecarPath, Reason reason, QString *errorMessage, const QString &version)
{
    QFile sidecar(version.isEmpty() ? sidecarPath : version);
    if (!sidecar.exists())
        return true; // nothing to lose
    if (!sidecar.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("cannot read %1 to keep a copy: %2").arg(sidecar.fileName(), sidecar.errorString());
        return false;
    }
    const QByteArray bytes = sidecar.readAll();
    const QString folder = folderFor(sidecarPath);
    if (!QDir().mkpath(folder)) {
        *errorMessage = tr("cannot create the folder %1 for copies of %2").arg(folder, sidecarPath);
        return false;
    }
    // The sidecar each folder belongs to, for a person looking through the cache.
    const QString where = QDir(folder).filePath(pathFile);
    if (!QFileInfo::exists(where)) {
        const QByteArray path = QFileInfo(sidecarPath).absoluteFilePath().toUtf8() + '\n';
        if (!saveFileAtomically(
                where, [&](QIODevice &file) { return file.write(path) == path.size(); }, errorMessage))
            return false;
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString copy;
    do { // two copies within one millisecond keep both
        copy = QDir(folder).filePath(now.toString(timeFormat) + u'-' + nameOf(reason) + QStringLiteral(".json"));
        now = now.addMSecs(1);
    } while (QFileInfo::exists(copy));
    if (!saveFileAtomically(
            copy, [&](QIODevice &file) { return file.write(bytes) == bytes.size(); }, errorMessage))
        return false;
    const QList<Backup> kept = list(sidecarPath);
    for (qsizetype i = keptPerArticle; i < kept.size(); ++i)
        QFile::remove(kept[i].path);
    return true;
}

QList<SidecarBackups::Backup> SidecarBackups::list(const QString &sidecarPath)
{
    QList<Backup> backups;
    const QFileInfoList files = QDir(folderFor(sidecarPath)).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (std::optional<Backup> backup = parse(file))
            backups.append(*backup);
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return backups;
}

QString SidecarBackups::describe(Reason reason)
{
    switch (reason) {
    case Reason::Reanchored:
        return tr("Before the annotations were moved onto the edited article");
    case Reason::OutsideVersionReplaced:
        return tr("Another program's version, before it was merged or replaced");
    case Reason::Restore:
        return tr("Before an earlier version was restored");
    }
    return {};
}

} // namespace Hashiya
