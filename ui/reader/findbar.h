// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/searchtext.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;

namespace Hashiya {

class ArticleDocument;
class ReaderView;

/// Find in the open article (Ctrl+F): the next and previous match, and how many there are. Ignores
/// case (Turkish dotted and dotless i too) and Arabic harakat; see SearchText.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ReaderView *view, QWidget *parent = nullptr);

    /// Shows the bar with the selection (if short) as the text to find, and focuses it.
    void activate();
    void findNext();
    void findPrevious();
    qsizetype matchCount() const { return qsizetype(m_matches.size()); }
    QLineEdit *lineEdit() const { return m_input; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void showMatch(qsizetype index);

    ReaderView *m_view;
    QLineEdit *m_input;
    QLabel *m_count;
    std::vector<std::pair<qsizetype, qsizetype>> m_matches; // UTF-16 [from, to)
    qsizetype m_current = -1;
    QPointer<const ArticleDocument> m_searched; // the article m_searchText was made from
    SearchText m_searchText;
};

} // namespace Hashiya
