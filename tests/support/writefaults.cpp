// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/writefaults.h"

#include "support/catchqt.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <dlfcn.h>
#include <unistd.h>

namespace Hashiya::Test {

namespace {

const char setName[] = "hashiya_failing_writes_set";
const char failuresName[] = "hashiya_failing_writes_failures";
const char restartedVariable[] = "HASHIYA_FAILING_WRITES_RESTARTED";

} // namespace

void WriteFaults::preloadIntoThisProcess(char *argv[])
{
#ifdef HASHIYA_FAILING_WRITES_LIBRARY
    if (dlsym(RTLD_DEFAULT, setName) || qEnvironmentVariableIsSet(restartedVariable))
        return; // preloaded, or tried once already: never loop
    QByteArray preload = HASHIYA_FAILING_WRITES_LIBRARY;
    if (const QByteArray others = qgetenv("LD_PRELOAD"); !others.isEmpty())
        preload += ':' + others;
    qputenv("LD_PRELOAD", preload);
    qputenv(restartedVariable, "1");
    execv("/proc/self/exe", argv);
    // Still here: the tests that need the library say why they are skipped.
#else
    Q_UNUSED(argv);
#endif
}

QString WriteFaults::unavailableReason()
{
#ifdef HASHIYA_FAILING_WRITES_LIBRARY
    if (!dlsym(RTLD_DEFAULT, setName))
        return QStringLiteral("the failing-writes library is not preloaded (LD_PRELOAD=%1)")
            .arg(QStringLiteral(HASHIYA_FAILING_WRITES_LIBRARY));
    return {};
#else
    return QStringLiteral("this build is sanitized (HASHIYA_SANITIZE or HASHIYA_FUZZ): the AddressSanitizer runtime "
                          "must be loaded first, so no failing-writes library can be preloaded");
#endif
}

WriteFaults::WriteFaults()
    : m_set(reinterpret_cast<Set>(dlsym(RTLD_DEFAULT, setName)))
    , m_failures(reinterpret_cast<Failures>(dlsym(RTLD_DEFAULT, failuresName)))
{
    REQUIRE(m_set);
    REQUIRE(m_failures);
}

WriteFaults::~WriteFaults()
{
    off();
}

void WriteFaults::failAfter(const QString &folder, qint64 allowedBytes, int error, At at)
{
    m_set(QFile::encodeName(folder).constData(), allowedBytes, error, int(at));
}

void WriteFaults::off()
{
    m_set(nullptr, 0, 0, 0);
}

qint64 WriteFaults::failures() const
{
    return m_failures();
}

QProcessEnvironment WriteFaults::environment(const QString &folder, qint64 allowedBytes, int error, At at)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HASHIYA_FAIL_FOLDER"), folder);
    environment.insert(QStringLiteral("HASHIYA_FAIL_AFTER"), QString::number(allowedBytes));
    environment.insert(QStringLiteral("HASHIYA_FAIL_ERRNO"), QString::number(error));
    environment.insert(QStringLiteral("HASHIYA_FAIL_AT"),
                       at == At::Write      ? QStringLiteral("write")
                           : at == At::Sync ? QStringLiteral("sync")
                                            : QStringLiteral("close"));
    return environment;
}

} // namespace Hashiya::Test
