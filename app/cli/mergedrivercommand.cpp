// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedrivercommand.h"

#include "io/gitprocess.h"
#include "io/safesave.h"
#include "merge/gitsides.h"
#include "merge/sidecarmerge.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTextStream>

#include <future>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

std::optional<QByteArray> readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = MergeDriverCommand::tr("%1: cannot read it: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

/// git's own line-by-line merge into `ours` (whose bytes before it are `oursBytes`), with conflict markers
/// of `markerSize`, as git merges a file without a driver. Where it finds nothing in conflict (a side cut
/// short, say, beside a change of the other), the whole of both sides goes between markers instead: the
/// file must not pass for merged.
bool textMerge(const QString &base, const QString &ours, const QString &theirs, const QByteArray &oursBytes,
               const QByteArray &theirsBytes, int markerSize, const SidecarMerge::Names &names, QTextStream &err,
               bool wholeWhenClean = true)
{
    const GitProcess::Result merged =
        GitProcess::run({u"merge-file"_s, u"--marker-size=%1"_s.arg(markerSize), u"-L"_s, names.ours, u"-L"_s,
                         MergeDriverCommand::tr("base"), u"-L"_s, names.theirs, ours, base, theirs},
                        60000);
    if (!merged.finished || merged.exitCode < 0) {
        err << MergeDriverCommand::tr("hashiya merge-driver: git merge-file failed (%1); %2 is left as ours")
                   .arg(merged.message(), ours)
            << '\n';
        return false;
    }
    if (merged.exitCode > 0 || !wholeWhenClean)
        return true; // conflicts marked, or nothing to mark
    auto line = [](QByteArray text) {
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n';
        return text;
    };
    const QByteArray whole = QByteArray(markerSize, '<') + ' ' + names.ours.toUtf8() + '\n' + line(oursBytes)
        + QByteArray(markerSize, '=') + '\n' + line(theirsBytes) + QByteArray(markerSize, '>') + ' '
        + names.theirs.toUtf8() + '\n';
    QString error;
    if (!saveFileAtomically(ours, [&whole](QIODevice &device) { return device.write(whole) == whole.size(); }, &error)) {
        err << MergeDriverCommand::tr("hashiya merge-driver: %1 could not be written: %2").arg(ours, error) << '\n';
        return false;
    }
    return true;
}

} // namespace

QString MergeDriverCommand::usage()
{
    return tr("Usage: hashiya merge-driver BASE OURS THEIRS [MARKER_SIZE] [PATH]\n"
              "\n"
              "The merge driver git runs for sidecars once `hashiya setup-git` has configured it\n"
              "(`%O %A %B %L %P`). Merges the three versions annotation by annotation and leaves the\n"
              "result in OURS. Where both sides changed the same thing differently, the result keeps\n"
              "ours and records a conflict in the file, for Hashiya to resolve; `hashiya validate`\n"
              "reports each one.\n"
              "\n"
              "Exit status: 0 merged cleanly, 1 conflicts recorded (or a side that is not a sidecar:\n"
              "a text merge with conflict markers is left instead), 2 usage error.\n");
}

