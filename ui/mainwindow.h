// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QPlainTextEdit;

namespace Hashiya {

class ArticleDocument;
class CorpusPanel;
class ProblemsPanel;

/// The reader window: the corpus on the left, the article in the middle, its problems below.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString &folder);
    void openArticle(const QString &path);
    void reopenLastCorpus();

    const ArticleDocument *document() const { return m_document.get(); }
    CorpusPanel *corpusPanel() const { return m_corpusPanel; }
    ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    QPlainTextEdit *articleView() const { return m_articleView; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void chooseFolder();
    void chooseArticle();
    void showDocument();
    void updateTitle();
    /// The corpus panel's "Mark as …": an undoable edit of the open document.
    void requestArticleStatus(const QString &path, const QString &status);
    /// The same for an article that is not open: opens it first, so the change is saved with it.
    void openArticleToSetStatus(const QString &path, const QString &status);

    QString m_corpusFolder;
    Schema m_schema;
    std::unique_ptr<ArticleDocument> m_document;
    QPlainTextEdit *m_articleView;
    CorpusPanel *m_corpusPanel;
    ProblemsPanel *m_problemsPanel;
    QDockWidget *m_corpusDock;
    QDockWidget *m_problemsDock;
    QLabel *m_countsLabel;
};

} // namespace Hashiya
