// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Hashiya::Test {

/// What a command-line subcommand printed and returned.
struct CommandRun
{
    int status = -1;
    QString out;
    QString err;
};

/// Runs a subcommand's `run(arguments, out, err)` with its streams captured.
template<typename Command>
CommandRun runCommand(Command command, const QStringList &arguments)
{
    CommandRun result;
    {
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.status = command(arguments, out, err);
    } // the streams flush into the strings here
    return result;
}

} // namespace Hashiya::Test
