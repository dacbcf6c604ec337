// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace Hashiya {

class ArticleDocument;
class DocumentSession;
class SourceView;

/// View → Sidecar source: the open document's sidecar exactly as Hashiya writes it, following every
/// change, with the selected entity's or relation's line marked. A sidecar Hashiya will not write
/// (it has errors) is shown as it is on disk.
class SidecarSourcePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidecarSourcePanel)

public:
    /// How long after a change the view follows: long enough to take a burst of edits in one go.
    static constexpr int refreshDelayMs = 120;

    explicit SidecarSourcePanel(DocumentSession *session, QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    /// Marks the line of the entity or relation with this id; empty clears the mark.
    void setSelectedAnnotation(const QString &id);
    /// Shows the document's sidecar now (changes are otherwise shown refreshDelayMs later, and only
    /// while the panel is visible).
    void refresh();
    SourceView *view() const { return m_view; }

Q_SIGNALS:
    /// The analyst double-clicked the line of this entity or relation: the window shows it.
    void annotationActivated(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void markSelected();
    void activateLine(int line);

    DocumentSession *m_session;
    QPointer<ArticleDocument> m_document;
    QLabel *m_title;
    SourceView *m_view;
    QTimer *m_refreshTimer;
    QString m_selected;
    bool m_stale = true;
};

} // namespace Hashiya
