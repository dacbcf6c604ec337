// SPDX-License-Identifier: GPL-3.0-or-later
// The window among the desktop's programs: articles and folders dropped on it or handed over by the file
// manager and by a second start, the recent articles, and one window per corpus.
#include "ui/corpus/corpuspanel.h"
#include "ui/desktop/instancechannel.h"
#include "ui/desktop/openrequest.h"
#include "ui/desktop/recentarticles.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

#include "mainwindow.h"

namespace Hashiya {
namespace {

bool sameFolder(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && QDir::cleanPath(a) == QDir::cleanPath(b);
}

} // namespace

void MainWindow::setUpDesktop()
{
    setAcceptDrops(true);
    m_instance = new InstanceChannel(this);
    connect(m_instance, &InstanceChannel::pathsReceived, this, [this](const QStringList &paths) {
        if (!paths.isEmpty())
            openPaths(paths);
        // A second start on this corpus: the analyst wants this window.
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        raise();
        activateWindow();
    });
}

bool MainWindow::openPaths(const QStringList &paths)
{
    return open(OpenRequest::fromPaths(paths, m_corpusFolder));
}

bool MainWindow::open(const OpenRequest &request)
{
    const QString refused = request.refused.join(u' ');
    if (request.isEmpty()) {
        if (!refused.isEmpty())
            statusBar()->showMessage(tr("Nothing opened: %1").arg(refused), 15000);
        return false;
    }
    if (!sameFolder(request.corpus, m_corpusFolder)) {
        openFolder(request.corpus);
        if (!sameFolder(request.corpus, m_corpusFolder))
            return false; // openFolder said why
    }
    if (!request.articles.isEmpty()) {
        // One article on screen; the others a click away, in the order named.
        m_recentArticles->addAll(request.articles);
        openArticle(request.articles.first());
    }
    QString message;
    if (request.articles.size() > 1)
        message = tr("%n more article(s) in File → Open recent article.", nullptr, int(request.articles.size() - 1));
    if (!refused.isEmpty())
        message =
            message.isEmpty() ? tr("Not opened: %1").arg(refused) : message + u' ' + tr("Not opened: %1").arg(refused);
    if (!message.isEmpty())
        statusBar()->showMessage(message, 15000);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (OpenRequest::canOpen(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    event->ignore();
    // The cursor says no; the status bar says why.
    if (event->mimeData()->hasUrls()) {
        const OpenRequest request = OpenRequest::fromUrls(event->mimeData()->urls(), m_corpusFolder);
        if (!request.refused.isEmpty())
            statusBar()->showMessage(tr("Cannot open: %1").arg(request.refused.join(u' ')), 8000);
    } else {
        statusBar()->showMessage(tr("Only articles (.txt), sidecars (.ann.json) and corpus folders can be dropped "
                                    "here."),
                                 8000);
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (OpenRequest::canOpen(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!OpenRequest::canOpen(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // Opened once the drop has returned: the file manager that dragged waits for it, and opening may ask.
    QMetaObject::invokeMethod(
        this, [this, request = OpenRequest::fromUrls(event->mimeData()->urls(), m_corpusFolder)] { open(request); },
        Qt::QueuedConnection);
}

void MainWindow::openRecentArticle(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        statusBar()->showMessage(tr("%1 is no longer there.").arg(QDir::toNativeSeparators(path)), 8000);
        return;
    }
    // Back in the corpus it was last read in, if that is still a corpus; otherwise among its neighbours.
    for (const QString &corpus : recentCorpora()) {
        if (!path.startsWith(QDir::cleanPath(corpus) + u'/') || !QFileInfo(corpus).isDir())
            continue;
        if (!sameFolder(corpus, m_corpusFolder)) {
            openFolder(corpus);
            if (!sameFolder(corpus, m_corpusFolder))
                return;
        }
        openArticle(path);
        return;
    }
    openPaths({path});
}

void MainWindow::stopListening()
{
    m_instance->stop();
}

void MainWindow::claimCorpus()
{
    if (m_instance->listen(m_corpusFolder))
        return;
    // Shown without blocking: the corpus stays open here, and the analyst decides where to work.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Corpus open in another window"),
        tr("%1 is already open in another Hashiya window. Work on it in one window only: an article edited in "
           "both is merged when saved, but each window will ask about the other's changes.")
            .arg(QDir::toNativeSeparators(m_corpusFolder)),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("corpusOpenElsewhere"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Hashiya
