// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Hashiya {

class ArticleDocument;
class ReaderView;

/// Lists the entities that lost their text when the article was edited (orphans), with the text they
/// had, and attaches the chosen one to the passage selected in the reader.
class OrphanPanel final : public QWidget
{
    Q_OBJECT

public:
    OrphanPanel(ReaderView *reader, QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    QListWidget *list() const { return m_list; }
    QPushButton *attachButton() const { return m_attach; }

    /// Attaches the chosen orphan to the reader's selection, as one undo step.
    void attachToSelection();

Q_SIGNALS:
    /// Orphans appeared or went: the window shows or hides the panel.
    void countChanged(int count);

private:
    void rebuild();
    void updateButton();

    ReaderView *m_reader;
    ArticleDocument *m_document = nullptr;
    QLabel *m_hint;
    QListWidget *m_list;
    QPushButton *m_attach;
};

} // namespace Hashiya
