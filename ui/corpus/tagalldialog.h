// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema.h"
#include "search/corpussearch.h"
#include "text/keywordincontext.h"

#include <QDialog>
#include <QStringList>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Hashiya {

class ArticleDocument;
class DocumentSession;
class MatchOptionsMenu;

/// Tag all occurrences: finds a name (the selected entity's text, or what the analyst types) in the
/// article or in the whole corpus with the matching options shown, previews every hit in its context with
/// a check box — hits already tagged are marked and cannot be checked, hits overlapping another entity
/// are flagged and left unchecked — and tags the checked hits with one undo step per article. A hit tagged
/// with exactly its span but another type, once checked, changes that entity's type instead: over the
/// corpus, the dialog is the review of how one name is tagged everywhere, and fixes it in bulk.
class TagAllDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { Article, Corpus };

    /// `current` is the open article; `corpusArticles` the corpus list's articles, with what the corpus
    /// index knows of them (CorpusIndexer::candidates).
    TagAllDialog(DocumentSession *session, ArticleDocument *current, const Schema &schema,
                 std::vector<CorpusSearch::Candidate> corpusArticles, QWidget *parent = nullptr);

    void setPattern(const QString &pattern);
    void setType(const QString &type);
    void setScope(Scope scope);
    /// Looks for the pattern now and fills the preview.
    void find();
    /// Tags the checked hits; the number of entities added.
    int tagChecked();

    QTreeWidget *results() const { return m_results; }
    QPushButton *tagButton() const { return m_tagButton; }
    MatchOptionsMenu *matchOptions() const { return m_options; }

Q_SIGNALS:
    /// After tagging: how many entities in how many articles, for the status bar.
    void tagged(int entities, int articles);

private:
    struct Hit
    {
        qsizetype start = 0; // code points
        qsizetype end = 0;
        KeywordInContext context;
        enum class State { New, Tagged, Overlapping } state = State::New;
        QString note; // what it overlaps, or the type it already has
        QString retype; // an entity of exactly this span and another type: checked, it takes the type
    };
    struct ArticleHits
    {
        QString path;
        QString title;
        std::vector<Hit> hits;
    };

    ArticleDocument *documentFor(const QString &path);
    void classify(const ArticleDocument &document, std::vector<Hit> &hits) const;
    void fillResults();
    void updateCount();
    void setAllChecked(bool checked);

    DocumentSession *m_session;
    ArticleDocument *m_current;
    Schema m_schema;
    std::vector<CorpusSearch::Candidate> m_corpusArticles;
    std::vector<ArticleHits> m_found;
    QString m_foundType; // the type the preview was classified against

    QLineEdit *m_pattern;
    QComboBox *m_type;
    QComboBox *m_scope;
    MatchOptionsMenu *m_options;
    QTreeWidget *m_results;
    QLabel *m_count;
    QPushButton *m_tagButton;
};

} // namespace Hashiya
