// SPDX-License-Identifier: GPL-3.0-or-later
// The hashiya executable: the command line when asked for a command, otherwise the reader window.

#include "cli/commandline.h"
#include "ui/application.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Hashiya::CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        Hashiya::Application::setIdentity();
        return Hashiya::CommandLine::run(arguments);
    }
    if (const QString problem = Hashiya::Application::displayProblem(); !problem.isEmpty()) {
        std::fputs(qPrintable(problem + u'\n'), stderr);
        return 1;
    }
    return Hashiya::Application::run(argc, argv, arguments);
}
