// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QMap>
#include <QWidget>

#include "formats/exportjob.h"

class QComboBox;
class QLabel;
class QTimer;

namespace Hashiya {

class SourceView;

/// The export dialog's preview: the files the chosen format writes for the first document of the
/// chosen set, exactly as the export would write them, made on a background thread whenever the
/// request changes.
class ExportPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPreview)

public:
    explicit ExportPreview(QWidget *parent = nullptr);
    ~ExportPreview() override;

    /// Previews `request` shortly: changes in quick succession make one preview.
    void setRequest(const ExportRequest &request);

    bool isBusy() const { return m_busy; }
    /// The previewed files by their names relative to the export folder, and their bytes.
    const QMap<QString, QByteArray> &files() const { return m_files; }
    /// The file shown, one of files().
    QString shownFile() const;
    void showFile(const QString &name);
    SourceView *view() const { return m_view; }

Q_SIGNALS:
    /// A preview is on screen (or the reason there is none).
    void ready();

private:
    struct Result
    {
        QMap<QString, QByteArray> files;
        QString articlePath;
        ExportJob::Summary summary;
    };
    void start();
    void finished();
    void showChosenFile();

    ExportRequest m_request;
    QLabel *m_title;
    QComboBox *m_fileChoice;
    SourceView *m_view;
    QLabel *m_details;
    QTimer *m_delay;
    QFutureWatcher<Result> m_watcher;
    QMap<QString, QByteArray> m_files;
    bool m_busy = false;
    bool m_restart = false;
};

} // namespace Hashiya
