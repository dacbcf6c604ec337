// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/relation.h"
#include "model/schema.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Hashiya {

class ArticleDocument;
class AttributeForm;

/// The Edit decision of an adjudication: the gold item made by hand from one analyst's. For an entity:
/// its type, its first and last character (with the text they take, and the reader's selection offered),
/// its attributes and note. For a relation: its type, its direction, its attributes and note; its ends
/// stay the analysts'.
class GoldItemDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `selection`: the reader's selection in code points, offered as the entity's span.
    GoldItemDialog(const ArticleDocument &document, const Schema &schema, const Entity &proposed,
                   std::optional<Span> selection, QWidget *parent = nullptr);
    GoldItemDialog(const ArticleDocument &document, const Schema &schema, const Relation &proposed,
                   const Entity &from, const Entity &to, QWidget *parent = nullptr);

    Entity entity() const { return m_entity; }
    Relation relation() const { return m_relation; }

private:
    void build(const QStringList &types, const QString &type, bool relation);
    void showSpan();
    void showEnds();
    /// The spans the first and last character spin boxes give; nothing if they do not make one.
    std::optional<SpanList> spansChosen() const;

    const ArticleDocument &m_document;
    Schema m_schema;
    Entity m_entity;
    Relation m_relation;
    Entity m_from, m_to;
    QComboBox *m_type = nullptr;
    QSpinBox *m_first = nullptr;
    QSpinBox *m_last = nullptr;
    QLabel *m_text = nullptr;
    QCheckBox *m_reverse = nullptr;
    QLabel *m_ends = nullptr;
    AttributeForm *m_attributes = nullptr;
    QLineEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Hashiya
