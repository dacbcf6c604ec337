// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and toolbar, one builder a menu, and the preferences their actions hold. The
// window owns every action; the builders only make them and say where they go.
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "ui/corpus/corpussearchpanel.h"
#include "ui/desktop/recentarticles.h"
#include "ui/digitsmenu.h"
#include "ui/exchangeactions.h"
#include "ui/languagerestart.h"
#include "ui/reader/entityremoval.h"
#include "ui/reader/findbar.h"
#include "ui/reader/readerview.h"
#include "ui/reader/tagger.h"
#include "ui/reader/typepalette.h"
#include "ui/relations/relationlinker.h"
#include "ui/source/sourcecoloursmenu.h"
#include "ui/source/sourcehighlighter.h"
#include "ui/uilanguage.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/themeicon.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFontDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <functional>

#include "mainwindow.h"

namespace Hashiya {
namespace {

// The preferences the menus' actions hold, each declared once next to its use.
const QString fontKey = QStringLiteral("reader/font");
const QString zoomKey = QStringLiteral("reader/zoom");
const QString wrapKey = QStringLiteral("reader/wrap");
const QString darkKey = QStringLiteral("reader/dark");
const QString arcsKey = QStringLiteral("reader/arcs");
const QString snapKey = QStringLiteral("tagging/snapToWords");
const QString snapNamesKey = QStringLiteral("tagging/snapToNames");

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 225), disabled(130, 130, 130);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Highlight, QColor(64, 110, 180));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(110, 160, 240));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

QString statusLabel(const QString &status)
{
    if (status == u"in-progress")
        return MainWindow::tr("In progress");
    if (status == u"done")
        return MainWindow::tr("Done");
    return MainWindow::tr("New");
}

} // namespace

