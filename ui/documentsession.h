// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace Hashiya {

class ArticleDocument;
struct Schema;

/// Keeps the analyst's work safe. Each change is written to the sidecar a moment later (atomically),
/// at once on request, and before an article is left or the window closes; a failed write is reported
/// straight away and retried, never dropped. Recently visited articles stay open, so their undo history
/// survives switching back and forth.
class DocumentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSession)

public:
    static constexpr int saveDelayMs = 800;
    static constexpr int retryDelayMs = 5000;
    static constexpr int keptOpen = 8;

    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    void setAnnotator(const QString &annotator) { m_annotator = annotator; }
    QString annotator() const { return m_annotator; }

    /// The article at `path`, opened now or kept from earlier. Null if it cannot be read; `problems`
    /// then says why (and otherwise lists what is wrong with its sidecar).
    ArticleDocument *open(const QString &path, const Schema *schema, Problems *problems);
    /// Forgets every open article (after saving them), e.g. when another corpus is opened.
    bool closeAll();

    /// Writes the document's sidecar now if it has unsaved changes. False, with saveFailed emitted, if
    /// that did not work.
    bool saveNow(ArticleDocument *document);
    /// Saves every document with unsaved changes; false if any could not be saved.
    bool saveAll();
    bool hasUnsavedChanges() const;
    QList<ArticleDocument *> documents() const;

Q_SIGNALS:
    void saved(ArticleDocument *document);
    void saveFailed(ArticleDocument *document, const QString &message);
    /// Unsaved changes appeared or were written: the window and the corpus list show it.
    void unsavedChanged(ArticleDocument *document, bool unsaved);

private:
    struct Entry;
    Entry *entryFor(ArticleDocument *document) const;
    void scheduleSave(Entry &entry, int delayMs);
    void evictOldest();

    QString m_annotator;
    std::vector<std::unique_ptr<Entry>> m_entries; // most recently used last
};

} // namespace Hashiya
