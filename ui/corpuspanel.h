// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeWidget;

namespace Hashiya {

struct Schema;

/// The articles of the open corpus with their title and annotation counts; activating one opens it.
class CorpusPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CorpusPanel(QWidget *parent = nullptr);

    /// Lists `articles` (absolute paths), reading each one's title and sidecar counts.
    void setCorpus(const QString &root, const QStringList &articles);
    void refreshArticle(const QString &path);
    void setUnsaved(const QString &path, bool unsaved);
    void setCurrentArticle(const QString &path);
    qsizetype articleCount() const;

Q_SIGNALS:
    void articleActivated(const QString &path);
    void statusRequested(const QString &path, const QString &status);

private:
    QTreeWidget *m_list;
};

} // namespace Hashiya
