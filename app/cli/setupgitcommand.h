// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Hashiya {

/// `hashiya setup-git [REPO]`: has git merge the sidecars, the schema and the entity registry of one
/// repository through `hashiya merge-driver`: the lines of the root's .gitattributes that name the
/// driver, and the repository's local git config that defines it. Idempotent: a second run changes
/// nothing, not even a file's modification time.
class SetupGitCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SetupGitCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();

    /// The lines .gitattributes must hold.
    static QStringList attributeLines();
    /// `gitattributes` with the lines of attributeLines() it lacks appended (in its own line ends), and
    /// every line it had kept byte for byte; `added` gets the lines appended. A line counts as there
    /// when its words are the same, however spaced.
    static QByteArray withAttributeLines(const QByteArray &gitattributes, QStringList *added);
    /// The merge.hashiya.driver value that runs `executable`: git expands %O, %A, %B, %L and %P in it
    /// and hands it to the shell, so a `%` of the path is doubled and the path quoted when it needs it.
    static QString driverCommand(const QString &executable);
};

} // namespace Hashiya
