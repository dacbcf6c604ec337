// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QTextStream;

namespace Hashiya {

/// Progress of a long command on stderr, when stderr is a terminal: nothing for the first second (short
/// runs stay quiet), then "verb: N/M articles, rate, time left", rewritten in place at most every half
/// second and erased at the end. Quiet when stderr is a pipe or a file: a log or a script gets only what
/// the command says about the articles.
class ProgressReporter final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReporter)

public:
    /// Milliseconds since some fixed moment.
    using Clock = std::function<qint64()>;

    /// On `err`, shown only if `err` writes to a terminal.
    ProgressReporter(QTextStream &err, QString verb);
    /// On `err`, shown if `terminal` says so, timed by `clock` (tests pass their own).
    ProgressReporter(QTextStream &err, QString verb, bool terminal, Clock clock);
    ~ProgressReporter();
    ProgressReporter(const ProgressReporter &) = delete;
    ProgressReporter &operator=(const ProgressReporter &) = delete;

    void report(qsizetype done, qsizetype total);
    /// Erases the line if one is shown, so that lines the command prints on the same terminal start at
    /// its left edge; the next report() draws it again.
    void clear();
    bool isOnTerminal() const { return m_terminal; }
    /// Whether `stream` writes to a terminal (a stream on a string, a pipe or a file does not).
    static bool isTerminal(const QTextStream &stream);

    /// The line shown for `done` of `total` articles after `elapsedMs`: how many, how fast, how long still.
    static QString line(const QString &verb, qsizetype done, qsizetype total, qint64 elapsedMs);
    /// "0:07", "12:34", "1:02:03".
    static QString duration(qint64 seconds);

private:
    QTextStream &m_err;
    QString m_verb;
    bool m_terminal = false;
    Clock m_clock;
    qint64 m_start = 0;
    qint64 m_lastReport = -1;
    qsizetype m_shownLength = 0; ///< of the line on the terminal now; 0 if none
};

} // namespace Hashiya
