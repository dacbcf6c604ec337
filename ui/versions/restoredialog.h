// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Hashiya {

struct Article;
class SourceView;

/// Lists the earlier versions of an article's sidecar that Hashiya kept (session/sidecarbackups.h),
/// newest first, with why each was kept and whether it was saved against the article as it is now;
/// shows the selected one as it is on disk, and lets the analyst choose one to put back.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    explicit RestoreDialog(const Article &article, QWidget *parent = nullptr);

    /// The file of the version chosen; empty if none.
    QString chosenBackup() const;
    QTreeWidget *versions() const { return m_versions; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void showSelected();

    QLabel *m_explanation;
    QTreeWidget *m_versions;
    SourceView *m_preview; ///< the selected version as it is on disk
    QPushButton *m_restore;
};

} // namespace Hashiya
