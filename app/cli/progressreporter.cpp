// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressreporter.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Hashiya {

ProgressReporter::ProgressReporter(QTextStream &err, QString verb)
    : m_err(err)
    , m_verb(std::move(verb))
    , m_terminal(isatty(fileno(stderr)) == 1)
{
    m_clock.start();
}

ProgressReporter::~ProgressReporter()
{
    if (m_lineOpen)
        m_err << '\n';
    m_err.flush();
}

void ProgressReporter::report(qsizetype done, qsizetype total)
{
    const qint64 now = m_clock.elapsed();
    if (now < 1000 || (m_lastReport >= 0 && now - m_lastReport < 500))
        return;
    m_lastReport = now;
    const QString line = QStringLiteral("%1 %2/%3").arg(m_verb).arg(done).arg(total);
    if (m_terminal) {
        m_err << '\r' << line;
        m_lineOpen = true;
    } else {
        m_err << line << '\n';
    }
    m_err.flush();
}

} // namespace Hashiya
