// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressreporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

ProgressReporter::Clock steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

ProgressReporter::ProgressReporter(QTextStream &err, QString verb)
    : ProgressReporter(err, std::move(verb), isTerminal(err), steadyClock())
{
}

bool ProgressReporter::isTerminal(const QTextStream &stream)
{
    const auto *file = qobject_cast<const QFile *>(stream.device());
    return file && file->handle() >= 0 && isatty(file->handle()) == 1;
}

ProgressReporter::ProgressReporter(QTextStream &err, QString verb, bool terminal, Clock clock)
    : m_err(err)
    , m_verb(std::move(verb))
    , m_terminal(terminal)
    , m_clock(std::move(clock))
    , m_start(m_clock())
{
}

ProgressReporter::~ProgressReporter()
{
    clear();
}

void ProgressReporter::report(qsizetype done, qsizetype total)
{
    if (!m_terminal)
        return;
    const qint64 elapsed = m_clock() - m_start;
    if (elapsed < 1000 || (m_lastReport >= 0 && elapsed - m_lastReport < 500))
        return;
    m_lastReport = elapsed;
    const QString text = line(m_verb, done, total, elapsed);
    // Spaces over what is left of a longer line shown before.
    m_err << '\r' << text << QString(std::max<qsizetype>(0, m_shownLength - text.size()), u' ');
    m_err.flush();
    m_shownLength = text.size();
}

void ProgressReporter::clear()
{
    if (m_shownLength == 0)
        return;
    m_err << '\r' << QString(m_shownLength, u' ') << '\r';
    m_err.flush();
    m_shownLength = 0;
}

QString ProgressReporter::line(const QString &verb, qsizetype done, qsizetype total, qint64 elapsedMs)
{
    const double seconds = std::max<qint64>(elapsedMs, 1) / 1000.0;
    const double rate = double(done) / seconds;
    QString text = tr("%1: %2/%3 articles, %4/s").arg(verb).arg(done).arg(total).arg(qRound64(rate));
    if (done > 0 && done < total)
        text += u", "_s + tr("%1 left").arg(duration(qint64(double(total - done) / rate + 0.5)));
    return text;
}

QString ProgressReporter::duration(qint64 seconds)
{
    const qint64 hours = seconds / 3600, minutes = seconds / 60 % 60, rest = seconds % 60;
    auto twoDigits = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(twoDigits(minutes), twoDigits(rest));
    return QStringLiteral("%1:%2").arg(minutes).arg(twoDigits(rest));
}

} // namespace Hashiya
