// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "io/corpus.h"
#include "io/documentfile.h"
#include "io/schemareader.h"
#include "model/documentcommands.h"
#include "ui/corpuspanel.h"
#include "ui/problemspanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>

namespace Hashiya {
namespace {

const QString lastCorpusKey = QStringLiteral("corpus/last");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_schema(SchemaReader::defaultSchema())
    , m_articleView(new QPlainTextEdit(this))
    , m_corpusPanel(new CorpusPanel(this))
    , m_problemsPanel(new ProblemsPanel(this))
    , m_corpusDock(new QDockWidget(tr("Corpus"), this))
    , m_problemsDock(new QDockWidget(tr("Problems"), this))
    , m_countsLabel(new QLabel(this))
{
    m_articleView->setReadOnly(true);
    m_articleView->setFrameShape(QFrame::NoFrame);
    QFont font = m_articleView->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_articleView->setFont(font);
    setCentralWidget(m_articleView);

    m_corpusDock->setObjectName(QStringLiteral("corpusDock"));
    m_corpusDock->setWidget(m_corpusPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_corpusDock);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_corpusPanel, &CorpusPanel::articleActivated, this, &MainWindow::openArticle);
    connect(m_corpusPanel, &CorpusPanel::statusRequested, this, &MainWindow::requestArticleStatus);
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(stateKey).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("Open &folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence::Open);
    QAction *openFile = file->addAction(tr("Open &article…"), this, &MainWindow::chooseArticle);
    openFile->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_corpusDock->toggleViewAction());
    view->addAction(m_problemsDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hashiya"), this, [this] {
        QMessageBox::about(this, tr("About Hashiya"),
                           tr("<h3>Hashiya %1</h3><p>Read and annotate multilingual news.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
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
    const QStringList articles = Corpus::findArticles(folder);
    if (articles.isEmpty()) {
        QMessageBox::information(
            this, tr("No articles"),
            tr("The folder %1 holds no articles (.txt files).").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_corpusFolder = QFileInfo(folder).absoluteFilePath();
    const Corpus::SchemaChoice choice = Corpus::schemaFor(m_corpusFolder);
    m_schema = choice.schema;
    m_corpusPanel->setCorpus(m_corpusFolder, articles);
    QSettings().setValue(lastCorpusKey, m_corpusFolder);
    if (!choice.problems.isEmpty()) {
        m_problemsPanel->setProblems(choice.problems);
        m_problemsDock->show();
    }
    openArticle(articles.first());
}

void MainWindow::reopenLastCorpus()
{
    const QString last = QSettings().value(lastCorpusKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        openFolder(last);
}

void MainWindow::openArticle(const QString &path)
{
    DocumentFile::Opened opened = DocumentFile::open(path, &m_schema);
    m_problemsPanel->setProblems(opened.problems);
    m_problemsDock->setVisible(!opened.problems.isEmpty());
    if (!opened.document) {
        QMessageBox::warning(this, tr("Cannot open article"), opened.problems.value(0).toString());
        return;
    }
    if (m_document && m_document->isModified()) { // its changes are dropped: the panel shows the saved state
        m_corpusPanel->setUnsaved(m_document->article().path, false);
        m_corpusPanel->refreshArticle(m_document->article().path);
    }
    m_document = std::move(opened.document);
    const QString articlePath = m_document->article().path;
    connect(m_document.get(), &ArticleDocument::modifiedChanged, m_corpusPanel,
            [panel = m_corpusPanel, articlePath](bool modified) { panel->setUnsaved(articlePath, modified); });
    connect(
        m_document.get(), &ArticleDocument::statusChanged, m_corpusPanel,
        [panel = m_corpusPanel, articlePath](const QString &status) { panel->setArticleStatus(articlePath, status); });
    m_corpusPanel->setCurrentArticle(articlePath);
    showDocument();
}

void MainWindow::requestArticleStatus(const QString &path, const QString &status)
{
    if (!m_document || m_document->article().path != path) {
        openArticleToSetStatus(path, status);
        return;
    }
    if (!m_document->execute(new SetStatusCommand(m_document.get(), status)))
        statusBar()->showMessage(tr("The status was not changed: the sidecar has errors (see Problems)"));
}

void MainWindow::openArticleToSetStatus(const QString &path, const QString &status)
{
    openArticle(path);
    if (m_document && m_document->article().path == path)
        requestArticleStatus(path, status);
}

void MainWindow::showDocument()
{
    m_articleView->setPlainText(m_document->text());
    const AnnotationSet *annotations = m_document->annotations();
    m_countsLabel->setText(tr("%n entity(ies)", nullptr, int(annotations->entityCount())) + u" · "
                           + tr("%n relation(s)", nullptr, int(annotations->relationCount())));
    if (m_document->isReadOnly())
        statusBar()->showMessage(tr("Read-only: the sidecar has errors (see Problems)"));
    else
        statusBar()->clearMessage();
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_document ? m_document->article().fileName() : QString();
    setWindowTitle(name.isEmpty() ? tr("Hashiya") : tr("%1 — Hashiya").arg(name));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace Hashiya
