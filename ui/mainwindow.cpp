// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "io/corpus.h"
#include "io/schemareader.h"
#include "model/articledocument.h"
#include "model/documentcommands.h"
#include "session/documentsession.h"
#include "text/articletitle.h"
#include "ui/annotations/annotationpanel.h"
#include "ui/annotations/orphanpanel.h"
#include "ui/annotations/problemspanel.h"
#include "ui/corpus/corpusindexer.h"
#include "ui/compare/comparewindow.h"
#include "ui/conflicts/conflictspanel.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/corpus/corpussearchpanel.h"
#include "ui/corpus/tagalldialog.h"
#include "ui/corpus/titledialog.h"
#include "ui/defaultlayout.h"
#include "ui/desktop/recentarticles.h"
#include "ui/exchangeactions.h"
#include "ui/reader/findbar.h"
#include "ui/reader/readerview.h"
#include "ui/restartstate.h"
#include "ui/reader/tagger.h"
#include "ui/reader/typepalette.h"
#include "ui/relations/documentgraphview.h"
#include "ui/relations/relationlinker.h"
#include "ui/relations/relationpanel.h"
#include "ui/source/schemasourcepanel.h"
#include "ui/source/sidecarsourcepanel.h"
#include "ui/versions/outsidechangedialog.h"
#include "ui/versions/restoredialog.h"
#include "ui/widgets/interfacelocale.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace Hashiya {
namespace {

// Settings, each declared once next to its use.
const QString lastCorpusKey = QStringLiteral("corpus/last");
const QString recentCorporaKey = QStringLiteral("corpus/recent");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
// The docks of a mirrored interface are kept apart: one direction's layout would misplace the other's.
const QString mirroredStateKey = QStringLiteral("window/stateRightToLeft");
const QString directionKeyPrefix = QStringLiteral("directions/");
constexpr int recentCorporaCount = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DocumentSession(this))
    , m_exchange(new ExchangeActions(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_schema(SchemaReader::defaultSchema())
    , m_reader(new ReaderView(this))
    , m_tagger(new Tagger(m_reader, this))
    , m_linker(new RelationLinker(m_reader, this)) // after the tagger: sees the keys first while linking
    , m_findBar(new FindBar(m_reader, this))
    , m_palette(new TypePalette(this))
    , m_corpusPanel(new CorpusPanel(this))
    , m_annotationPanel(new AnnotationPanel(this))
    , m_relationPanel(new RelationPanel(this))
    , m_graphView(new DocumentGraphView(this))
    , m_problemsPanel(new ProblemsPanel(this))
    , m_orphanPanel(new OrphanPanel(m_reader, this))
    , m_conflictsPanel(new ConflictsPanel(m_reader, this))
    , m_searchPanel(new CorpusSearchPanel(this))
    , m_sidecarSource(new SidecarSourcePanel(m_session, this))
    , m_schemaSource(new SchemaSourcePanel(this))
    , m_positionLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_saveLabel(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_palette); // above the article, wrapping onto more rows when narrow
    layout->addWidget(m_reader, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();
    setCentralWidget(central);
    m_reader->setSchema(&m_schema);
    m_tagger->setSchema(&m_schema);
    m_linker->setSchema(&m_schema);
    m_palette->setSchema(&m_schema);

    createDocks();
    createActions();
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_saveLabel);

    connect(m_palette, &TypePalette::typeChosen, m_tagger, &Tagger::tag);
    connect(m_tagger, &Tagger::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_linker, &RelationLinker::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_reader, &ReaderView::cursorPositionChanged, this, &MainWindow::updateStatusBar);
    connect(m_reader, &ReaderView::selectedEntityChanged, this, &MainWindow::updateStatusBar);
    connect(m_reader, &ReaderView::contextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = m_tagger->createContextMenu(this);
        if (!m_reader->selectedEntity().isEmpty()) {
            QAction *link = menu->addAction(tr("&Link to another entity…"), m_linker, &RelationLinker::start);
            link->setShortcut(QKeySequence(Qt::Key_R));
            link->setEnabled(m_document && !m_document->isReadOnly());
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(at);
    });
    connect(m_corpusPanel, &CorpusPanel::articleActivated, this, &MainWindow::openArticle);
    connect(m_corpusPanel, &CorpusPanel::statusRequested, this, &MainWindow::setArticleStatus);
    connect(m_corpusPanel, &CorpusPanel::titleRequested, this, &MainWindow::askForTitle);
    // The reader and the annotation list follow each other's selected entity.
    connect(m_annotationPanel, &AnnotationPanel::entityActivated, this, &MainWindow::showEntity);
    // Deleting from the list is deleting in the reader: the same question and message.
    connect(m_annotationPanel, &AnnotationPanel::removeRequested, this, [this](const QString &id) {
        showEntity(id);
        m_tagger->removeSelected();
    });
    connect(m_reader, &ReaderView::selectedEntityChanged, m_annotationPanel, &AnnotationPanel::setSelectedEntity);
    // And the relation table the selected relation.
    connect(m_relationPanel, &RelationPanel::relationActivated, m_reader, &ReaderView::showRelation);
    connect(m_reader, &ReaderView::selectedRelationChanged, m_relationPanel, &RelationPanel::setSelectedRelation);
    // The graph selects in the reader, and follows what the reader selects.
    connect(m_graphView, &DocumentGraphView::entityActivated, this, &MainWindow::showEntity);
    connect(m_graphView, &DocumentGraphView::relationActivated, m_reader, &ReaderView::showRelation);
    connect(m_reader, &ReaderView::selectedEntityChanged, m_graphView, &DocumentGraphView::setSelectedEntity);
    connect(m_reader, &ReaderView::selectedRelationChanged, m_graphView, &DocumentGraphView::setSelectedRelation);
    // The source views mark the selected entity's or relation's line, and its type's.
    connect(m_reader, &ReaderView::selectedEntityChanged, this, &MainWindow::followSelectionInSources);
    connect(m_reader, &ReaderView::selectedRelationChanged, this, &MainWindow::followSelectionInSources);
    // And a double-click on a line of the sidecar shows its entity or relation in the reader.
    connect(m_sidecarSource, &SidecarSourcePanel::annotationActivated, this, [this](const QString &id) {
        if (!m_document)
            return;
        if (m_document->annotations()->entity(id))
            showEntity(id);
        else if (m_document->annotations()->relation(id))
            m_reader->showRelation(id);
    });
    connect(m_relationPanel, &RelationPanel::violationsChanged, this, [this](int count) {
        m_relationProblems = count;
        updateStatusBar();
    });
    connect(m_session, &DocumentSession::saveFailed, this, &MainWindow::onSaveFailed);
    connect(m_session, &DocumentSession::saved, this, [this](ArticleDocument *document) {
        m_corpusPanel->refreshArticle(document->article().path);
        m_searchPanel->articleChanged(document->article().path);
        updateTitle();
    });
    connect(m_session, &DocumentSession::unsavedChanged, this, [this](ArticleDocument *document, bool unsaved) {
        m_corpusPanel->setUnsaved(document->article().path, unsaved);
        updateTitle();
    });
    connect(m_searchPanel, &CorpusSearchPanel::hitActivated, this, &MainWindow::showHit);
    followOutsideChanges();
    setUpDesktop();

    restorePreferences();
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1360, 860);
    // The saved layout, or at a first start one where the article gets most, once the window is shown.
    (new DefaultLayout(this, m_corpusDock, m_annotationDock, m_relationDock))
        ->restoreOrArrange(settings.value(isRightToLeft() ? mirroredStateKey : stateKey).toByteArray());
    updateTitle();
    updateDocumentActions();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    // Panels destroyed after this body still signal (a model losing its document, a session saving);
    // the window is no longer a MainWindow by then, so nothing may reach it.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createDocks()
{
    auto dock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *created = new QDockWidget(title, this);
        created->setObjectName(name);
        created->setWidget(widget);
        addDockWidget(area, created);
        return created;
    };
    // Dock areas are absolute: in a right-to-left interface the corpus goes to the right, where reading starts.
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    const Qt::DockWidgetArea start = mirrored ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    const Qt::DockWidgetArea end = mirrored ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    m_corpusDock = dock(m_corpusPanel, tr("Corpus"), QStringLiteral("corpusDock"), start);
    DefaultLayout::giveCornersToSides(this); // the corpus and annotation lists run the full height
    m_problemsDock = dock(m_problemsPanel, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    // What waits to be settled (orphans, a merge's conflicts: the article cannot be done while any wait)
    // is in front while there is any, and hidden when there is none.
    const auto inFrontWhileAny = [](QDockWidget *dock) {
        return [dock](int count) {
            dock->setVisible(count > 0);
            if (count > 0)
                dock->raise();
        };
    };
    m_orphanDock = dock(m_orphanPanel, tr("Orphans"), QStringLiteral("orphansDock"), Qt::BottomDockWidgetArea);
    connect(m_orphanPanel, &OrphanPanel::countChanged, m_orphanDock, inFrontWhileAny(m_orphanDock));
    m_conflictsDock =
        dock(m_conflictsPanel, tr("Conflicts"), QStringLiteral("conflictsDock"), Qt::BottomDockWidgetArea);
    connect(m_conflictsPanel, &ConflictsPanel::countChanged, m_conflictsDock, inFrontWhileAny(m_conflictsDock));
    m_annotationDock = dock(m_annotationPanel, tr("Annotations"), QStringLiteral("annotationsDock"), end);
    auto *history = new QUndoView(m_undoGroup, this);
    history->setEmptyLabel(tr("Opened"));
    // Every step changes the current row; measuring each row's text then would grow with the history.
    history->setUniformItemSizes(true);
    m_historyDock = dock(history, tr("History"), QStringLiteral("historyDock"), Qt::BottomDockWidgetArea);
    // Below the article: a table wants width.
    m_relationDock = dock(m_relationPanel, tr("Relations"), QStringLiteral("relationsDock"), Qt::BottomDockWidgetArea);
    m_graphDock = dock(m_graphView, tr("Graph"), QStringLiteral("graphDock"), Qt::BottomDockWidgetArea);
    m_searchDock =
        dock(m_searchPanel, tr("Corpus search"), QStringLiteral("corpusSearchDock"), Qt::BottomDockWidgetArea);
    // Source views want width too; they are for the few who check what Hashiya writes, so hidden at first.
    m_sidecarSourceDock =
        dock(m_sidecarSource, tr("Sidecar source"), QStringLiteral("sidecarSourceDock"), Qt::BottomDockWidgetArea);
    m_schemaSourceDock =
        dock(m_schemaSource, tr("Schema source"), QStringLiteral("schemaSourceDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_relationDock, m_graphDock);
    tabifyDockWidget(m_relationDock, m_searchDock);
    tabifyDockWidget(m_relationDock, m_sidecarSourceDock);
    tabifyDockWidget(m_relationDock, m_schemaSourceDock);
    // One row of tabs below the article: side by side, problems would wrap into a thin column.
    for (QDockWidget *tab : {m_historyDock, m_problemsDock, m_orphanDock, m_conflictsDock})
        tabifyDockWidget(m_relationDock, tab);
    m_sidecarSourceDock->hide();
    m_schemaSourceDock->hide();
    m_problemsDock->hide();
    m_orphanDock->hide();
    m_conflictsDock->hide();
    m_relationDock->raise();
    for (QDockWidget *source : {m_sidecarSourceDock, m_schemaSourceDock}) {
        // Asked for from the View menu: in front of the docks it shares its place with.
        connect(source->toggleViewAction(), &QAction::triggered, source, [source](bool shown) {
            if (shown)
                source->raise();
        });
    }
    m_schemaSource->setSchema({m_schema, {}, {}});
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open corpus folder"), m_corpusFolder);
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::chooseArticle()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open article"), m_corpusFolder, tr("Articles (*.txt);;All files (*)"));
    if (!path.isEmpty())
        openArticle(path);
}

void MainWindow::openFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        QMessageBox::warning(this, tr("Cannot open folder"),
                             tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    const QStringList articles = Corpus::findArticles(folder);
    if (articles.isEmpty()) {
        QMessageBox::information(
            this, tr("No articles"),
            tr("The folder %1 holds no articles (.txt files).").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!m_session->saveAll()) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("Some changes could not be saved, so the corpus stays open. "
                                "See the status bar for why."));
        return;
    }
    m_corpusFolder = info.absoluteFilePath();
    const Corpus::SchemaChoice choice = Corpus::schemaFor(m_corpusFolder);
    m_schema = choice.schema;
    m_reader->setSchema(&m_schema);
    m_tagger->setSchema(&m_schema);
    m_linker->setSchema(&m_schema);
    m_palette->setSchema(&m_schema);
    m_corpusPanel->setCorpus(m_corpusFolder, articles);
    m_searchPanel->setIndexer(m_corpusPanel->indexer());
    m_searchPanel->setCorpus(articles, m_schema);
    m_schemaSource->setSchema(choice);
    rememberCorpus(m_corpusFolder);
    if (!choice.problems.isEmpty())
        statusBar()->showMessage(
            tr("The corpus schema has problems; using the bundled one: %1").arg(choice.problems.first().toString()));
    openArticle(articles.first());
    claimCorpus();
}

QString MainWindow::lastCorpus()
{
    const QString last = QSettings().value(lastCorpusKey).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QString();
}

void MainWindow::reopenLastCorpus()
{
    if (const QString last = lastCorpus(); !last.isEmpty())
        openFolder(last);
}

void MainWindow::openArticle(const QString &path)
{
    if (m_document && m_document->article().path == QFileInfo(path).absoluteFilePath())
        return;
    // Leaving an article writes its changes first; the session keeps it open for switching back.
    if (m_document)
        m_session->saveNow(m_document);
    Problems problems;
    ArticleDocument *document = m_session->open(path, &m_schema, &problems);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot open article"),
                             problems.isEmpty() ? tr("%1 could not be read.").arg(path) : problems.first().toString());
        return;
    }
    showDocument(document, problems);
}

