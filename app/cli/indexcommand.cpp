// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexcommand.h"

#include "cli/indexedcorpus.h"
#include "cli/optionparser.h"
#include "index/corpusstore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace Hashiya {
namespace {

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

} // namespace

QString IndexCommand::usage()
{
    return tr("Usage: hashiya index info FOLDER\n"
              "       hashiya index rebuild [--in-corpus] FOLDER\n"
              "The corpus index keeps each article's summary and search signature, so that stats, search and\n"
              "the window read only the articles that changed. It is derived data: deleting it loses nothing.\n"
              "info     brings the index up to date and says where it is, what it holds and its size.\n"
              "rebuild  deletes the index and makes it again from every article.\n"
              "--in-corpus keeps the index in FOLDER/.hashiya/ (with a .gitignore) instead of the cache\n"
              "folder, e.g. to share it with the corpus on a network drive.\n");
}

int IndexCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedOptions options = parseOptions(arguments, {}, {QStringLiteral("in-corpus")});
    if (options.flags.contains(QStringLiteral("help"))) {
        out << usage();
        return 0;
    }
    auto usageError = [&](const QString &message) {
        err << "hashiya index: " << message << "\n\n" << usage();
        return 2;
    };
    if (!options.error.isEmpty())
        return usageError(options.error);
    if (options.paths.size() != 2)
        return usageError(tr("an action (info or rebuild) and one FOLDER are needed"));
    const QString action = options.paths.front();
    const QFileInfo folderInfo(options.paths.back());
    if (!folderInfo.isDir())
        return usageError(tr("%1 is not a folder").arg(options.paths.back()));
    const QString folder = folderInfo.absoluteFilePath();
    const bool inCorpus = options.flags.contains(QStringLiteral("in-corpus"));
    if (action != u"info" && action != u"rebuild")
        return usageError(tr("unknown action %1: give info or rebuild").arg(action));
    if (inCorpus && action != u"rebuild")
        return usageError(tr("--in-corpus goes with rebuild"));

    if (action == u"rebuild") {
        QString error;
        if (!CorpusStore::remove(folder, &error)) {
            err << "hashiya index: " << error << '\n';
            return 1;
        }
        if (inCorpus && !QDir().mkpath(CorpusStore::inCorpusFolder(folder))) {
            err << "hashiya index: " << tr("%1 could not be made").arg(CorpusStore::inCorpusFolder(folder)) << '\n';
            return 1;
        }
    }
    // Both bring the index up to date, signatures included, as a search would.
    std::unique_ptr<CorpusStore> store = IndexedCorpus::open(folder, true, {true, true}, QStringLiteral("index"), err);
    if (store->file().isEmpty())
        return 1; // the reason is on stderr
    qsizetype unreadable = 0;
    for (const IndexedArticle &article : store->articles())
        unreadable += (!article.summary.readable || article.summary.sidecarHasErrors) ? 1 : 0;
    const qsizetype count = qsizetype(store->articles().size());
    const qint64 size = store->sizeOnDisk();
    out << tr("Corpus: %1").arg(folder) << '\n'
        << tr("Index: %1").arg(store->file()) << '\n'
        << tr("Articles: %1 (%2 with errors)").arg(count).arg(unreadable) << '\n'
        << tr("Read now: %1").arg(store->readLastTime()) << '\n'
        << tr("Forgotten now: %1").arg(store->forgottenLastTime()) << '\n'
        << tr("Size: %1 (%2 per article)")
               .arg(megabytes(size), QLocale::c().toString(count > 0 ? double(size) / double(count) / 1e3 : 0, 'f', 2)
                                         + QStringLiteral(" KB"))
        << '\n';
    for (const QString &repair : store->repairs())
        out << tr("Repaired: %1").arg(repair) << '\n';
    IndexedCorpus::leave(std::move(store));
    return 0;
}

} // namespace Hashiya
