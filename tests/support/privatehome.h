// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace Hashiya::Test {

/// Gives the test process (and the programs it starts) a home folder of its own, removed when it ends:
/// settings, window state, the text cache and kept backups never pass between tests that ctest runs side
/// by side, nor from one run or checkout to the next. Create it before the application object.
class PrivateHome final
{
public:
    PrivateHome()
    {
        if (!m_home.isValid()) {
            std::fprintf(stderr, "cannot create a private home folder: %s\n", qPrintable(m_home.errorString()));
            std::exit(1);
        }
        qputenv("HOME", QFile::encodeName(m_home.path()));
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
            qunsetenv(variable);
    }

private:
    QTemporaryDir m_home{QDir::tempPath() + QStringLiteral("/hashiya-test-home-XXXXXX")};
};

} // namespace Hashiya::Test