void MainWindow::showDocument(ArticleDocument *document, const Problems &problems)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        m_annotationPanel->setDocument(nullptr, nullptr); // writes a note still being typed into the old one
        m_relationPanel->setDocument(nullptr, nullptr);
        m_graphView->setDocument(nullptr, nullptr);
    }
    m_document = document;
    m_session->setShown(document);
    if (!m_undoGroup->stacks().contains(document->undoStack()))
        m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    const QVariant direction = QSettings().value(directionKeyPrefix + document->article().path);
    m_reader->setDirectionMode(direction.isValid() ? Qt::LayoutDirection(direction.toInt()) : Qt::LayoutDirectionAuto);
    m_reader->setDocument(document, &m_schema);
    // The list of a long article's entities fills in just after its text is on screen.
    QTimer::singleShot(document->annotations()->entityCount() > 50000 ? 100 : 0, this, [this, document] {
        if (m_document == document) {
            m_annotationPanel->setDocument(document, &m_schema);
            m_relationPanel->setDocument(document, &m_schema);
            m_graphView->setDocument(document, &m_schema);
        }
    });
    m_lineStarts.clear(); // found when the caret first moves, not before the article is on screen
    m_corpusPanel->setCurrentArticle(document->article().path);
    m_problemsPanel->setProblems(problems);
    showProblemsDock(!problems.isEmpty());
    m_orphanPanel->setDocument(document);
    m_conflictsPanel->setDocument(document);
    m_sidecarSource->setDocument(document);
    connect(document, &ArticleDocument::statusChanged, this, [this, document](const QString &status) {
        m_corpusPanel->setArticleStatus(document->article().path, status);
        updateDocumentActions();
    });
    connect(document, &ArticleDocument::titleChanged, this, [this, document](const QString &title) {
        m_corpusPanel->setArticleTitle(document->article().path, document->displayTitle(), !title.isEmpty());
        updateTitle();
    });
    connect(document->annotations(), &AnnotationSet::entityInserted, this, &MainWindow::updateStatusBar);
    connect(document->annotations(), &AnnotationSet::entityRemoved, this, &MainWindow::updateStatusBar);
    connect(document->annotations(), &AnnotationSet::relationInserted, this, &MainWindow::updateStatusBar);
    connect(document->annotations(), &AnnotationSet::relationRemoved, this, &MainWindow::updateStatusBar);
    connect(document->annotations(), &AnnotationSet::wasReset, this, &MainWindow::updateStatusBar);
    if (document->isReadOnly())
        statusBar()->showMessage(tr("Read-only: this article's sidecar has problems, and it will not be overwritten "
                                    "(see Problems)"));
    else
        statusBar()->clearMessage();
    m_reader->setFocus();
    m_recentArticles->add(document->article().path);
    updateTitle();
    updateDocumentActions();
    updateStatusBar();
}

