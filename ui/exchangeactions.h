// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "formats/exportjob.h"
#include "formats/importjob.h"

class QWidget;

namespace Hashiya {

class MainWindow;

/// File → Export… and File → Import…: asks with the dialogs, runs the job behind a progress dialog, and
/// shows what was written and what was skipped. Runs the same jobs as the command line.
class ExchangeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeActions)

public:
    explicit ExchangeActions(MainWindow *window);

    void exportAnnotations();
    void importAnnotations();

    /// Runs a request as the dialogs do (progress, then the summary); exposed for tests.
    ExportJob::Summary runExport(const ExportRequest &request);
    ImportJob::Summary runImport(const ImportRequest &request);

private:
    MainWindow *m_window;
};

} // namespace Hashiya
