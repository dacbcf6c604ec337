// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitprocess.h"

#include <QProcess>
#include <QStandardPaths>

namespace Hashiya {

QString GitProcess::Result::message() const
{
    const QByteArray trimmed = err.trimmed();
    return QString::fromLocal8Bit(trimmed.left(trimmed.indexOf('\n') < 0 ? trimmed.size() : trimmed.indexOf('\n')));
}

QString GitProcess::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("git"));
}

GitProcess::Result GitProcess::run(const QStringList &arguments, int timeoutMs)
{
    Result result;
    const QString git = executable();
    if (git.isEmpty())
        return result;
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice()); // git must never wait for an answer
    process.start(git, arguments);
    if (!process.waitForStarted())
        return result;
    result.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Hashiya
