// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/schema.h"

#include <QMainWindow>

#include <vector>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoGroup;

namespace Hashiya {

class AnnotationPanel;
class ArticleDocument;
class CorpusPanel;
class CompareWindow;
class ConflictsPanel;
class CorpusSearchPanel;
class DocumentGraphView;
class DocumentSession;
class ExchangeActions;
class FindBar;
class InstanceChannel;
class OpenRequest;
class OrphanPanel;
class ProblemsPanel;
class RecentArticles;
class ReaderView;
class RelationLinker;
class RelationPanel;
class SchemaSourcePanel;
class SidecarSourcePanel;
class Tagger;
class TypePalette;

/// The analyst's workspace: the corpus on the left, the article in the middle, its annotations on the
/// right, problems and history below. Owns the actions and their shortcuts; the work itself is done
/// by the reader, the tagger and the session that keeps documents saved.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString &folder);
    void openArticle(const QString &path);
    void reopenLastCorpus();
    /// The corpus the window opens when started with no paths; empty if none.
    static QString lastCorpus();
    /// Opens what the file manager, a drop or a second start hands over (mainwindowdesktop.cpp): their
    /// corpus, and the first article named on screen. Says in the status bar what could not be opened.
    /// False if nothing could.
    bool openPaths(const QStringList &paths);

    ArticleDocument *document() const { return m_document; }
    const Schema &schema() const { return m_schema; }
    ReaderView *reader() const { return m_reader; }
    Tagger *tagger() const { return m_tagger; }
    RelationLinker *linker() const { return m_linker; }
    CorpusPanel *corpusPanel() const { return m_corpusPanel; }
    AnnotationPanel *annotationPanel() const { return m_annotationPanel; }
    RelationPanel *relationPanel() const { return m_relationPanel; }
    DocumentGraphView *graphView() const { return m_graphView; }
    ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    OrphanPanel *orphanPanel() const { return m_orphanPanel; }
    ConflictsPanel *conflictsPanel() const { return m_conflictsPanel; }
    DocumentSession *session() const { return m_session; }
    FindBar *findBar() const { return m_findBar; }
    ExchangeActions *exchange() const { return m_exchange; }
    CorpusSearchPanel *corpusSearch() const { return m_searchPanel; }
    SidecarSourcePanel *sidecarSource() const { return m_sidecarSource; }
    SchemaSourcePanel *schemaSource() const { return m_schemaSource; }
    /// Opens Tag all occurrences for the selected entity (or the selection), as Edit → Tag all does; over
    /// the whole corpus, as Edit → Review a name across the corpus does.
    void tagAllOccurrences(bool acrossCorpus = false);
    /// Document → Compare with…: the open article beside its copies in `folders` (none: asks for one).
    /// Returns the compare window, or null when no article is open or no copy could be compared.
    CompareWindow *compareWithCopies(const QStringList &folders);
    /// The open corpus folder, or empty when only an article is open.
    QString corpusFolder() const { return m_corpusFolder; }
    RecentArticles *recentArticles() const { return m_recentArticles; }

protected:
    void closeEvent(QCloseEvent *event) override;
    // Articles, sidecars and folders dropped on the window open as if named on the command line.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    // The menus and the toolbar, one builder a menu (mainwindowmenus.cpp). The window owns every action.
    void createActions();
    void createFileMenu(QToolBar *toolbar);
    void createEditMenu(QToolBar *toolbar);
    void createDocumentMenu(QToolBar *toolbar);
    void createViewMenu();
    void createSettingsMenu();
    void createHelpMenu();
    /// Sets the reader's font and zoom, and the actions that hold a preference, as last chosen.
    void restorePreferences();
    void showKeyboardHelp();
    void chooseFolder();
    void chooseArticle();
    void showDocument(ArticleDocument *document, const Problems &problems);
    void updateTitle();
    void updateStatusBar();
    void updateDocumentActions();
    void setArticleStatus(const QString &path, const QString &status);
    /// Asks for the article's title (opening it first if need be).
    void askForTitle(const QString &path);
    void showEntity(const QString &id);
    void followSelectionInSources();
    void showHit(const QString &articlePath, qsizetype start, qsizetype end);
    void setDirectionMode(Qt::LayoutDirection mode);
    void setDarkPalette(bool dark);
    void chooseFont();
    void rememberCorpus(const QString &folder);
    void rebuildRecentMenu();
    static QStringList recentCorpora();
    // The window among the desktop's programs (mainwindowdesktop.cpp).
    void setUpDesktop();
    bool open(const OpenRequest &request);
    /// Listens for second starts on the corpus, or says it is open in another window too.
    void claimCorpus();
    void stopListening();
    void openRecentArticle(const QString &path);
    void onSaveFailed(ArticleDocument *document, const QString &message);
    void followOutsideChanges();
    void askAboutOutsideChange(ArticleDocument *document, const QString &summary);
    void restoreEarlierVersion();
    void showProblems(ArticleDocument *document, const Problems &problems);
    void showProblemsDock(bool shown);
    /// Document → Next conflict and Previous conflict: the Conflicts panel, on the next one.
    void stepConflict(bool forward);

    DocumentSession *m_session;
    ExchangeActions *m_exchange;
    QUndoGroup *m_undoGroup;
    ArticleDocument *m_document = nullptr;
    std::vector<qsizetype> m_lineStarts; // of the current article, for the status bar
    QString m_corpusFolder;
    Schema m_schema;

    ReaderView *m_reader;
    Tagger *m_tagger;
    RelationLinker *m_linker;
    FindBar *m_findBar;
    TypePalette *m_palette;
    CorpusPanel *m_corpusPanel;
    AnnotationPanel *m_annotationPanel;
    RelationPanel *m_relationPanel;
    DocumentGraphView *m_graphView;
    ProblemsPanel *m_problemsPanel;
    OrphanPanel *m_orphanPanel;
    ConflictsPanel *m_conflictsPanel;
    CorpusSearchPanel *m_searchPanel;
    SidecarSourcePanel *m_sidecarSource;
    SchemaSourcePanel *m_schemaSource;
    QDockWidget *m_corpusDock = nullptr;
    QDockWidget *m_annotationDock = nullptr;
    QDockWidget *m_relationDock = nullptr;
    QDockWidget *m_graphDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_orphanDock = nullptr;
    QDockWidget *m_conflictsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_sidecarSourceDock = nullptr;
    QDockWidget *m_schemaSourceDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    RecentArticles *m_recentArticles = nullptr;
    InstanceChannel *m_instance = nullptr;
    QActionGroup *m_directionGroup = nullptr;
    QAction *m_nextDirectionAction = nullptr;
    QActionGroup *m_statusGroup = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_titleAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_snapAction = nullptr;
    QAction *m_snapNamesAction = nullptr;
    QAction *m_wrapAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_arcsAction = nullptr;
    QLabel *m_positionLabel;
    QLabel *m_countsLabel;
    int m_relationProblems = 0; // as the relations panel last counted them
    QLabel *m_saveLabel;
};

} // namespace Hashiya
