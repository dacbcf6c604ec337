// SPDX-License-Identifier: GPL-3.0-or-later
#include "orphanpanel.h"

#include "model/articledocument.h"
#include "model/documentcommands.h"
#include "ui/reader/readerview.h"
#include "ui/widgets/interfacelocale.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hashiya {

OrphanPanel::OrphanPanel(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_hint(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_attach(new QPushButton(tr("&Attach to the selected text"), this))
{
    m_hint->setWordWrap(true);
    m_hint->setText(tr("These annotations lost their text when the article was edited. Select the passage where "
                       "one belongs, choose it here and attach it."));
    m_list->setObjectName(QStringLiteral("orphanList"));
    m_attach->setObjectName(QStringLiteral("attachOrphan"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_attach);
    connect(m_attach, &QPushButton::clicked, this, &OrphanPanel::attachToSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, &OrphanPanel::updateButton);
    connect(m_list, &QListWidget::itemActivated, this, &OrphanPanel::attachToSelection);
    connect(m_reader, &ReaderView::selectionChanged, this, &OrphanPanel::updateButton);
    updateButton();
}

void OrphanPanel::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ArticleDocument::orphansChanged, this, &OrphanPanel::rebuild);
    rebuild();
}

void OrphanPanel::rebuild()
{
    m_list->clear();
    const QList<Orphan> orphans = m_document ? m_document->orphans() : QList<Orphan>();
    for (const Orphan &orphan : orphans) {
        auto *item = new QListWidgetItem(
            tr("%1 “%2” (was at %3)")
                .arg(orphan.entity.type, orphan.text(), InterfaceLocale::number(orphan.entity.start())),
            m_list);
        item->setData(Qt::UserRole, orphan.entity.id);
        item->setToolTip(orphan.entity.note.isEmpty() ? orphan.entity.id
                                                      : orphan.entity.id + u'\n' + orphan.entity.note);
    }
    if (!orphans.isEmpty())
        m_list->setCurrentRow(0);
    updateButton();
    Q_EMIT countChanged(int(orphans.size()));
}

void OrphanPanel::updateButton()
{
    m_attach->setEnabled(m_document && !m_document->isReadOnly() && m_list->currentItem()
                         && m_reader->selectionEnd() > m_reader->selectionStart());
}

void OrphanPanel::attachToSelection()
{
    if (!m_attach->isEnabled())
        return;
    const QString id = m_list->currentItem()->data(Qt::UserRole).toString();
    const CodePointIndex &codePoints = m_document->codePoints();
    const Span span {
        codePoints.toCodePoint(m_reader->selectionStart()), codePoints.toCodePoint(m_reader->selectionEnd()), {}};
    m_document->execute(new ReattachOrphanCommand(m_document, id, span));
    m_reader->setSelectedEntity(id);
}

} // namespace Hashiya
