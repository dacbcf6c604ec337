// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Hashiya {

/// Where an exporter puts its files, named relative to the export root with '/' separators.
class OutputSink
{
public:
    virtual ~OutputSink() = default;
    /// Writes one whole file; false (with `errorMessage` set) if it could not.
    virtual bool write(const QString &relativePath, const QByteArray &bytes, QString *errorMessage) = 0;
};

/// Writes into a folder, creating subfolders, each file atomically: a cancelled or failed export never
/// leaves a half-written file behind. Remembers what it wrote, for the summary.
class FolderOutput final : public OutputSink
{
    Q_DECLARE_TR_FUNCTIONS(FolderOutput)

public:
    explicit FolderOutput(QString folder);
    bool write(const QString &relativePath, const QByteArray &bytes, QString *errorMessage) override;
    const QStringList &written() const { return m_written; }
    qint64 bytesWritten() const { return m_bytes; }

private:
    QString m_folder;
    QStringList m_written;
    qint64 m_bytes = 0;
};

/// Keeps the files in memory: for tests, and for previews of an export before it is written.
class MemoryOutput final : public OutputSink
{
public:
    bool write(const QString &relativePath, const QByteArray &bytes, QString *errorMessage) override;
    const QMap<QString, QByteArray> &files() const { return m_files; }

private:
    QMap<QString, QByteArray> m_files;
};

} // namespace Hashiya
