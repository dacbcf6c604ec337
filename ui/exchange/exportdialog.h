// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/exportjob.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Hashiya {

class ExportPreview;

/// File → Export…: the format, which documents (all, the open one, the ones the corpus list shows, any
/// or one status) and the target folder, with a preview of what the format writes for the first
/// document. It only asks; the caller runs the request it builds.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Scope { All, OpenArticle, Listed };

    /// `corpusFolder` is the root exported names are relative to; `openArticle` and `listedArticles` may
    /// be empty (their choices are then disabled).
    ExportDialog(const QString &corpusFolder, const QString &openArticle, const QStringList &listedArticles,
                 QWidget *parent = nullptr);

    ExportRequest request() const;
    void setScope(Scope scope);
    void setOutputFolder(const QString &folder);
    void setFormat(const QString &id);
    ExportPreview *preview() const { return m_preview; }

    void accept() override;

private:
    void chooseFolder();
    void updateState();

    QString m_corpusFolder;
    QString m_openArticle;
    QStringList m_listedArticles;
    QComboBox *m_format;
    QLabel *m_formatNote;
    QButtonGroup *m_scope;
    QComboBox *m_status;
    QLineEdit *m_folder;
    QPushButton *m_exportButton;
    ExportPreview *m_preview;
};

} // namespace Hashiya
