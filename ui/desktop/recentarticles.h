// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Hashiya {

/// File → Open recent article: the last articles opened, in any corpus, newest first, remembered across
/// starts. The menu is filled each time it opens, so an article removed meanwhile shows greyed out (it may
/// come back with its drive) and Clear list empties it.
class RecentArticles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentArticles)

public:
    static constexpr int count = 10;

    /// Fills `menu` (owned by the caller) whenever it is about to show.
    explicit RecentArticles(QMenu *menu, QObject *parent = nullptr);

    /// Puts `path` first, dropping the oldest beyond `count`.
    void add(const QString &path);
    /// Adds several at once: the first of `paths` ends up first.
    void addAll(const QStringList &paths);
    void clear();
    QStringList paths() const;
    /// Rebuilds the menu from the settings (also done before it shows).
    void rebuild();

Q_SIGNALS:
    void articleChosen(const QString &path);

private:
    void store(const QStringList &paths);

    QMenu *m_menu;
};

} // namespace Hashiya
