// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real hashiya executable, as a user or a script does, and captures what it says.

#include "support/catchqt.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace Hashiya::Test {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `hashiya ARGUMENTS` in the C locale (so the system's messages are in English) and waits for it,
/// in `workingFolder` when one is given.
inline ProcessRun runHashiya(const QStringList &arguments,
                             QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                             const QString &workingFolder = QString())
{
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingFolder.isEmpty())
        process.setWorkingDirectory(workingFolder);
    process.start(QStringLiteral(HASHIYA_EXECUTABLE), arguments);
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace Hashiya::Test
