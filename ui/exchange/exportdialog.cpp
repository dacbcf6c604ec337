// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "formats/exportformats.h"
#include "model/sidecarinfo.h"
#include "ui/source/exportpreview.h"
#include "ui/widgets/interfacelocale.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Hashiya {
namespace {

const QString formatKey = QStringLiteral("export/format");
const QString folderKey = QStringLiteral("export/folder");

QString statusText(const QString &status)
{
    if (status == u"new")
        return ExportDialog::tr("New");
    if (status == u"in-progress")
        return ExportDialog::tr("In progress");
    return ExportDialog::tr("Done");
}

} // namespace

ExportDialog::ExportDialog(const QString &corpusFolder, const QString &openArticle, const QStringList &listedArticles,
                           QWidget *parent)
    : QDialog(parent)
    , m_corpusFolder(corpusFolder)
    , m_openArticle(openArticle)
    , m_listedArticles(listedArticles)
    , m_format(new QComboBox(this))
    , m_formatNote(new QLabel(this))
    , m_scope(new QButtonGroup(this))
    , m_status(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_preview(new ExportPreview(this))
{
    setWindowTitle(tr("Export annotations"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const ExportFormat &format : ExportFormats::all())
        m_format->addItem(format.name, format.id);
    m_formatNote->setObjectName(QStringLiteral("exportFormatNote"));
    m_formatNote->setWordWrap(true);
    m_formatNote->setForegroundRole(QPalette::PlaceholderText);

    auto *scopes = new QVBoxLayout;
    auto addScope = [&](Scope scope, const QString &text, const char *name, bool enabled) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        button->setEnabled(enabled);
        m_scope->addButton(button, int(scope));
        scopes->addWidget(button);
    };
    addScope(Scope::All, tr("All articles in the corpus"), "scopeAll", !corpusFolder.isEmpty());
    addScope(Scope::OpenArticle, tr("The open article"), "scopeOpen", !openArticle.isEmpty());
    addScope(
        Scope::Listed,
        InterfaceLocale::withDigits(tr("The %n article(s) the corpus list shows", nullptr, int(listedArticles.size()))),
        "scopeListed", !listedArticles.isEmpty());

    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &status : SidecarInfo::statuses())
        m_status->addItem(statusText(status), status);

    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setPlaceholderText(tr("Folder to write the files into"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_formatNote);
    form->addRow(tr("Documents:"), scopes);
    form->addRow(tr("&Status:"), m_status);
    auto *folderLabel = new QLabel(tr("&Target folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of widgets cannot be a buddy itself
    form->addRow(folderLabel, folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    // The choices at the start, the preview of their result beside them.
    auto *choices = new QVBoxLayout;
    choices->addLayout(form);
    choices->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(choices);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1150, 620);

    const QSettings settings;
    setFormat(settings.value(formatKey, QStringLiteral("brat")).toString());
    m_folder->setText(settings.value(folderKey).toString());
    setScope(corpusFolder.isEmpty() ? Scope::OpenArticle : Scope::All);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    auto previewRequest = [this] {
        m_preview->setRequest(request());
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, previewRequest);
    connect(m_status, &QComboBox::currentIndexChanged, this, previewRequest);
    connect(m_scope, &QButtonGroup::idToggled, this, [previewRequest](int, bool checked) {
        if (checked)
            previewRequest();
    });
    updateState();
    previewRequest();
}

void ExportDialog::setScope(Scope scope)
{
    if (QAbstractButton *button = m_scope->button(int(scope)); button && button->isEnabled())
        button->setChecked(true);
}

void ExportDialog::setOutputFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ExportDialog::setFormat(const QString &id)
{
    const int index = m_format->findData(id);
    m_format->setCurrentIndex(index >= 0 ? index : 0);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.format = m_format->currentData().toString();
    request.outputFolder = m_folder->text().trimmed();
    request.status = m_status->currentData().toString();
    switch (Scope(m_scope->checkedId())) {
    case Scope::All:
        request.paths = {m_corpusFolder};
        break;
    case Scope::OpenArticle:
        request.paths = {m_openArticle};
        break;
    case Scope::Listed:
        request.paths = m_listedArticles;
        break;
    }
    request.root = m_corpusFolder.isEmpty() ? QFileInfo(m_openArticle).absolutePath() : m_corpusFolder;
    return request;
}

void ExportDialog::accept()
{
    QSettings settings;
    settings.setValue(formatKey, m_format->currentData());
    settings.setValue(folderKey, m_folder->text().trimmed());
    QDialog::accept();
}

void ExportDialog::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() ? m_corpusFolder : m_folder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export into folder"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::updateState()
{
    if (const std::optional<ExportFormat> format = ExportFormats::find(m_format->currentData().toString()))
        m_formatNote->setText(tr("Positions in this format: %1.").arg(format->offsetUnit));
    m_exportButton->setEnabled(!m_folder->text().trimmed().isEmpty() && m_scope->checkedId() >= 0
                               && m_format->count() > 0);
}

} // namespace Hashiya
