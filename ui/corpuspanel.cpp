// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuspanel.h"

#include "io/documentfile.h"

#include <QDir>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hashiya {
namespace {

enum Column { TitleColumn, EntitiesColumn, RelationsColumn, FileColumn };
constexpr int pathRole = Qt::UserRole;

} // namespace

CorpusPanel::CorpusPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Title"), tr("Entities"), tr("Relations"), tr("File")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(FileColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT articleActivated(item->data(TitleColumn, pathRole).toString());
    });
}

void CorpusPanel::setCorpus(const QString &root, const QStringList &articles)
{
    const Schema *schema = nullptr;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QDir rootDir(root);
    for (const QString &path : articles) {
        auto *item = new QTreeWidgetItem;
        const DocumentFile::Opened opened = DocumentFile::open(path, schema);
        QString title;
        if (opened.document) {
            const QString &text = opened.document->text();
            title = text.left(text.indexOf(u'\n')).trimmed().left(120);
            item->setData(EntitiesColumn, Qt::DisplayRole, opened.document->annotations()->entityCount());
            item->setData(RelationsColumn, Qt::DisplayRole, opened.document->annotations()->relationCount());
        }
        if (title.isEmpty())
            title = tr("(unreadable)");
        item->setText(TitleColumn, title);
        item->setToolTip(TitleColumn, title);
        item->setData(TitleColumn, pathRole, path);
        item->setText(FileColumn, rootDir.relativeFilePath(path));
        if (hasErrors(opened.problems))
            item->setIcon(TitleColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_list->addTopLevelItem(item);
    }
    for (int column : {EntitiesColumn, RelationsColumn, FileColumn})
        m_list->resizeColumnToContents(column);
}

void CorpusPanel::setCurrentArticle(const QString &path)
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(TitleColumn, pathRole).toString() == path) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void CorpusPanel::refreshArticle(const QString &path)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(TitleColumn, pathRole).toString() != path)
            continue;
        const DocumentFile::Opened opened = DocumentFile::open(path, nullptr);
        if (opened.document) {
            item->setData(EntitiesColumn, Qt::DisplayRole, opened.document->annotations()->entityCount());
            item->setData(RelationsColumn, Qt::DisplayRole, opened.document->annotations()->relationCount());
        }
    }
}

void CorpusPanel::setUnsaved(const QString &path, bool unsaved)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(TitleColumn, pathRole).toString() == path) {
            QFont font = item->font(TitleColumn);
            font.setItalic(unsaved);
            item->setFont(TitleColumn, font);
        }
    }
}

qsizetype CorpusPanel::articleCount() const
{
    return m_list->topLevelItemCount();
}

} // namespace Hashiya
