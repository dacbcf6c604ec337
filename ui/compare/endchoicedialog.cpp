// SPDX-License-Identifier: GPL-3.0-or-later
#include "endchoicedialog.h"

#include "model/articledocument.h"
#include "model/schema.h"
#include "ui/widgets/interfacelocale.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hashiya {

EndChoiceDialog::EndChoiceDialog(const ArticleDocument &document, const Schema &schema,
                                 std::vector<Adjudication::OpenEnd> ends, QWidget *parent)
    : QDialog(parent)
    , m_ends(std::move(ends))
{
    setWindowTitle(tr("A relation's end is not in the gold copy"));
    const QString language = InterfaceLocale::language();
    auto describe = [&](const Entity &entity) {
        const EntityType *type = schema.entityType(entity.type);
        return tr("«%1» (%2)").arg(document.textOf(entity), type ? type->label(language) : entity.type);
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The relation is accepted, but these entities it links are not:"), this));
    for (const Adjudication::OpenEnd &end : m_ends) {
        const QString which = end.fromEnd ? tr("%1's relation starts at %2") : tr("%1's relation ends at %2");
        auto *box = new QGroupBox(which.arg(QString(QChar::fromLatin1(end.side)), describe(end.entity)), this);
        auto *rows = new QVBoxLayout(box);
        auto *group = new QButtonGroup(box);
        auto *pullIn = new QRadioButton(tr("Pull it into the gold copy as well"), box);
        pullIn->setObjectName(u"pullIn:"_s + end.key());
        pullIn->setChecked(true);
        group->addButton(pullIn, int(end.remapTargets.size())); // after the targets' ids
        rows->addWidget(pullIn);
        for (size_t k = 0; k < end.remapTargets.size(); ++k) {
            auto *remap = new QRadioButton(tr("Link to the gold entity %1 instead").arg(describe(end.remapTargets[k])), box);
            remap->setObjectName(u"remap:%1:%2"_s.arg(end.key(), end.remapTargets[k].id));
            group->addButton(remap, int(k));
            rows->addWidget(remap);
        }
        m_groups.push_back(group);
        layout->addWidget(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QStringList EndChoiceDialog::targets() const
{
    QStringList targets;
    for (size_t k = 0; k < m_ends.size(); ++k) {
        const int chosen = m_groups[k]->checkedId();
        targets.append(chosen >= 0 && size_t(chosen) < m_ends[k].remapTargets.size() ? m_ends[k].remapTargets[size_t(chosen)].id
                                                                               : QString());
    }
    return targets;
}

} // namespace Hashiya
