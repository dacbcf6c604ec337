// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace Hashiya {

struct Schema;

/// The attribute rows of an annotation editor: a list of values or a text field for each attribute the
/// schema defines for the annotation's type, and each attribute it holds outside the schema, flagged,
/// with a button that removes it. Edits come out as attributeEdited; the editor turns them into undo
/// commands, and shows the result by calling setAnnotation again.
class AttributeForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributeForm)

public:
    /// What the attributes belong to: it names the editors ("attribute:NAME" or
    /// "relationAttribute:NAME") and the removal tooltips.
    enum class Owner { Entity, Relation };

    explicit AttributeForm(Owner owner, QWidget *parent = nullptr);

    /// The schema stays the caller's and must outlive the form (or be replaced first).
    void setSchema(const Schema *schema) { m_schema = schema; }
    /// Shows the attributes of an annotation of `type`. The rows are built again only when the type
    /// or the attributes outside the schema changed; otherwise only their values follow.
    void setAnnotation(const QString &type, const Attributes &attributes);
    void clear();
    void setEditable(bool editable);
    /// Sends out text typed into a field but not yet confirmed.
    void commitPending();
    /// The editors in reading order, for the tab chain.
    const QList<QWidget *> &editors() const { return m_editors; }

Q_SIGNALS:
    /// An empty `value` removes the attribute.
    void attributeEdited(const QString &name, const QString &value);
    /// The rows were built again: editors() changed.
    void rowsRebuilt();

private:
    void rebuild(const QString &type, const QStringList &extra, const Attributes &attributes);
    void addRow(const QString &label, QWidget *field);
    void updateValues(const Attributes &attributes);
    void commitLine(const QString &name, QLineEdit *line);

    Owner m_owner;
    const Schema *m_schema = nullptr;
    QFormLayout *m_form;
    bool m_built = false;
    QString m_shownType; // what the rows were built for
    QStringList m_shownExtra;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLineEdit *> m_lines;
    QList<QWidget *> m_editors;
    bool m_editable = true;
};

} // namespace Hashiya