void MainWindow::followSelectionInSources()
{
    QString id = m_reader->selectedEntity();
    QString type;
    if (m_document) {
        if (const Entity *entity = id.isEmpty() ? nullptr : m_document->annotations()->entity(id)) {
            type = entity->type;
        } else if (const Relation *relation = m_document->annotations()->relation(m_reader->selectedRelation())) {
            id = relation->id;
            type = relation->type;
        }
    }
    m_sidecarSource->setSelectedAnnotation(id);
    m_schemaSource->setSelectedType(type);
}

void MainWindow::showEntity(const QString &id)
{
    const Entity *entity = m_document ? m_document->annotations()->entity(id) : nullptr;
    if (!entity)
        return;
    const qsizetype start = m_document->codePoints().toUtf16(entity->start());
    m_reader->setSelection(start, start);
    m_reader->setSelectedEntity(id);
    m_reader->ensureVisible(start);
}

void MainWindow::setArticleStatus(const QString &path, const QString &status)
{
    if (!m_document || m_document->article().path != path)
        openArticle(path);
    if (!m_document || m_document->article().path != QFileInfo(path).absoluteFilePath()
        || m_document->status() == status)
        return;
    if (status == u"done" && !m_document->conflicts().isEmpty()) {
        // Done means the annotations are settled; a merge's open questions are not.
        const int count = int(m_document->conflicts().size());
        statusBar()->showMessage(tr("Not marked done: %n merge conflict(s) in this article wait to be resolved "
                                    "(see Conflicts)",
                                    nullptr, count));
        m_conflictsDock->show();
        m_conflictsDock->raise();
        updateDocumentActions(); // the status menu shows the status the article still has
        return;
    }
    if (!m_document->execute(new SetStatusCommand(m_document, status)))
        statusBar()->showMessage(tr("The status was not changed: this article's sidecar has problems (see Problems)"));
}

