// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/importjob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Hashiya {

/// File → Import…: the peer format, the files or folders to read, the corpus folder to write into, and
/// whether existing sidecars may be replaced. It only asks; the caller runs the request it builds.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(const QString &corpusFolder, QWidget *parent = nullptr);

    ImportRequest request() const;
    void setFormat(const QString &id);
    void addInputs(const QStringList &paths);
    void setOutputFolder(const QString &folder);

    void accept() override;

private:
    void addFiles();
    void addFolder();
    void chooseTarget();
    void updateState();

    QComboBox *m_format;
    QListWidget *m_inputs;
    QLineEdit *m_folder;
    QCheckBox *m_force;
    QPushButton *m_importButton;
};

} // namespace Hashiya
