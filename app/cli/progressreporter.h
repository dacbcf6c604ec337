// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace Hashiya {

/// Progress of a long command on stderr: nothing for the first second (short runs stay quiet), then a
/// line at most every half second — rewritten in place on a terminal, appended when stderr is a log.
class ProgressReporter final
{
public:
    ProgressReporter(QTextStream &err, QString verb);
    ~ProgressReporter();
    void report(qsizetype done, qsizetype total);

private:
    QTextStream &m_err;
    QString m_verb;
    QElapsedTimer m_clock;
    qint64 m_lastReport = -1;
    bool m_terminal = false;
    bool m_lineOpen = false;
};

} // namespace Hashiya