void MainWindow::stepConflict(bool forward)
{
    if (!m_document || !m_conflictsPanel->step(forward)) {
        statusBar()->showMessage(tr("This article has no merge conflicts"), 3000);
        return;
    }
    m_conflictsDock->show();
    m_conflictsDock->raise();
}

void MainWindow::askForTitle(const QString &path)
{
    if (!m_document || m_document->article().path != path)
        openArticle(path);
    if (!m_document || m_document->article().path != QFileInfo(path).absoluteFilePath())
        return;
    if (m_document->isReadOnly())
        statusBar()->showMessage(tr("The title was not changed: this article's sidecar has problems (see Problems)"));
    else
        TitleDialog::edit(m_document, this);
}

void MainWindow::setDirectionMode(Qt::LayoutDirection mode)
{
    m_reader->setDirectionMode(mode);
    if (m_document) {
        QSettings settings;
        const QString key = directionKeyPrefix + m_document->article().path;
        if (mode == Qt::LayoutDirectionAuto)
            settings.remove(key);
        else
            settings.setValue(key, int(mode));
    }
    updateDocumentActions();
}

void MainWindow::updateDocumentActions()
{
    const bool open = m_document != nullptr;
    for (QAction *action : m_statusGroup->actions()) {
        action->setEnabled(open && !m_document->isReadOnly());
        action->setChecked(open && action->data().toString() == m_document->status());
    }
    for (QAction *action : m_directionGroup->actions()) {
        action->setEnabled(open);
        action->setChecked(action->data().toInt() == int(m_reader->directionMode()));
    }
    m_nextDirectionAction->setEnabled(open);
    m_saveAction->setEnabled(open && !m_document->isReadOnly());
    m_restoreAction->setEnabled(open);
    m_titleAction->setEnabled(open && !m_document->isReadOnly());
    m_compareAction->setEnabled(open);
}

