// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressrunner.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Hashiya {

void ProgressRunner::runErased(QWidget *parent, const QString &label, const std::function<void(const Progress &)> &job)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("exchangeProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400); // a quick export never flashes a dialog
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    std::atomic<bool> cancelled = false;
    std::atomic<qint64> done = 0, total = 0;
    QObject::connect(&dialog, &QProgressDialog::canceled, [&cancelled] { cancelled = true; });

    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    // The worker only stores numbers; the dialog reads them on a timer, so no signal floods the event loop.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        dialog.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        dialog.setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    poll.start(50);
    watcher.setFuture(QtConcurrent::run([&] {
        job([&](qsizetype d, qsizetype t) {
            done = d;
            total = t;
            return !cancelled;
        });
    }));
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
}

} // namespace Hashiya
