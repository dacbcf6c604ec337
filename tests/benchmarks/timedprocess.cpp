// SPDX-License-Identifier: GPL-3.0-or-later
#include "timedprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace Hashiya::Benchmark {

TimedProcess::Outcome TimedProcess::run(const QString &program, const QStringList &arguments,
                                        const QProcessEnvironment &environment)
{
    std::vector<QByteArray> argumentBytes {QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argumentBytes.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &bytes : argumentBytes)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> environmentBytes;
    for (const QString &variable : environment.toStringList())
        environmentBytes.push_back(variable.toUtf8());
    std::vector<char *> envp;
    for (QByteArray &bytes : environmentBytes)
        envp.push_back(bytes.data());
    envp.push_back(nullptr);

    QTemporaryFile errors;
    if (!errors.open())
        qFatal("no temporary file for the program's errors");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, QFile::encodeName(errors.fileName()).constData(), O_WRONLY, 0);

    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    pid_t child = 0;
    if (posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0)
        qFatal("cannot start %s", qPrintable(program));
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    struct rusage usage = {};
    if (wait4(child, &status, 0, &usage) != child)
        qFatal("lost %s", qPrintable(program));
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    outcome.peakMegabytes = double(usage.ru_maxrss) / 1024.0;
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    outcome.standardError = errors.read(65536);
    return outcome;
}

} // namespace Hashiya::Benchmark
