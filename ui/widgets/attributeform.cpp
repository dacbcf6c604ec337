// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributeform.h"

#include "model/schema.h"
#include "ui/widgets/interfacelocale.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace Hashiya {

namespace {

QString attributeLabel(const AttributeDefinition &definition)
{
    return definition.label(InterfaceLocale::language());
}

} // namespace

AttributeForm::AttributeForm(Owner owner, QWidget *parent)
    : QWidget(parent)
    , m_owner(owner)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
}

void AttributeForm::setAnnotation(const QString &type, const Attributes &attributes)
{
    QStringList extra;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const AttributeDefinition *definition = m_schema ? m_schema->attribute(it.key()) : nullptr;
        if (!definition || !Schema::appliesTo(*definition, type))
            extra.append(it.key());
    }
    if (!m_built || type != m_shownType || extra != m_shownExtra) {
        rebuild(type, extra, attributes);
    }
    updateValues(attributes);
}

void AttributeForm::rebuild(const QString &type, const QStringList &extra, const Attributes &attributes)
{
    clear();
    m_built = true;
    m_shownType = type;
    m_shownExtra = extra;
    const bool relation = m_owner == Owner::Relation;
    if (m_schema) {
        for (const AttributeDefinition &definition : std::as_const(m_schema->attributes)) {
            if (!Schema::appliesTo(definition, type))
                continue;
            const QString name = definition.name;
            QWidget *editor = nullptr;
            if (definition.values.isEmpty()) {
                auto *line = new QLineEdit(this);
                connect(line, &QLineEdit::editingFinished, this, [this, name, line] { commitLine(name, line); });
                m_lines.insert(name, line);
                editor = line;
            } else {
                auto *combo = new QComboBox(this);
                connect(combo, &QComboBox::activated, this, [this, name, combo](int index) {
                    Q_EMIT attributeEdited(name, combo->itemData(index).toString());
                });
                m_combos.insert(name, combo);
                editor = combo;
            }
            editor->setObjectName((relation ? QStringLiteral("relationAttribute:") : QStringLiteral("attribute:"))
                                  + name);
            m_editors.append(editor);
            addRow(tr("%1:").arg(attributeLabel(definition)), editor);
        }
    }

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &name : std::as_const(m_shownExtra)) {
        const AttributeDefinition *definition = m_schema ? m_schema->attribute(name) : nullptr;
        const QString why = definition ? tr("Attribute %1 does not apply to type %2").arg(name, type)
                                       : tr("The schema has no attribute %1").arg(name);
        auto *row = new QWidget(this);
        row->setObjectName((relation ? QStringLiteral("relationExtraAttribute:") : QStringLiteral("extraAttribute:"))
                           + name);
        row->setToolTip(why);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(warning.pixmap(14, 14));
        auto *value = new QLabel(attributes.value(name), row);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *remove = new QToolButton(row);
        remove->setText(tr("Remove"));
        remove->setToolTip(relation ? tr("Remove attribute %1 from this relation").arg(name)
                                    : tr("Remove attribute %1 from this entity").arg(name));
        connect(remove, &QToolButton::clicked, this, [this, name] { Q_EMIT attributeEdited(name, {}); });
        layout->addWidget(icon);
        layout->addWidget(value, 1);
        layout->addWidget(remove);
        m_editors.append(remove);
        addRow(tr("%1:").arg(name), row);
    }
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(m_editable);
    Q_EMIT rowsRebuilt();
}

void AttributeForm::addRow(const QString &label, QWidget *field)
{
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    m_form->addRow(labelWidget, field);
    // A layout shows new widgets on its next turn; shown now, they are in the tab chain at once.
    labelWidget->show();
    field->show();
}

void AttributeForm::updateValues(const Attributes &attributes)
{
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const AttributeDefinition *definition = m_schema->attribute(it.key());
        QComboBox *combo = it.value();
        const QString value = attributes.value(it.key());
        // The first entry removes the attribute; a value the schema does not allow is shown, flagged, so the
        // analyst sees what is there and can replace it.
        QStringList wanted = definition->values;
        const bool disallowed = !value.isEmpty() && !wanted.contains(value);
        if (disallowed)
            wanted.append(value);
        QStringList present;
        for (int i = 1; i < combo->count(); ++i)
            present.append(combo->itemData(i).toString());
        const QSignalBlocker blocker(combo);
        if (present != wanted || combo->count() == 0) {
            combo->clear();
            combo->addItem(QStringLiteral("—"), QString());
            combo->setItemData(0, tr("No value: removes the attribute"), Qt::ToolTipRole);
            for (const QString &allowed : std::as_const(definition->values))
                combo->addItem(allowed, allowed);
            if (disallowed) {
                combo->addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("%1 (not allowed)").arg(value),
                               value);
            }
        }
        combo->setCurrentIndex(value.isEmpty() ? 0 : combo->findData(value));
    }
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QString value = attributes.value(it.key());
        if (!it.value()->isModified() && it.value()->text() != value)
            it.value()->setText(value);
    }
}

void AttributeForm::clear()
{
    // Widgets go later, not now: this may run inside a signal of one of them (the Remove button's click).
    while (m_form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_form->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (!item)
                continue;
            if (QWidget *widget = item->widget()) {
                widget->hide();
                widget->setObjectName({});
                widget->deleteLater();
            }
            delete item;
        }
    }
    m_combos.clear();
    m_lines.clear();
    m_editors.clear();
    m_built = false;
    m_shownType.clear();
    m_shownExtra.clear();
}

void AttributeForm::setEditable(bool editable)
{
    m_editable = editable;
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(editable);
}

void AttributeForm::commitPending()
{
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        commitLine(it.key(), it.value());
}

void AttributeForm::commitLine(const QString &name, QLineEdit *line)
{
    if (!line->isModified())
        return;
    line->setModified(false);
    Q_EMIT attributeEdited(name, line->text().trimmed());
}

} // namespace Hashiya