CompareWindow *MainWindow::compareWithCopies(const QStringList &folders)
{
    if (!m_document)
        return nullptr;
    auto *window = new CompareWindow(m_document, m_schema, m_corpusFolder, this);
    window->show();
    if (folders.isEmpty())
        window->chooseCopy(); // a copy that cannot be compared leaves the window open, saying why
    else
        window->addCopies(folders);
    if (folders.isEmpty() && window->copyChooser()->count() == 0 && !window->hasProblems()) {
        window->close(); // the analyst chose no folder
        return nullptr;
    }
    return window;
}

void MainWindow::restoreEarlierVersion()
{
    if (!m_document)
        return;
    RestoreDialog dialog(m_document->article(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    QString error;
    ArticleDocument *restored = m_session->restore(m_document, dialog.chosenBackup(), &error);
    if (!restored) {
        QMessageBox::warning(this, tr("Not restored"), tr("The earlier version was not restored: %1").arg(error));
        return;
    }
    showDocument(restored, restored->loadProblems());
    m_corpusPanel->refreshArticle(restored->article().path);
    m_searchPanel->articleChanged(restored->article().path);
    statusBar()->showMessage(tr("Restored an earlier version of %1; the version it replaced is kept too")
                                 .arg(restored->article().sidecarPath()),
                             10000);
}

void MainWindow::updateTitle()
{
    // The corpus is named too: the same file name is often in several corpora, each in its own window.
    const QString path = m_document ? m_document->article().path : QString();
    const QString corpus =
        !m_corpusFolder.isEmpty() && (!m_document || path.startsWith(QDir::cleanPath(m_corpusFolder) + u'/'))
        ? QDir(m_corpusFolder).dirName()
        : QString();
    if (!m_document) {
        setWindowTitle(corpus.isEmpty() ? tr("Hashiya") : tr("%1 — Hashiya").arg(corpus));
        return;
    }
    // "[*]" shows the unsaved mark while a write is pending.
    const QString title = ArticleTitle::shortened(m_document->displayTitle(), 80);
    setWindowTitle(corpus.isEmpty()
                       ? tr("%1 — %2[*] — Hashiya").arg(title, m_document->article().fileName())
                       : tr("%1 — %2[*] — %3 — Hashiya").arg(title, m_document->article().fileName(), corpus));
    setWindowModified(m_document->isModified());
    m_saveLabel->setText(m_document->isReadOnly()       ? tr("Read-only")
                             : m_document->isModified() ? tr("Saving…")
                                                        : tr("Saved"));
}

void MainWindow::updateStatusBar()
{
    if (!m_document) {
        m_positionLabel->clear();
        m_countsLabel->clear();
        return;
    }
    const qsizetype cursor = m_reader->cursorPosition();
    qsizetype line = 1, lineStart = 0;
    if (cursor > 0) {
        // Line starts are found once per article: counting line breaks up to the caret on every move
        // would cost milliseconds in a long article. Not while opening it, though, with the caret at
        // the start: in a 50 MB article that is 25 ms more before the first frame.
        if (m_lineStarts.empty()) {
            m_lineStarts.push_back(0);
            const QString &text = m_document->text();
            for (qsizetype at = text.indexOf(u'\n'); at >= 0; at = text.indexOf(u'\n', at + 1))
                m_lineStarts.push_back(at + 1);
        }
        const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), cursor);
        line = next - m_lineStarts.begin();
        lineStart = *(next - 1);
    }
    const CodePointIndex &codePoints = m_document->codePoints();
    m_positionLabel->setText(
        tr("Line %1, column %2 · offset %3")
            .arg(InterfaceLocale::number(line),
                 InterfaceLocale::number(codePoints.toCodePoint(cursor) - codePoints.toCodePoint(lineStart) + 1),
                 InterfaceLocale::number(codePoints.toCodePoint(cursor))));
    const AnnotationSet *annotations = m_document->annotations();
    QString counts = tr("%n entity(ies)", nullptr, int(annotations->entityCount())) + u" · "
        + tr("%n relation(s)", nullptr, int(annotations->relationCount()));
    if (const int problems = m_relationProblems; problems > 0)
        counts += u" · " + tr("%n relation problem(s)", nullptr, problems);
    m_countsLabel->setText(InterfaceLocale::withDigits(counts));
}

