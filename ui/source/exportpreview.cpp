// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpreview.h"

#include "ui/source/sourceview.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "formats/outputsink.h"

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

// Quick enough to follow the choices, slow enough not to start a preview per key press.
constexpr int previewDelayMs = 150;

SourceLanguage languageOf(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == u"json"_s || suffix == u"jsonl"_s || suffix == u"jsonld"_s)
        return SourceLanguage::Json;
    if (suffix == u"xml"_s || suffix == u"graphml"_s)
        return SourceLanguage::Xml;
    if (suffix == u"csv"_s)
        return SourceLanguage::Csv;
    if (suffix == u"ann"_s)
        return SourceLanguage::BratStandoff;
    if (name.startsWith(u"conll"_s) || name.startsWith(u"iob"_s))
        return SourceLanguage::Conll;
    return SourceLanguage::Plain;
}

/// The file to show first: the annotations, not the article's text or a configuration.
QString mainFile(const QMap<QString, QByteArray> &files)
{
    for (auto file = files.begin(); file != files.end(); ++file) {
        const QString suffix = QFileInfo(file.key()).suffix();
        if (suffix != u"txt"_s && suffix != u"conf"_s && !file.key().endsWith(u"-config.xml"_s))
            return file.key();
    }
    return files.isEmpty() ? QString() : files.firstKey();
}

} // namespace

ExportPreview::ExportPreview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_fileChoice(new QComboBox(this))
    , m_view(new SourceView(this))
    , m_details(new QLabel(this))
    , m_delay(new QTimer(this))
{
    m_view->setObjectName(u"exportPreview"_s);
    m_fileChoice->setObjectName(u"exportPreviewFile"_s);
    m_fileChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_title->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_title, 1);
    fileRow->addWidget(m_fileChoice);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fileRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    m_delay->setSingleShot(true);
    m_delay->setInterval(previewDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ExportPreview::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ExportPreview::finished);
    connect(m_fileChoice, &QComboBox::currentIndexChanged, this, &ExportPreview::showChosenFile);
}

ExportPreview::~ExportPreview()
{
    // The preview reads files on another thread; it must not outlive the request it was given.
    m_watcher.waitForFinished();
}

void ExportPreview::setRequest(const ExportRequest &request)
{
    m_request = request;
    m_busy = true;
    m_title->setText(tr("Preparing the preview…"));
    m_delay->start();
}

void ExportPreview::start()
{
    if (m_watcher.isRunning()) {
        m_restart = true; // the running preview is for an older request
        return;
    }
    m_restart = false;
    m_watcher.setFuture(QtConcurrent::run([request = m_request] {
        Result result;
        MemoryOutput out;
        result.summary = ExportJob::preview(request, out, &result.articlePath);
        result.files = out.files();
        return result;
    }));
}

void ExportPreview::finished()
{
    if (m_restart) {
        start();
        return;
    }
    const Result result = m_watcher.result();
    const QString previous = shownFile();
    m_files = result.files;
    {
        const QSignalBlocker blocker(m_fileChoice);
        m_fileChoice->clear();
        for (auto file = m_files.begin(); file != m_files.end(); ++file)
            m_fileChoice->addItem(file.key());
        // The same kind of file stays chosen while the analyst tries other documents.
        const int kept = m_fileChoice->findText(previous);
        m_fileChoice->setCurrentIndex(kept >= 0 ? kept : m_fileChoice->findText(mainFile(m_files)));
    }
    m_fileChoice->setVisible(m_files.size() > 1);
    if (result.summary.exported == 0) {
        QString reason = tr("Nothing to preview: no document in this choice can be exported.");
        if (result.summary.filtered > 0)
            reason = tr("Nothing to preview: no document has the chosen status.");
        if (!result.summary.problems.isEmpty())
            reason += u' ' + result.summary.problems.first().toString();
        m_title->setText(reason);
    } else {
        m_title->setText(tr("What the export writes for %1:").arg(QFileInfo(result.articlePath).fileName()));
    }
    showChosenFile();
    m_busy = false;
    Q_EMIT ready();
}

QString ExportPreview::shownFile() const
{
    return m_fileChoice->currentText();
}

void ExportPreview::showFile(const QString &name)
{
    m_fileChoice->setCurrentIndex(m_fileChoice->findText(name));
}

void ExportPreview::showChosenFile()
{
    const QString name = shownFile();
    const QByteArray bytes = m_files.value(name);
    m_view->setSource(QString::fromUtf8(bytes), languageOf(name));
    if (name.isEmpty()) {
        m_details->clear();
        return;
    }
    const int lines = int(bytes.count('\n')) + (bytes.isEmpty() || bytes.endsWith('\n') ? 0 : 1);
    QString details = tr("%1 · %2 · %n line(s)", nullptr, lines).arg(name, QLocale().formattedDataSize(bytes.size()));
    if (bytes.contains("\r\n"))
        details += u" · "_s + tr("CRLF line ends");
    m_details->setText(details);
}

} // namespace Hashiya
