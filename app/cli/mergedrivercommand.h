// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Hashiya {

/// `hashiya merge-driver BASE OURS THEIRS [MARKER_SIZE] [PATH]`: git's merge driver for sidecars
/// (`hashiya setup-git` configures it as `%O %A %B %L %P`). Merges the three versions annotation by
/// annotation (SidecarMerge) and leaves the result in OURS, as git expects; exits 0 when nothing is left
/// to resolve and 1 when conflicts were recorded in the file. When a side cannot be read as a sidecar
/// it says why on stderr, leaves a text merge with conflict markers in OURS (git merge-file), and exits 1:
/// never a half-merged JSON.
class MergeDriverCommand final
{
    Q_DECLARE_TR_FUNCTIONS(MergeDriverCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace Hashiya
