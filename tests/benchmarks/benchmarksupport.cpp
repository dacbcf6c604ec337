// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/benchmarksupport.h"

#include <QFile>
#include <QProcess>

#include <sys/resource.h>

namespace Hashiya::Benchmark {

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * 4096 / 1e6;
}

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[size_t(double(values.size() - 1) * 0.95)], values.back()};
}

QString option(const QStringList &arguments, QStringView name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

qint64 numberOption(const QStringList &arguments, QStringView name, qint64 fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong() : fallback;
}

QStringList runInFreshProcess(const QString &program, const QStringList &arguments, qsizetype fields)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    process.waitForFinished(-1);
    const QStringList printed = QString::fromUtf8(process.readAllStandardOutput()).split(u' ');
    if (process.exitCode() != 0 || printed.size() < fields)
        qFatal("step failed: %s %s", qPrintable(program), qPrintable(arguments.join(u' ')));
    return printed;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

const QStringList &mixedWords()
{
    static const QStringList words = {
        QStringLiteral("Ankara'da"),  QStringLiteral("savunma"),   QStringLiteral("İstanbul"), QStringLiteral("ılımlı"),
        QStringLiteral("الدوحة"),     QStringLiteral("وزارةُ"),     QStringLiteral("الدفاع"),   QStringLiteral("Baykar"),
        QStringLiteral("delegation"), QStringLiteral("agreement"), QStringLiteral("2026"),     QStringLiteral("📰"),
    };
    return words;
}

const QStringList &mixedSentences()
{
    static const QStringList sentences = {
        QStringLiteral("Türkiye ile Azerbaycan heyetleri Ankara'da savunma sanayii iş birliğini görüştü. "),
        QStringLiteral("وقّعت وزارة الدفاع القطرية وشركة بايكار اتفاقية جديدة لتطوير الطائرات المسيّرة في الدوحة. "),
        QStringLiteral("The delegation reviewed joint projects on armoured vehicles and air-defence radars in Baku. "),
        QStringLiteral(
            "İstanbul'da düzenlenecek fuara ılımlı bir katılım bekleniyor; 250 milyon dolarlık anlaşma masada. "),
    };
    return sentences;
}

const QStringList &entityTypes()
{
    static const QStringList types = {QStringLiteral("PERSON"), QStringLiteral("ORG"),   QStringLiteral("GPE"),
                                      QStringLiteral("DATE"),   QStringLiteral("MONEY"), QStringLiteral("EQUIPMENT")};
    return types;
}

} // namespace Hashiya::Benchmark