int MergeDriverCommand::run(const QStringList &arguments, QTextStream &, QTextStream &err)
{
    if (arguments.size() < 3 || arguments.size() > 5) {
        err << usage();
        return 2;
    }
    const QString basePath = arguments[0], oursPath = arguments[1], theirsPath = arguments[2];
    bool sizeOk = true;
    const int markerSize = arguments.size() > 3 ? arguments[3].toInt(&sizeOk) : 7;
    if (!sizeOk || markerSize < 1) {
        err << tr("hashiya merge-driver: the marker size must be a positive number, not “%1”").arg(arguments[3]) << '\n';
        return 2;
    }
    const QString shownPath = arguments.size() > 4 ? arguments[4] : oursPath;
    const SidecarMerge::Names names = GitSides::find(QDir::currentPath());

    QString error;
    const std::optional<QByteArray> baseBytes = readAll(basePath, &error);
    const std::optional<QByteArray> oursBytes = baseBytes ? readAll(oursPath, &error) : std::nullopt;
    const std::optional<QByteArray> theirsBytes = oursBytes ? readAll(theirsPath, &error) : std::nullopt;
    if (!theirsBytes) {
        err << u"hashiya merge-driver: "_s << error << '\n';
        return 1; // git keeps ours and marks the file unmerged
    }
    // The three sides are read at once, each on a thread of its own. Both sides added the file: git
    // gives an empty base.
    struct Parsed
    {
        std::optional<SidecarTree> tree;
        QString error;
    };
    auto parse = [&shownPath](const QByteArray &bytes, bool mayBeEmpty) {
        Parsed parsed;
        if (mayBeEmpty && bytes.trimmed().isEmpty())
            parsed.tree = SidecarTree {};
        else
            parsed.tree = SidecarTree::parse(bytes, shownPath, &parsed.error);
        return parsed;
    };
    std::future<Parsed> baseParsed = std::async(std::launch::async, parse, std::cref(*baseBytes), true);
    std::future<Parsed> theirsParsed = std::async(std::launch::async, parse, std::cref(*theirsBytes), false);
    Parsed oursParsed = parse(*oursBytes, false);
    Parsed baseDone = baseParsed.get(), theirsDone = theirsParsed.get();
    std::optional<SidecarTree> &base = baseDone.tree, &ours = oursParsed.tree, &theirs = theirsDone.tree;
    error = !base ? baseDone.error : !ours ? oursParsed.error : theirsDone.error;
    if (!theirs) {
        const QString side = !base ? tr("the common ancestor") : !ours ? names.ours : names.theirs;
        err << tr("hashiya merge-driver: %1 (%2) cannot be merged annotation by annotation: %3").arg(shownPath, side, error)
            << '\n'
            << tr("hashiya merge-driver: %1 is left as a text merge with conflict markers; resolve it by hand")
                   .arg(shownPath)
            << '\n';
        textMerge(basePath, oursPath, theirsPath, *oursBytes, *theirsBytes, markerSize, names, err);
        return 1;
    }

    const bool sameKind = ours->format == theirs->format && (base->root.empty() || base->format == ours->format);
    if (!sameKind) {
        err << tr("hashiya merge-driver: %1: the two sides are different kinds of file (%2, %3); "
                  "it is left as a text merge with conflict markers")
                   .arg(shownPath, QString::fromUtf8(ours->format), QString::fromUtf8(theirs->format))
            << '\n';
        textMerge(basePath, oursPath, theirsPath, *oursBytes, *theirsBytes, markerSize, names, err);
        return 1;
    }
    const SidecarMerge::Result result = SidecarMerge::merge(*base, *ours, *theirs, names);
    if (ours->format == "hashiya-schema" && !result.conflicts.empty()) {
        // A schema holds no conflicts list: a person resolves its few lines as text.
        err << tr("hashiya merge-driver: %1: both sides changed the same part of the schema differently; it is "
                  "left as a text merge with conflict markers")
                   .arg(shownPath)
            << '\n';
        for (const MergeConflict &conflict : result.conflicts)
            err << u"  "_s << conflict.describe() << '\n';
        textMerge(basePath, oursPath, theirsPath, *oursBytes, *theirsBytes, markerSize, names, err, false);
        return 1;
    }
    const QByteArray merged = result.merged.toJson();
    if (!saveFileAtomically(oursPath, [&merged](QIODevice &device) { return device.write(merged) == merged.size(); },
                            &error)) {
        err << tr("hashiya merge-driver: %1: the merge could not be written: %2").arg(shownPath, error) << '\n';
        return 1;
    }
    const qsizetype waiting = qsizetype(result.merged.conflicts.size());
    if (waiting == 0)
        return 0;
    err << tr("hashiya merge-driver: %1: %n conflict(s) to resolve in Hashiya", nullptr, int(waiting)).arg(shownPath)
        << '\n';
    for (const MergeConflict &conflict : result.conflicts)
        err << u"  "_s << conflict.describe() << '\n';
    return 1;
}

} // namespace Hashiya