void MainWindow::createActions()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // In this order: it is the order of the menu bar and of the toolbar's buttons.
    createFileMenu(toolbar);
    createEditMenu(toolbar);
    createDocumentMenu(toolbar);
    createViewMenu();
    createSettingsMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu(QToolBar *toolbar)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const QIcon folderIcon = ThemeIcon::icon(QStringLiteral("document-open-folder"), QStyle::SP_DirOpenIcon);
    QAction *openFolder = file->addAction(folderIcon, tr("Open &folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence::Open);
    const QIcon fileIcon = ThemeIcon::icon(QStringLiteral("document-open"), QStyle::SP_FileIcon);
    QAction *openFile = file->addAction(fileIcon, tr("Open &article…"), this, &MainWindow::chooseArticle);
    openFile->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QMenu *recentArticles = file->addMenu(tr("Open recent ar&ticle"));
    recentArticles->setObjectName(QStringLiteral("recentArticlesMenu"));
    m_recentArticles = new RecentArticles(recentArticles, this);
    connect(m_recentArticles, &RecentArticles::articleChosen, this, &MainWindow::openRecentArticle);
    m_recentMenu = file->addMenu(tr("&Recent corpora"));
    m_recentMenu->setObjectName(QStringLiteral("recentCorporaMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    const QIcon saveIcon = ThemeIcon::icon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton);
    m_saveAction = file->addAction(saveIcon, tr("&Save now"), this, [this] {
        if (m_document && m_session->hasPendingOutsideChange(m_document))
            askAboutOutsideChange(m_document, tr("Its sidecar was changed by another program."));
        if (m_document && m_session->saveNow(m_document))
            statusBar()->showMessage(tr("Saved %1").arg(m_document->article().sidecarPath()), 3000);
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Annotations are saved automatically; this saves at once (Ctrl+S)"));
    m_restoreAction = file->addAction(tr("Restore &earlier version…"), this, &MainWindow::restoreEarlierVersion);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setIcon(ThemeIcon::icon(QStringLiteral("document-revert")));
    m_restoreAction->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_restoreAction->setToolTip(tr("Put back a version of this article's sidecar kept before Hashiya rewrote it "
                                   "by itself or replaced another program's version"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"), m_exchange, &ExchangeActions::exportAnnotations);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setIcon(ThemeIcon::icon(QStringLiteral("document-export")));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(tr("Write annotated articles as brat, JSONL, CoNLL, W3C, CSV, GraphML or Label Studio"));
    QAction *importAction = file->addAction(tr("&Import…"), m_exchange, &ExchangeActions::importAnnotations);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setIcon(ThemeIcon::icon(QStringLiteral("document-import")));
    importAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    importAction->setToolTip(tr("Turn brat, doccano or Label Studio files into articles with sidecars"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // QKeySequence::Quit is empty on some desktops.
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setIcon(ThemeIcon::icon(QStringLiteral("application-exit")));
    toolbar->addAction(openFolder);
    toolbar->addAction(m_saveAction);
}

void MainWindow::createEditMenu(QToolBar *toolbar)
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    // The theme's curved arrows, not the style's back and forward, which read as a browser's.
    undo->setIcon(ThemeIcon::icon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(ThemeIcon::icon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward));
    edit->addAction(undo);
    edit->addAction(redo);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    find->setIcon(ThemeIcon::icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView));
    QAction *findNext = edit->addAction(tr("Find &next"), m_findBar, &FindBar::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find &previous"), m_findBar, &FindBar::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    QAction *next = edit->addAction(tr("Next entity"), this, [this] { m_tagger->selectNext(true); });
    next->setShortcut(QKeySequence(Qt::Key_Tab));
    next->setShortcutContext(Qt::WidgetShortcut); // the reader handles Tab itself; shown for discovery
    QAction *previous = edit->addAction(tr("Previous entity"), this, [this] { m_tagger->selectNext(false); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Tab));
    previous->setShortcutContext(Qt::WidgetShortcut);
    QAction *remove = edit->addAction(tr("Remove entity or relation"), this, [this] { m_tagger->removeSelected(); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    remove->setIcon(ThemeIcon::icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon));
    QAction *fragment = edit->addAction(tr("Add selection to entity"), this, [this] { m_tagger->addFragment(); });
    fragment->setShortcut(QKeySequence(Qt::Key_Plus));
    fragment->setShortcutContext(Qt::WidgetShortcut);
    QAction *link = edit->addAction(tr("Link to another entity…"), this, [this] {
        m_reader->setFocus();
        m_linker->start();
    });
    link->setShortcut(QKeySequence(Qt::Key_R));
    link->setShortcutContext(Qt::WidgetShortcut); // the reader handles R itself
    edit->addSeparator();
    QAction *tagAll = edit->addAction(tr("&Tag all occurrences…"), this, &MainWindow::tagAllOccurrences);
    tagAll->setObjectName(QStringLiteral("tagAllAction"));
    tagAll->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    QAction *review = edit->addAction(tr("&Review a name across the corpus…"), this, [this] { tagAllOccurrences(true); });
    review->setObjectName(QStringLiteral("reviewNameAction"));
    review->setShortcut(QKeySequence(tr("Ctrl+Alt+M")));
    review->setToolTip(tr("Every occurrence of the selected entity's name in the corpus, and how each is tagged: "
                          "check the untagged to tag them, those of another type to change it"));
    QAction *searchCorpus = edit->addAction(tr("Search the &corpus…"), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        const QString selected = m_reader->hasSelection() ? m_reader->selectedText() : QString();
        if (!selected.isEmpty() && selected.size() < 100)
            m_searchPanel->setPattern(selected);
        m_searchPanel->patternEdit()->setFocus();
        m_searchPanel->patternEdit()->selectAll();
    });
    searchCorpus->setShortcut(QKeySequence(tr("Ctrl+Alt+F")));
}

void MainWindow::createDocumentMenu(QToolBar *toolbar)
{
    QMenu *documentMenu = menuBar()->addMenu(tr("&Document"));
    QMenu *statusMenu = documentMenu->addMenu(tr("&Status"));
    m_statusGroup = new QActionGroup(this);
    const QStringList shortcuts = {tr("Ctrl+1"), tr("Ctrl+2"), tr("Ctrl+3")};
    for (qsizetype i = 0; i < SidecarInfo::statuses().size(); ++i) {
        const QString status = SidecarInfo::statuses()[i];
        QAction *action = statusMenu->addAction(statusLabel(status), this, [this, status] {
            if (m_document)
                setArticleStatus(m_document->article().path, status);
        });
        action->setCheckable(true);
        action->setData(status);
        action->setShortcut(QKeySequence(shortcuts[i]));
        m_statusGroup->addAction(action);
    }
    m_titleAction = documentMenu->addAction(tr("Set &title…"), this, [this] {
        if (m_document)
            askForTitle(m_document->article().path);
    });
    m_titleAction->setObjectName(QStringLiteral("setTitleAction"));
    m_titleAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_compareAction = documentMenu->addAction(tr("&Compare with another analyst's copy…"), this, [this] {
        compareWithCopies({});
    });
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
    m_compareAction->setToolTip(tr("This article beside the same article in another analyst's copy of the corpus"));
    QAction *nextConflict = documentMenu->addAction(tr("N&ext conflict"), this, [this] { stepConflict(true); });
    nextConflict->setObjectName(QStringLiteral("nextConflictAction"));
    nextConflict->setShortcut(QKeySequence(tr("F7")));
    nextConflict->setToolTip(tr("The next change a git merge found made on both sides, to keep one side"));
    QAction *previousConflict =
        documentMenu->addAction(tr("Pre&vious conflict"), this, [this] { stepConflict(false); });
    previousConflict->setObjectName(QStringLiteral("previousConflictAction"));
    previousConflict->setShortcut(QKeySequence(tr("Shift+F7")));
    QMenu *direction = documentMenu->addMenu(tr("Text &direction"));
    m_directionGroup = new QActionGroup(this);
    m_directionGroup->setObjectName(QStringLiteral("directionGroup"));
    const std::pair<Qt::LayoutDirection, QString> directions[] = {
        {Qt::LayoutDirectionAuto, tr("&Automatic (each paragraph by its first letter)")},
        {Qt::LeftToRight, tr("&Left to right")},
        {Qt::RightToLeft, tr("&Right to left")}};
    for (const auto &[mode, label] : directions) {
        QAction *action = direction->addAction(label, this, [this, mode = mode] { setDirectionMode(mode); });
        action->setCheckable(true);
        action->setData(int(mode));
        m_directionGroup->addAction(action);
    }
    direction->addSeparator();
    // One key walks through the three: automatic, right to left, left to right.
    m_nextDirectionAction = direction->addAction(tr("&Next direction"), this, [this] {
        const Qt::LayoutDirection mode = m_reader->directionMode();
        setDirectionMode(mode == Qt::LayoutDirectionAuto ? Qt::RightToLeft
                             : mode == Qt::RightToLeft   ? Qt::LeftToRight
                                                         : Qt::LayoutDirectionAuto);
        for (QAction *action : m_directionGroup->actions()) {
            if (action->isChecked())
                statusBar()->showMessage(tr("Text direction: %1").arg(action->text().remove(u'&')), 3000);
        }
    });
    m_nextDirectionAction->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    m_snapAction = documentMenu->addAction(tr("S&nap selections to words"));
    m_snapAction->setCheckable(true);
    m_snapAction->setToolTip(tr("Tag whole words (hold Alt while selecting to tag exact characters)"));
    m_snapAction->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    connect(m_snapAction, &QAction::toggled, this, [this](bool snap) {
        m_tagger->setSnapToWords(snap);
        QSettings().setValue(snapKey, snap);
    });
    m_snapNamesAction = documentMenu->addAction(tr("Snap to &names (leave out suffixes and proclitics)"));
    m_snapNamesAction->setCheckable(true);
    m_snapNamesAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_snapNamesAction->setToolTip(
        tr("A selection of “Ankara'da” tags “Ankara”, of “والقاهرة” tags “القاهرة”; Alt+Shift+arrows then move the "
           "end by one suffix, Ctrl+Alt+Shift+arrows the start by one proclitic"));
    connect(m_snapNamesAction, &QAction::toggled, this, [this](bool snap) {
        m_tagger->setSnapToNames(snap);
        QSettings().setValue(snapNamesKey, snap);
    });
    toolbar->addSeparator();
    toolbar->addAction(m_snapAction);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] {
        m_reader->setZoom(m_reader->zoom() + 10);
        QSettings().setValue(zoomKey, m_reader->zoom());
    });
    zoomIn->setIcon(ThemeIcon::icon(QStringLiteral("zoom-in")));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] {
        m_reader->setZoom(m_reader->zoom() - 10);
        QSettings().setValue(zoomKey, m_reader->zoom());
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setIcon(ThemeIcon::icon(QStringLiteral("zoom-out")));
    QAction *zoomReset = view->addAction(tr("&Actual size"), this, [this] {
        m_reader->setZoom(100);
        QSettings().setValue(zoomKey, 100);
    });
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));
    zoomReset->setIcon(ThemeIcon::icon(QStringLiteral("zoom-original")));
    view->addAction(tr("&Font…"), this, &MainWindow::chooseFont)->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_wrapAction = view->addAction(tr("&Wrap lines"));
    m_wrapAction->setCheckable(true);
    m_wrapAction->setShortcut(QKeySequence(tr("Alt+Z")));
    connect(m_wrapAction, &QAction::toggled, this, [this](bool wrap) {
        m_reader->setWordWrap(wrap);
        QSettings().setValue(wrapKey, wrap);
    });
    m_darkAction = view->addAction(tr("&Dark colours"));
    m_darkAction->setObjectName(QStringLiteral("darkAction"));
    m_darkAction->setCheckable(true);
    m_darkAction->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkPalette);
    m_arcsAction = view->addAction(tr("Relation &arcs"));
    m_arcsAction->setCheckable(true);
    m_arcsAction->setChecked(true);
    m_arcsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(m_arcsAction, &QAction::toggled, this, [this](bool visible) {
        m_reader->setArcsVisible(visible);
        QSettings().setValue(arcsKey, visible);
    });
    view->addSeparator();
    for (QDockWidget *dock : {m_corpusDock, m_annotationDock, m_relationDock, m_graphDock, m_searchDock, m_problemsDock,
                              m_orphanDock, m_conflictsDock, m_historyDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_sidecarSourceDock->toggleViewAction());
    view->addAction(m_schemaSourceDock->toggleViewAction());
    m_sidecarSourceDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+J")));
    m_schemaSourceDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_graphDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    m_searchDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    m_relationDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_corpusDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_annotationDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    m_problemsDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_orphanDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    m_conflictsDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    view->addAction(m_palette->toggleViewAction());
    m_palette->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
}

void MainWindow::createSettingsMenu()
{
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    languages->setObjectName(QStringLiteral("languageGroup"));
    const QString chosen = UiLanguage::saved();
    auto *restart = new LanguageRestart(this);
    for (const QString &code : UiLanguage::codes()) {
        QAction *language = languageMenu->addAction(UiLanguage::displayName(code));
        language->setObjectName(QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code));
        language->setCheckable(true);
        language->setChecked(code == chosen);
        languages->addAction(language);
        connect(language, &QAction::triggered, restart, [restart, code] { restart->chooseLanguage(code); });
    }
    // "Don't ask again" is taken back here.
    QAction *askBeforeDeleting = settingsMenu->addAction(tr("&Ask before deleting relations with notes or attributes"));
    askBeforeDeleting->setObjectName(QStringLiteral("askBeforeDeletingAction"));
    askBeforeDeleting->setCheckable(true);
    askBeforeDeleting->setChecked(EntityRemoval::asks());
    connect(settingsMenu, &QMenu::aboutToShow, askBeforeDeleting,
            [askBeforeDeleting] { askBeforeDeleting->setChecked(EntityRemoval::asks()); });
    connect(askBeforeDeleting, &QAction::triggered, this, [](bool ask) { EntityRemoval::setAsks(ask); });
    auto *digits = new DigitsMenu(settingsMenu);
    settingsMenu->addMenu(digits);
    settingsMenu->addMenu(new SourceColoursMenu(settingsMenu));
    connect(digits, &DigitsMenu::digitsChanged, this, [this] {
        // Lists ask their models again when painted; the status bar is written anew.
        updateStatusBar();
        for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
            view->viewport()->update();
    });
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showKeyboardHelp);
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setIcon(ThemeIcon::icon(QStringLiteral("help-keyboard-shortcuts"), QStyle::SP_DialogHelpButton));
    if (keys->shortcut().isEmpty())
        keys->setShortcut(QKeySequence(tr("F1")));
    help->addAction(tr("&About Hashiya"), this, [this] {
        QMessageBox::about(this, tr("About Hashiya"),
                           tr("<h3>Hashiya %1</h3><p>Read and annotate multilingual news.</p>"
                              "<p>Qt %2. Source views coloured by %3.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                    SourceHighlighter::backendDescription().toHtmlEscaped()));
    });
}

void MainWindow::restorePreferences()
{
    QSettings settings;
    QFont font = m_reader->textFont();
    if (settings.contains(fontKey) && font.fromString(settings.value(fontKey).toString()))
        m_reader->setTextFont(font);
    m_reader->setZoom(settings.value(zoomKey, 100).toInt());
    m_wrapAction->setChecked(settings.value(wrapKey, true).toBool());
    m_snapAction->setChecked(settings.value(snapKey, true).toBool());
    m_snapNamesAction->setChecked(settings.value(snapNamesKey, true).toBool());
    m_darkAction->setChecked(settings.value(darkKey, false).toBool());
    m_arcsAction->setChecked(settings.value(arcsKey, true).toBool());
}

void MainWindow::setDarkPalette(bool dark)
{
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    ThemeIcon::setDarkColours(dark);
    QSettings().setValue(darkKey, dark);
}

void MainWindow::chooseFont()
{
    bool ok = false;
    const QFont font = QFontDialog::getFont(&ok, m_reader->textFont(), this, tr("Reading font"));
    if (!ok)
        return;
    m_reader->setTextFont(font);
    QSettings().setValue(fontKey, font.toString());
}

void MainWindow::showKeyboardHelp()
{
    QString typeRows;
    for (const EntityType &type : m_schema.entityTypes)
        typeRows +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(type.key.toUpper().toHtmlEscaped(), type.label(InterfaceLocale::language()).toHtmlEscaped());
    // The commands are read from the menus, so the list cannot drift from what the keys do.
    QString commandRows;
    const std::function<void(const QMenu *, const QString &)> list = [&](const QMenu *menu, const QString &path) {
        for (QAction *action : menu->actions()) {
            const QString name = path + action->text().remove(u'&');
            if (action->menu())
                list(action->menu(), name + QStringLiteral(" → "));
            else if (!action->shortcut().isEmpty())
                commandRows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                   .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                                        name.toHtmlEscaped());
        }
    };
    for (QAction *action : menuBar()->actions())
        list(action->menu(), action->text().remove(u'&') + QStringLiteral(" → "));

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *text = new QTextBrowser(&dialog);
    text->setObjectName(QStringLiteral("keyboardHelp"));
    text->setHtml(
        tr("<h3>Tagging</h3><p>Select text, then press a type's key. With an entity selected (click it, or Tab / "
           "Shift+Tab), a type key changes its type, Delete removes it, Shift+arrows move its end and "
           "Ctrl+Shift+arrows its start, Alt+Shift+arrows take in or give back a suffix at its end and "
           "Ctrl+Alt+Shift+arrows a proclitic at its start, and + adds the selected text to it as another "
           "fragment. Hold Alt while selecting to tag exact "
           "characters.</p><table>%1</table><h3>Commands</h3><table>%2</table>")
            .arg(typeRows, commandRows));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(560, 640);
    dialog.exec();
}

} // namespace Hashiya
