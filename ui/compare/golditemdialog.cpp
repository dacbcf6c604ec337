// SPDX-License-Identifier: GPL-3.0-or-later
#include "golditemdialog.h"

#include "model/articledocument.h"
#include "ui/widgets/attributeform.h"
#include "ui/widgets/interfacelocale.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

/// "«text»", cut in the middle when long: the dialog shows what a span takes, not the article.
QString quoted(const QString &text)
{
    constexpr qsizetype longest = 120;
    const QString shown = text.size() <= longest ? text : text.left(longest / 2) + u" … "_s + text.right(longest / 2);
    return u"«"_s + shown + u"»"_s;
}

} // namespace

GoldItemDialog::GoldItemDialog(const ArticleDocument &document, const Schema &schema, const Entity &proposed,
                               std::optional<Span> selection, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_schema(schema)
    , m_entity(proposed)
{
    setWindowTitle(tr("Edit the gold entity"));
    QStringList types;
    for (const EntityType &type : std::as_const(schema.entityTypes))
        types.append(type.name);
    build(types, proposed.type, false);

    const int length = int(document.codePoints().codePointCount());
    m_first = new QSpinBox(this);
    m_last = new QSpinBox(this);
    m_first->setObjectName(u"goldFirst"_s);
    m_last->setObjectName(u"goldLast"_s);
    for (QSpinBox *box : {m_first, m_last})
        box->setRange(1, std::max(1, length));
    // Shown as characters counted from 1, the last one included: how a reader counts them.
    m_first->setValue(int(proposed.start()) + 1);
    m_last->setValue(int(proposed.end()));
    m_text = new QLabel(this);
    m_text->setObjectName(u"goldText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *form = static_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    form->insertRow(1, tr("First character:"), m_first);
    form->insertRow(2, tr("Last character:"), m_last);
    form->insertRow(3, tr("Text:"), m_text);
    if (selection && selection->end > selection->start) {
        auto *take = new QPushButton(tr("Take the reader's &selection"), this);
        take->setObjectName(u"goldTakeSelection"_s);
        take->setToolTip(tr("Characters %1 to %2")
                             .arg(InterfaceLocale::withDigits(QString::number(selection->start + 1)),
                                  InterfaceLocale::withDigits(QString::number(selection->end))));
        form->insertRow(4, QString(), take);
        const Span chosen = *selection;
        connect(take, &QPushButton::clicked, this, [this, chosen] {
            m_first->setValue(int(chosen.start) + 1);
            m_last->setValue(int(chosen.end));
        });
    }
    connect(m_first, &QSpinBox::valueChanged, this, &GoldItemDialog::showSpan);
    connect(m_last, &QSpinBox::valueChanged, this, &GoldItemDialog::showSpan);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_entity.type = m_type->currentData().toString();
        m_attributes->setAnnotation(m_entity.type, m_entity.attributes);
    });
    m_attributes->setAnnotation(m_entity.type, m_entity.attributes);
    showSpan();
}

GoldItemDialog::GoldItemDialog(const ArticleDocument &document, const Schema &schema, const Relation &proposed,
                               const Entity &from, const Entity &to, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_schema(schema)
    , m_relation(proposed)
    , m_from(from)
    , m_to(to)
{
    setWindowTitle(tr("Edit the gold relation"));
    QStringList types;
    for (const RelationType &type : std::as_const(schema.relationTypes))
        types.append(type.name);
    build(types, proposed.type, true);
    m_reverse = new QCheckBox(tr("&Reverse the direction"), this);
    m_reverse->setObjectName(u"goldReverse"_s);
    m_ends = new QLabel(this);
    m_ends->setWordWrap(true);
    m_ends->setTextFormat(Qt::PlainText);
    auto *form = static_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    form->insertRow(1, QString(), m_reverse);
    form->insertRow(2, tr("Between:"), m_ends);
    connect(m_reverse, &QCheckBox::toggled, this, [this] {
        std::swap(m_relation.from, m_relation.to);
        std::swap(m_from, m_to);
        showEnds();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_relation.type = m_type->currentData().toString();
        m_attributes->setAnnotation(m_relation.type, m_relation.attributes);
        showEnds(); // a symmetric type has no arrow
    });
    m_attributes->setAnnotation(m_relation.type, m_relation.attributes);
    showEnds();
}

void GoldItemDialog::build(const QStringList &types, const QString &type, bool relation)
{
    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(u"goldType"_s);
    const QString language = InterfaceLocale::language();
    for (const QString &name : types) {
        const EntityType *entityType = relation ? nullptr : m_schema.entityType(name);
        const RelationType *relationType = relation ? m_schema.relationType(name) : nullptr;
        m_type->addItem(entityType ? entityType->label(language) : relationType ? relationType->label(language) : name, name);
    }
    if (m_type->findData(type) < 0) // a type outside the schema stays choosable
        m_type->addItem(type, type);
    m_type->setCurrentIndex(m_type->findData(type));
    form->addRow(tr("&Type:"), m_type);

    m_attributes = new AttributeForm(relation ? AttributeForm::Owner::Relation : AttributeForm::Owner::Entity, this);
    m_attributes->setSchema(&m_schema);
    connect(m_attributes, &AttributeForm::attributeEdited, this, [this, relation](const QString &name, const QString &value) {
        Attributes &attributes = relation ? m_relation.attributes : m_entity.attributes;
        if (value.isEmpty())
            attributes.remove(name);
        else
            attributes.insert(name, value);
        m_attributes->setAnnotation(relation ? m_relation.type : m_entity.type, attributes);
    });
    m_note = new QLineEdit(relation ? m_relation.note : m_entity.note, this);
    m_note->setObjectName(u"goldNote"_s);
    connect(m_note, &QLineEdit::textChanged, this, [this, relation](const QString &note) {
        (relation ? m_relation.note : m_entity.note) = note;
    });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_attributes->commitPending();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_attributes);
    auto *notes = new QFormLayout;
    notes->addRow(tr("&Note:"), m_note);
    layout->addLayout(notes);
    layout->addWidget(m_buttons);
}

std::optional<SpanList> GoldItemDialog::spansChosen() const
{
    const qsizetype start = m_first->value() - 1;
    const qsizetype end = m_last->value();
    if (end <= start)
        return std::nullopt;
    SpanList spans = m_entity.spans;
    if (spans.size() <= 1)
        return SpanList {Span {start, end, {}}};
    // A discontinuous entity keeps its inner spans; only its outer bounds move.
    spans.front().start = start;
    spans.back().end = end;
    if (spans.front().end <= start || spans.back().start >= end)
        return std::nullopt;
    return spans;
}

void GoldItemDialog::showSpan()
{
    const std::optional<SpanList> spans = spansChosen();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(spans.has_value());
    if (!spans) {
        m_text->setText(tr("The last character must come after the first."));
        return;
    }
    m_entity.spans = *spans;
    m_text->setText(quoted(m_document.textOf(m_entity)));
}

void GoldItemDialog::showEnds()
{
    const QString arrow = m_schema.relationType(m_relation.type) && m_schema.relationType(m_relation.type)->symmetric
        ? u" — "_s
        : u" → "_s;
    m_ends->setText(quoted(m_document.textOf(m_from)) + arrow + quoted(m_document.textOf(m_to)));
}

} // namespace Hashiya
