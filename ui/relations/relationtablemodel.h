// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articledocument.h" // QPointer needs the complete type
#include "model/relationrules.h"
#include "model/schema.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>

#include <memory>

class QTimer;

namespace Hashiya {

class RelationChecker;
class RelationIndex;

/// The relations of one article as a table, one row per relation in the set's order (by id): the text of
/// their ends, their type, the sentence they were read from and what is wrong with them. An adapter: it
/// follows the set's signals row by row, keeps only caches, and checks the relations once after each burst
/// of changes rather than for every row it paints.
class RelationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationTableModel)

public:
    enum Column {
        SourceColumn,
        TypeColumn,
        TargetColumn,
        SentenceColumn,
        AttributesColumn,
        NoteColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        RelationIdRole = Qt::UserRole + 1,
        TypeNameRole, ///< the relation type's name, as the sidecar stores it
        SearchTextRole, ///< every column's text, folded as SearchText::fold() does: what a filter matches
        HasViolationRole, ///< true if the relation breaks a rule of the schema or of the document
    };

    explicit RelationTableModel(QObject *parent = nullptr);
    ~RelationTableModel() override;

    /// Shows the relations of `document` (none if nullptr), checked against `schema`, which is copied;
    /// without a schema only the document's own rules apply (ends exist, no self links, no repeats).
    void setDocument(ArticleDocument *document, const Schema *schema);
    ArticleDocument *document() const { return m_document; }
    const Schema &schema() const { return m_schema; }

    QModelIndex indexOfRelation(const QString &id, int column = 0) const; ///< invalid if absent

    /// What the last check found, in relation order. A check runs just after every change of the
    /// relations or their ends; checkNow() runs a pending one at once.
    const QList<RelationViolation> &violations() const { return m_violations; }
    void checkNow();
    /// The messages of the last check for one relation; empty if it holds up.
    QStringList problemsOf(const QString &relationId) const { return m_problems.value(relationId); }

    /// The entity's text on one line, or a note that the article has no entity with this id.
    QString entityText(const QString &entityId) const;
    /// The type's label with its direction: an arrow from source to target, or ↔ for a symmetric type.
    QString typeText(const QString &type) const;
    /// "source — type — target": a relation named in one line.
    QString summary(const Relation &relation) const;

    /// True while the model follows a change of the document. Views move their current row then, so a
    /// listener can tell those moves from the analyst's.
    bool isUpdating() const { return m_updating; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The list of violations() changed.
    void violationsChanged();

private:
    // Texts that cost a look at the article or a fold to make, made when first asked for.
    struct RowCache
    {
        QString sentence;
        QString search;
        bool hasSentence = false;
        bool hasSearch = false;
    };

    QString displayText(const Relation &relation, int column) const;
    QString toolTip(const Relation &relation, int column) const;
    QString sentence(const Relation &relation) const;
    QString fullSentences(const Relation &relation) const;
    QString excerpt(qsizetype from, qsizetype to, qsizetype focus) const;
    QString attributeSummary(const Relation &relation) const;
    QString status(const Relation &relation) const;

    /// Checks these relations (and what they might repeat) on the next turn of the event loop.
    void scheduleCheck(const QStringList &relationIds);
    /// Checks every relation now; true if the violations changed. With `notifyRows`, views learn of each
    /// row whose status changed (not during a reset, which tells them about every row anyway).
    bool runCheck(bool notifyRows);
    void relationsChanged(const QStringList &ids);
    void emitRowChanged(qsizetype row, int firstColumn = 0, int lastColumn = ColumnCount - 1);

    void onRelationAboutToBeInserted(qsizetype index);
    void onRelationInserted(qsizetype index);
    void onRelationAboutToBeRemoved(qsizetype index);
    void onRelationRemoved();
    void onRelationChanged(qsizetype index);
    void onEntityChanged(qsizetype index);
    void onEntityAboutToBeRemoved(qsizetype index);
    void onEntityRemoved();
    void onAboutToBeReset();
    void onWasReset();
    void onDocumentDestroyed();

    QPointer<ArticleDocument> m_document;
    const AnnotationSet *m_set = nullptr;
    Schema m_schema;
    bool m_hasSchema = false;
    std::unique_ptr<RelationIndex> m_relationIndex;
    std::unique_ptr<RelationChecker> m_checker;
    QStringList m_pendingChecks; // relations an edit touched, for the next check
    QTimer *m_checkTimer;
    QList<RelationViolation> m_violations;
    QHash<QString, QStringList> m_problems; // relation id → what is wrong with it
    mutable QHash<QString, RowCache> m_cache; // by relation id
    mutable QIcon m_warningIcon;
    QString m_removedEntityId; // between an entity's about-to-be-removed and removed signals
    bool m_updating = false;
};

} // namespace Hashiya
