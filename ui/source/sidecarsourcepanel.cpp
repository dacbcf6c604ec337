// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecarsourcepanel.h"

#include "io/documentfile.h"
#include "model/articledocument.h"
#include "model/sidecarinfo.h"
#include "session/documentsession.h"
#include "ui/source/sourcepanellayout.h"
#include "ui/source/sourceview.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

// The writer puts each entity and relation on a line of its own that starts with its id.
const QString idLineStart = u"{\"id\":\""_s;

} // namespace

SidecarSourcePanel::SidecarSourcePanel(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_view(new SourceView(this))
    , m_refreshTimer(new QTimer(this))
{
    m_view->setObjectName(u"sidecarSource"_s);
    layOutSourcePanel(this, m_title, m_view);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &SidecarSourcePanel::refresh);
    connect(m_view, &SourceView::lineActivated, this, &SidecarSourcePanel::activateLine);
    setDocument(nullptr);
}

void SidecarSourcePanel::setDocument(ArticleDocument *document)
{
    // The undo stack is an object of its own: letting go of the document alone would leave every
    // article shown before calling back here, once more for each time it was shown.
    if (m_document) {
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_selected.clear();
    if (document) {
        // Every edit, undo and redo passes through the undo stack; saving and reloading show as the
        // modified flag and the read-only state.
        connect(document->undoStack(), &QUndoStack::indexChanged, this, &SidecarSourcePanel::scheduleRefresh);
        connect(document, &ArticleDocument::modifiedChanged, this, &SidecarSourcePanel::scheduleRefresh);
        connect(document, &ArticleDocument::readOnlyChanged, this, &SidecarSourcePanel::scheduleRefresh);
        connect(document, &ArticleDocument::statusChanged, this, &SidecarSourcePanel::scheduleRefresh);
        connect(document, &ArticleDocument::orphansChanged, this, &SidecarSourcePanel::scheduleRefresh);
    }
    m_stale = true;
    if (isVisible())
        refresh();
}

void SidecarSourcePanel::scheduleRefresh()
{
    m_stale = true;
    // A burst of changes is shown once, at most refreshDelayMs after its first change.
    if (isVisible() && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void SidecarSourcePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SidecarSourcePanel::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    if (!m_document) {
        m_title->setText(tr("No article is open."));
        m_view->setSource({}, SourceLanguage::Json);
        return;
    }
    const QString path = m_document->article().sidecarPath();
    const QString name = QFileInfo(path).fileName();
    if (m_document->isReadOnly()) {
        // Hashiya will not write over a sidecar it could not read, so the file is what there is.
        QFile file(path);
        const bool read = file.open(QIODevice::ReadOnly);
        m_title->setText(read ? tr("%1 as it is on disk: it has errors, so Hashiya does not write it.").arg(name)
                              : tr("%1 cannot be read: %2").arg(name, file.errorString()));
        m_view->setSource(read ? QString::fromUtf8(file.readAll()) : QString(), SourceLanguage::Json);
    } else {
        SidecarInfo info;
        const QByteArray bytes = DocumentFile::encode(*m_document, &info, m_session->annotator());
        m_title->setText(m_document->isModified() ? tr("%1 with the changes that are about to be saved.").arg(name)
                                                  : tr("%1 as saved.").arg(name));
        m_view->setSource(QString::fromUtf8(bytes), SourceLanguage::Json);
    }
    markSelected();
}

void SidecarSourcePanel::setSelectedAnnotation(const QString &id)
{
    m_selected = id;
    if (!m_stale)
        markSelected();
}

void SidecarSourcePanel::markSelected()
{
    const qsizetype at = m_selected.isEmpty() ? -1 : m_view->source().indexOf(idLineStart + m_selected + u'"');
    if (at < 0)
        m_view->markLines(-1, -1);
    else
        m_view->markLineAt(at);
}

void SidecarSourcePanel::activateLine(int line)
{
    const QString text = m_view->document()->findBlockByNumber(line).text().trimmed();
    if (!text.startsWith(idLineStart))
        return;
    const qsizetype end = text.indexOf(u'"', idLineStart.size());
    if (end > idLineStart.size())
        Q_EMIT annotationActivated(text.sliced(idLineStart.size(), end - idLineStart.size()));
}

} // namespace Hashiya
