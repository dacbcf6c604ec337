// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsession.h"

#include "io/documentfile.h"
#include "model/articledocument.h"

#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace Hashiya {

struct DocumentSession::Entry
{
    std::unique_ptr<ArticleDocument> document;
    QTimer timer;
    Problems problems;
};

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , m_annotator(DocumentFile::defaultAnnotator())
{
}

DocumentSession::~DocumentSession()
{
    saveAll();
}

DocumentSession::Entry *DocumentSession::entryFor(ArticleDocument *document) const
{
    for (const auto &entry : m_entries) {
        if (entry->document.get() == document)
            return entry.get();
    }
    return nullptr;
}

ArticleDocument *DocumentSession::open(const QString &path, const Schema *schema, Problems *problems)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if ((*it)->document->article().path == absolute) {
            *problems = (*it)->problems;
            std::rotate(it, it + 1, m_entries.end()); // most recently used goes last
            return m_entries.back()->document.get();
        }
    }
    DocumentFile::Opened opened = DocumentFile::open(absolute, schema);
    *problems = opened.problems;
    if (!opened.document)
        return nullptr;
    auto entry = std::make_unique<Entry>();
    entry->document = std::move(opened.document);
    entry->problems = opened.problems;
    entry->timer.setSingleShot(true);
    ArticleDocument *document = entry->document.get();
    connect(&entry->timer, &QTimer::timeout, this, [this, document] { saveNow(document); });
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this, document] {
        if (Entry *found = entryFor(document))
            scheduleSave(*found, saveDelayMs);
    });
    connect(document, &ArticleDocument::modifiedChanged, this,
            [this, document](bool modified) { Q_EMIT unsavedChanged(document, modified); });
    m_entries.push_back(std::move(entry));
    evictOldest();
    return document;
}

void DocumentSession::scheduleSave(Entry &entry, int delayMs)
{
    // Restarting the timer on each change writes once when the analyst pauses, not on every key.
    if (entry.document->isModified())
        entry.timer.start(delayMs);
}

bool DocumentSession::saveNow(ArticleDocument *document)
{
    Entry *entry = entryFor(document);
    if (!entry || !document->isModified())
        return true;
    entry->timer.stop();
    QString error;
    if (!DocumentFile::save(document, m_annotator, &error)) {
        scheduleSave(*entry, retryDelayMs);
        Q_EMIT saveFailed(document, error);
        return false;
    }
    Q_EMIT saved(document);
    return true;
}

bool DocumentSession::saveAll()
{
    bool allSaved = true;
    for (const auto &entry : m_entries)
        allSaved = saveNow(entry->document.get()) && allSaved;
    return allSaved;
}

bool DocumentSession::hasUnsavedChanges() const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const auto &entry) { return entry->document->isModified(); });
}

QList<ArticleDocument *> DocumentSession::documents() const
{
    QList<ArticleDocument *> list;
    for (const auto &entry : m_entries)
        list.append(entry->document.get());
    return list;
}

void DocumentSession::evictOldest()
{
    // Keep the last few; an article that cannot be saved stays open, so its changes are not lost.
    for (auto it = m_entries.begin(); qsizetype(m_entries.size()) > keptOpen && it + 1 != m_entries.end();) {
        if (saveNow((*it)->document.get()))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

bool DocumentSession::closeAll()
{
    if (!saveAll())
        return false;
    m_entries.clear();
    return true;
}

} // namespace Hashiya
