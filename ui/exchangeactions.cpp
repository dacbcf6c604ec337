// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeactions.h"

#include "formats/exportformats.h"
#include "formats/importformats.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/exchange/exchangesummarydialog.h"
#include "ui/exchange/exportdialog.h"
#include "ui/exchange/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/progressrunner.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace Hashiya {
namespace {

QString inside(const QString &folder, const QString &path)
{
    return QDir(QFileInfo(folder).absoluteFilePath()).relativeFilePath(path);
}

} // namespace

ExchangeActions::ExchangeActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void ExchangeActions::exportAnnotations()
{
    // The export reads the files, so the analyst's latest edits must be on disk first.
    if (!m_window->session()->saveAll()) {
        QMessageBox::warning(m_window, tr("Export"),
                             tr("An open article could not be saved, so the export would miss its latest "
                                "annotations. See the Problems panel, then try again."));
        return;
    }
    const QString openArticle = m_window->document() ? m_window->document()->article().path : QString();
    ExportDialog dialog(m_window->corpusFolder(), openArticle, m_window->corpusPanel()->listedArticles(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        runExport(dialog.request());
}

ExportJob::Summary ExchangeActions::runExport(const ExportRequest &request)
{
    const ExportJob::Summary summary = ProgressRunner::run<ExportJob::Summary>(
        m_window, tr("Exporting annotations…"),
        [request](const ProgressRunner::Progress &progress) { return ExportJob::run(request, progress); });

    const std::optional<ExportFormat> format = ExportFormats::find(request.format);
    QString headline;
    if (summary.cancelled) {
        headline = tr("The export was cancelled. Files already written for single articles stay; nothing covering "
                      "the whole set was written.");
    } else {
        headline = InterfaceLocale::withDigits(tr("Exported %n document(s) as %1", nullptr, int(summary.exported)))
                       .arg(format ? format->name : request.format)
            + QStringLiteral(": ")
            + InterfaceLocale::withDigits(tr("%n file(s) written to %1.", nullptr, int(summary.written.size())))
                  .arg(request.outputFolder);
        if (summary.filtered > 0)
            headline += u' '
                + InterfaceLocale::withDigits(tr("%n document(s) left out by status.", nullptr, int(summary.filtered)));
        if (summary.failed > 0)
            headline += u' '
                + InterfaceLocale::withDigits(
                            tr("%n document(s) could not be exported.", nullptr, int(summary.failed)));
    }
    auto *dialog = new ExchangeSummaryDialog(tr("Export"), headline, {}, summary.problems, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString folder = request.outputFolder;
    dialog->addAction(tr("&Open folder"), [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    dialog->open();
    return summary;
}

void ExchangeActions::importAnnotations()
{
    ImportDialog dialog(m_window->corpusFolder(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        runImport(dialog.request());
}

ImportJob::Summary ExchangeActions::runImport(const ImportRequest &request)
{
    const ImportJob::Summary summary = ProgressRunner::run<ImportJob::Summary>(
        m_window, tr("Importing annotations…"),
        [request](const ProgressRunner::Progress &progress) { return ImportJob::run(request, progress); });

    QString headline = InterfaceLocale::withDigits(tr("Imported %n document(s)", nullptr, int(summary.written.size())))
        + QStringLiteral(" (") + InterfaceLocale::withDigits(tr("%n entity(ies)", nullptr, int(summary.entities)))
        + QStringLiteral(", ") + InterfaceLocale::withDigits(tr("%n relation(s)", nullptr, int(summary.relations)))
        + QStringLiteral(") ") + tr("into %1.").arg(request.outputFolder);
    if (summary.cancelled)
        headline = tr("The import was cancelled.") + u' ' + headline;
    if (!summary.schemaFile.isEmpty())
        headline += u' ' + tr("The schema was written to %1.").arg(summary.schemaFile);
    if (summary.skippedEntries > 0)
        headline += u' '
            + InterfaceLocale::withDigits(
                        tr("%n input line(s) or entry(ies) skipped.", nullptr, int(summary.skippedEntries)));
    if (summary.skippedDocuments > 0)
        headline += u' '
            + InterfaceLocale::withDigits(tr("%n document(s) not written.", nullptr, int(summary.skippedDocuments)));

    // Show the imported articles: reload the corpus if they went into it, or offer to open their folder.
    const QString corpus = m_window->corpusFolder();
    const bool intoCorpus = !corpus.isEmpty() && !summary.written.isEmpty()
        && !inside(corpus, QFileInfo(request.outputFolder).absoluteFilePath()).startsWith(u"..");
    if (intoCorpus)
        m_window->openFolder(corpus);
    auto *dialog = new ExchangeSummaryDialog(tr("Import"), headline, summary.notes, summary.problems, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!intoCorpus && !summary.written.isEmpty()) {
        const QString folder = request.outputFolder;
        dialog->addAction(tr("&Open imported corpus"), [this, folder] { m_window->openFolder(folder); });
    }
    dialog->open();
    return summary;
}

} // namespace Hashiya
