// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include "model/article.h"
#include "session/sidecarbackups.h"
#include "ui/source/sourceview.h"
#include "ui/widgets/interfacelocale.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hashiya {

namespace {

constexpr int pathRole = Qt::UserRole;

enum Column { KeptColumn, ReasonColumn, AnnotationsColumn, TextColumn, ColumnCount };

struct Summary
{
    bool readable = false;
    qsizetype entities = 0;
    qsizetype relations = 0;
    QByteArray sha256;
};

Summary summaryOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return {};
    const QJsonObject root = document.object();
    return {true, root.value(u"entities").toArray().size(), root.value(u"relations").toArray().size(),
            root.value(u"article").toObject().value(u"sha256").toString().toLatin1()};
}

} // namespace

RestoreDialog::RestoreDialog(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_versions(new QTreeWidget(this))
    , m_preview(new SourceView(this))
{
    setWindowTitle(tr("Restore an earlier version of %1").arg(article.fileName()));
    m_explanation->setWordWrap(true);
    m_versions->setObjectName(QStringLiteral("restoreVersions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setColumnCount(ColumnCount);
    m_versions->setHeaderLabels({tr("Kept"), tr("Why"), tr("Annotations"), tr("Article text")});
    m_versions->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_versions->header()->setStretchLastSection(false);
    m_preview->setObjectName(QStringLiteral("restorePreview"));

    const QList<SidecarBackups::Backup> backups = SidecarBackups::list(article.sidecarPath());
    const QLocale locale;
    for (const SidecarBackups::Backup &backup : backups) {
        const Summary summary = summaryOf(backup.path);
        auto *item = new QTreeWidgetItem(m_versions);
        item->setText(KeptColumn,
                      InterfaceLocale::withDigits(locale.toString(backup.made.toLocalTime(), QLocale::ShortFormat)));
        item->setText(ReasonColumn, SidecarBackups::describe(backup.reason));
        item->setText(AnnotationsColumn,
                      summary.readable ? InterfaceLocale::withDigits(
                          tr("%n entity(ies)", nullptr, int(summary.entities)) + QStringLiteral(", ")
                          + tr("%n relation(s)", nullptr, int(summary.relations)))
                                       : tr("cannot be read"));
        item->setText(TextColumn,
                      summary.sha256 == article.sha256 ? tr("as it is now")
                                                       : tr("an earlier version: moved onto today's"));
        item->setToolTip(TextColumn,
                         summary.sha256 == article.sha256
                             ? tr("Saved against the article's text as it is now: restored exactly.")
                             : tr("Saved against another version of the article's text: restoring it "
                                  "moves its annotations onto the text as it is now, as when an "
                                  "article is edited."));
        item->setData(KeptColumn, pathRole, backup.path);
    }
    m_explanation->setText(
        backups.isEmpty()
            ? tr("No earlier version of this article's sidecar has been kept. Hashiya keeps one before it rewrites "
                 "a sidecar by itself (when the article was edited and the annotations moved with its text) and "
                 "before another program's version is merged or replaced.")
            : InterfaceLocale::withDigits(
                tr("Hashiya keeps the last %n version(s) of a sidecar from before it rewrote the file by itself or "
                   "replaced another program's version. Restoring one keeps the current version here too.",
                   nullptr, SidecarBackups::keptPerArticle)));
    for (int column = 0; column < ColumnCount; ++column)
        m_versions->resizeColumnToContents(column);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, &RestoreDialog::showSelected);
    connect(m_versions, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_versions);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({140, 400}); // five versions at most: the file deserves the room
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    if (m_versions->topLevelItemCount() > 0)
        m_versions->setCurrentItem(m_versions->topLevelItem(0));
}

QString RestoreDialog::chosenBackup() const
{
    const QTreeWidgetItem *item = m_versions->currentItem();
    return item ? item->data(KeptColumn, pathRole).toString() : QString();
}

void RestoreDialog::showSelected()
{
    const QString path = chosenBackup();
    m_restore->setEnabled(!path.isEmpty());
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_preview->setSource(path.isEmpty() ? QString() : file.errorString(), SourceLanguage::Plain);
        return;
    }
    m_preview->setSource(QString::fromUtf8(file.readAll()), SourceLanguage::Json);
}

} // namespace Hashiya
