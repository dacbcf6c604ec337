// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "formats/importformats.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Hashiya {
namespace {

const QString formatKey = QStringLiteral("import/format");
const QString sourceKey = QStringLiteral("import/source");

} // namespace

ImportDialog::ImportDialog(const QString &corpusFolder, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_inputs(new QListWidget(this))
    , m_folder(new QLineEdit(this))
    , m_force(new QCheckBox(tr("&Replace existing sidecars"), this))
{
    setWindowTitle(tr("Import annotations"));
    m_format->setObjectName(QStringLiteral("importFormat"));
    for (const ImportFormat &format : ImportFormats::all())
        m_format->addItem(format.name, format.id);

    m_inputs->setObjectName(QStringLiteral("importInputs"));
    m_inputs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_inputs->setMinimumHeight(90);
    auto *addFiles = new QPushButton(tr("Add &files…"), this);
    auto *addFolder = new QPushButton(tr("Add f&older…"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_inputs->selectedItems());
        updateState();
    });
    auto *inputButtons = new QVBoxLayout;
    inputButtons->addWidget(addFiles);
    inputButtons->addWidget(addFolder);
    inputButtons->addWidget(remove);
    inputButtons->addStretch();
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_inputs, 1);
    inputRow->addLayout(inputButtons);

    m_folder->setObjectName(QStringLiteral("importFolder"));
    m_folder->setPlaceholderText(tr("Corpus folder to write articles and sidecars into"));
    m_folder->setText(QDir::toNativeSeparators(corpusFolder));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseTarget);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_force->setObjectName(QStringLiteral("importForce"));
    m_force->setToolTip(tr("Without this, an article that already has a sidecar is left alone and listed"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Read:"), inputRow);
    auto *folderLabel = new QLabel(tr("&Into folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of widgets cannot be a buddy itself
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_force);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setFormat(QSettings().value(formatKey, QStringLiteral("brat")).toString());
    connect(m_folder, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    updateState();
}

void ImportDialog::setFormat(const QString &id)
{
    const int index = m_format->findData(id);
    m_format->setCurrentIndex(index >= 0 ? index : 0);
}

void ImportDialog::addInputs(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (m_inputs->findItems(path, Qt::MatchExactly).isEmpty())
            m_inputs->addItem(path);
    }
    updateState();
}

void ImportDialog::setOutputFolder(const QString &folder)
{
    m_folder->setText(folder);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest request;
    request.format = m_format->currentData().toString();
    for (int i = 0; i < m_inputs->count(); ++i)
        request.paths.append(QDir::fromNativeSeparators(m_inputs->item(i)->text()));
    request.outputFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    request.force = m_force->isChecked();
    return request;
}

void ImportDialog::accept()
{
    QSettings settings;
    settings.setValue(formatKey, m_format->currentData());
    if (m_inputs->count() > 0)
        settings.setValue(sourceKey, QFileInfo(m_inputs->item(0)->text()).absolutePath());
    QDialog::accept();
}

void ImportDialog::addFiles()
{
    QStringList patterns;
    if (const std::optional<ImportFormat> format = ImportFormats::find(m_format->currentData().toString())) {
        for (const QString &suffix : format->suffixes)
            patterns.append(u'*' + suffix);
    }
    const QString filter = tr("%1 files (%2)").arg(m_format->currentText(), patterns.join(u' ')) + QStringLiteral(";;")
        + tr("All files (*)");
    addInputs(
        QFileDialog::getOpenFileNames(this, tr("Files to import"), QSettings().value(sourceKey).toString(), filter));
}

void ImportDialog::addFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder to import"), QSettings().value(sourceKey).toString());
    if (!folder.isEmpty())
        addInputs({folder});
}

void ImportDialog::chooseTarget()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import into folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ImportDialog::updateState()
{
    m_importButton->setEnabled(m_inputs->count() > 0 && !m_folder->text().trimmed().isEmpty() && m_format->count() > 0);
}

} // namespace Hashiya