void MainWindow::rememberCorpus(const QString &folder)
{
    QSettings settings;
    settings.setValue(lastCorpusKey, folder);
    QStringList recent = settings.value(recentCorporaKey).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    settings.setValue(recentCorporaKey, recent.mid(0, recentCorporaCount));
    rebuildRecentMenu();
}

QStringList MainWindow::recentCorpora()
{
    return QSettings().value(recentCorporaKey).toStringList();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentCorporaKey).toStringList();
    for (const QString &folder : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(folder), this, [this, folder] { openFolder(folder); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::onSaveFailed(ArticleDocument *document, const QString &message)
{
    // Shown at once and kept until a later write succeeds; the session retries on its own.
    m_saveLabel->setText(tr("Not saved!"));
    statusBar()->showMessage(
        tr("Could not save %1: %2 — retrying in a few seconds").arg(document->article().fileName(), message));
}

void MainWindow::followOutsideChanges()
{
    // The corpus row shows the file as it is on disk: read it again whenever another program changed it.
    connect(m_session, &DocumentSession::reloadedFromOutside, this,
            [this](ArticleDocument *document, const QString &summary) {
                m_corpusPanel->refreshArticle(document->article().path);
                statusBar()->showMessage(summary + u' ' + tr("(taken; Undo brings back the earlier version)"), 10000);
                updateStatusBar();
            });
    connect(m_session, &DocumentSession::repairedOutside, this,
            [this](ArticleDocument *document, const Problems &problems) {
                m_corpusPanel->refreshArticle(document->article().path);
                showProblems(document, problems);
                updateTitle();
                statusBar()->showMessage(tr("%1 was repaired by another program and can be edited again")
                                             .arg(document->article().sidecarPath()),
                                         10000);
            });
    // Asked once the save that found the change has finished: never in a nested event loop inside it.
    connect(m_session, &DocumentSession::outsideConflict, this,
            [this](ArticleDocument *document, const QString &summary) {
                QMetaObject::invokeMethod(
                    this,
                    [this, document = QPointer<ArticleDocument>(document), summary] {
                        if (document && m_session->hasPendingOutsideChange(document))
                            askAboutOutsideChange(document, summary);
                    },
                    Qt::QueuedConnection);
            });
    connect(m_session, &DocumentSession::outsideChangeUnreadable, this,
            [this](ArticleDocument *document, const Problems &problems) {
                m_corpusPanel->refreshArticle(document->article().path);
                showProblems(document, problems);
                updateTitle();
                statusBar()->showMessage(tr("%1 was changed by another program and cannot be read; it stays as it is "
                                            "until repaired (see Problems)")
                                             .arg(document->article().sidecarPath()));
            });
    connect(m_session, &DocumentSession::articleReloaded, this,
            [this](ArticleDocument *replaced, ArticleDocument *document, const Problems &problems) {
                if (m_document == replaced)
                    showDocument(document, problems);
                m_corpusPanel->refreshArticle(document->article().path);
                statusBar()->showMessage(tr("%1 was changed by another program; its annotations moved with the text "
                                            "(see Problems and Orphans)")
                                             .arg(document->article().fileName()),
                                         10000);
            });
    connect(m_session, &DocumentSession::articleReloadFailed, this,
            [this](ArticleDocument *document, const QString &message) {
                statusBar()->showMessage(tr("%1 was changed by another program and cannot be read: %2")
                                             .arg(document->article().fileName(), message));
            });
    connect(m_session, &DocumentSession::sidecarRestored, this, [this](ArticleDocument *document) {
        statusBar()->showMessage(
            tr("%1 was removed by another program and has been written again").arg(document->article().sidecarPath()),
            10000);
    });
}

void MainWindow::askAboutOutsideChange(ArticleDocument *document, const QString &summary)
{
    const auto choice = OutsideChangeDialog::ask(document->article().fileName(), summary, this);
    const QStringList conflicts = m_session->settleOutsideChange(document, choice);
    if (choice == DocumentSession::OutsideChoice::Later) {
        statusBar()->showMessage(tr("%1 is not saved until you choose between its two versions (Save now asks "
                                    "again)")
                                     .arg(document->article().fileName()));
    } else if (!conflicts.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Merged with conflicts"),
                        tr("%n annotation(s) were changed on both sides. The listed versions were kept.", nullptr,
                           conflicts.size()),
                        QMessageBox::Ok, this);
        box.setDetailedText(conflicts.join(u'\n'));
        box.exec();
    }
    updateStatusBar();
}

void MainWindow::showProblems(ArticleDocument *document, const Problems &problems)
{
    if (document != m_document)
        return;
    m_problemsPanel->setProblems(problems);
    showProblemsDock(!problems.isEmpty());
    updateDocumentActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A note or reference still being typed is committed by leaving its field, and so saved below.
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    while (!m_session->saveAll()) {
        const auto answer = QMessageBox::warning(
            this, tr("Changes not saved"),
            tr("Some annotations could not be written to their sidecar files (see the status bar). If you quit "
               "now, those changes are lost."),
            QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Discard)
            break;
    }
    if (m_document)
        RestartState::of(*this).saveAsLastPlace(); // the next start without arguments comes back here
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(isRightToLeft() ? mirroredStateKey : stateKey, saveState());
    stopListening(); // a restart starts its own window, not hands its paths to this closing one
    event->accept();
}

void MainWindow::showProblemsDock(bool shown)
{
    // It shares its place with the relations: in front when there is something to see.
    m_problemsDock->setVisible(shown);
    if (shown)
        m_problemsDock->raise();
}

void MainWindow::showHit(const QString &articlePath, qsizetype start, qsizetype end)
{
    openArticle(articlePath);
    if (!m_document || m_document->article().path != QFileInfo(articlePath).absoluteFilePath())
        return;
    const CodePointIndex &codePoints = m_document->codePoints();
    if (end > codePoints.codePointCount())
        return; // the article changed since it was searched
    const qsizetype from = codePoints.toUtf16(start);
    const qsizetype to = codePoints.toUtf16(end);
    m_reader->setSelection(from, to);
    m_reader->ensureVisible(from);
    m_reader->setFocus();
}

void MainWindow::tagAllOccurrences(bool acrossCorpus)
{
    if (!m_document)
        return;
    QString pattern;
    QString type = m_schema.entityTypes.isEmpty() ? QString() : m_schema.entityTypes.front().name;
    if (const Entity *entity = m_document->annotations()->entity(m_reader->selectedEntity())) {
        pattern = m_document->textOf(*entity);
        type = entity->type;
    } else if (m_reader->hasSelection()) {
        const auto [from, to] = m_tagger->taggableRange();
        pattern = m_document->text().mid(from, to - from);
    }
    TagAllDialog dialog(m_session, m_document, m_schema,
                        m_corpusPanel->indexer()->candidates(m_corpusPanel->listedArticles()), this);
    dialog.setPattern(pattern.simplified());
    dialog.setType(type);
    if (acrossCorpus)
        dialog.setScope(TagAllDialog::Scope::Corpus);
    connect(&dialog, &TagAllDialog::tagged, this, [this](int entities, int articles) {
        statusBar()->showMessage(InterfaceLocale::withDigits(tr("Tagged %n occurrence(s)", nullptr, entities)
                                                             + QStringLiteral(" · ")
                                                             + tr("in %n article(s)", nullptr, articles)),
                                 5000);
    });
    if (!pattern.trimmed().isEmpty())
        dialog.find();
    dialog.exec();
}

} // namespace Hashiya
