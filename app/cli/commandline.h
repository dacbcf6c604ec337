// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Hashiya {

/// The headless side of the `hashiya` executable: `--help`, `--version` and the subcommands.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// True if `arguments` (without the program name) ask for the command line rather than a window: a
    /// subcommand's name (even when a file or folder of that name exists here: `./export` or `-- export`
    /// opens it), an option such as --help, or a word that is not an existing file or folder.
    static bool wantsCommandLine(const QStringList &arguments);
    /// What the window gets of arguments that wantsCommandLine() left to it: without a leading `--`.
    static QStringList windowArguments(const QStringList &arguments);
    /// Every subcommand's name, as the dispatcher knows them.
    static QStringList commandNames();
    /// Runs the command and returns the process exit status. `components` names, for --version, what
    /// the window is built with that the core does not know (the source views' highlighter).
    static int run(const QStringList &arguments, const std::function<QString()> &components = {});
    static QString help();
};

} // namespace Hashiya
