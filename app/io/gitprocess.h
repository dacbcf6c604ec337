// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Hashiya {

/// Runs the git program (the one on PATH) and waits for it: what it printed and how it ended. Git is
/// optional for Hashiya, so a missing git is an answer (`started` false), not an error.
class GitProcess final
{
public:
    struct Result
    {
        bool started = false; ///< false: no git on PATH, or it could not be started
        bool finished = false; ///< exited by itself within the time allowed
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool succeeded() const { return finished && exitCode == 0; }
        /// The first line of what git said on stderr, e.g. "fatal: not a git repository ...".
        QString message() const;
    };

    /// The git program on PATH, or empty when there is none.
    static QString executable();
    /// Runs `git ARGUMENTS` with no input; gives up (and kills it) after `timeoutMs`.
    static Result run(const QStringList &arguments, int timeoutMs = 30000);
};

} // namespace Hashiya
