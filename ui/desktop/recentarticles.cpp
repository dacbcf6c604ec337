// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentarticles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Hashiya {
namespace {

const QString recentArticlesKey = QStringLiteral("articles/recent");

} // namespace

RecentArticles::RecentArticles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    m_menu->setToolTipsVisible(true); // the full path of each article
    connect(m_menu, &QMenu::aboutToShow, this, &RecentArticles::rebuild);
    rebuild();
}

void RecentArticles::add(const QString &path)
{
    addAll({path});
}

void RecentArticles::addAll(const QStringList &paths)
{
    QStringList recent = this->paths();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        const QString absolute = QFileInfo(*it).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    store(recent.mid(0, count));
}

void RecentArticles::clear()
{
    store({});
}

QStringList RecentArticles::paths() const
{
    return QSettings().value(recentArticlesKey).toStringList();
}

void RecentArticles::store(const QStringList &paths)
{
    QSettings().setValue(recentArticlesKey, paths);
    rebuild();
}

void RecentArticles::rebuild()
{
    // Later, not now: this may run from one of these actions' own triggered signal.
    for (QAction *old : m_menu->actions()) {
        m_menu->removeAction(old);
        old->deleteLater();
    }
    const QStringList recent = paths();
    int number = 0;
    for (const QString &path : recent) {
        const QFileInfo info(path);
        // Numbered for the keyboard; named by file and folder, since "report.txt" is in many corpora.
        const QString text =
            tr("&%1 %2 (in %3)")
                .arg(QString::number(++number % 10), info.fileName().replace(u'&', QStringLiteral("&&")),
                     info.dir().dirName().replace(u'&', QStringLiteral("&&")));
        QAction *action = m_menu->addAction(text, this, [this, path] { Q_EMIT articleChosen(path); });
        const bool there = info.isFile();
        action->setEnabled(there);
        action->setToolTip(there ? QDir::toNativeSeparators(path)
                                 : tr("%1 (no longer there)").arg(QDir::toNativeSeparators(path)));
        action->setData(path);
    }
    if (!recent.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear list"), this, &RecentArticles::clear);
    clearAction->setObjectName(QStringLiteral("clearRecentArticles"));
    clearAction->setEnabled(!recent.isEmpty());
}

} // namespace Hashiya
