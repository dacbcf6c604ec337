// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/conflictresolution.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Hashiya {

class ArticleDocument;
class ReaderView;

/// The conflicts a git merge left in the open article, one row each in words. Choosing a row shows its
/// item in the reader (for a disagreement about the text, the other side's text selected beside the
/// entity), and the two buttons keep what the merged file holds or take the other side, each one undo step.
class ConflictsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPanel(ReaderView *reader, QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    QListWidget *list() const { return m_list; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *otherButton() const { return m_other; }

    /// Moves to the next conflict (the previous one if `forward` is false), round the end of the list, and
    /// shows it in the reader. False if there is none.
    bool step(bool forward = true);
    /// Resolves the chosen conflict as `choice` says.
    void resolve(ConflictResolution::Choice choice);

Q_SIGNALS:
    /// Conflicts appeared or went: the window shows the panel while there are any.
    void countChanged(int count);

private:
    void rebuild();
    void showCurrent();
    void updateButtons();

    ReaderView *m_reader;
    ArticleDocument *m_document = nullptr;
    QLabel *m_hint;
    QListWidget *m_list;
    QLabel *m_details;
    QPushButton *m_keep;
    QPushButton *m_other;
};

} // namespace Hashiya
