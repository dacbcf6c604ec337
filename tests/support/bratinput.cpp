// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/bratinput.h"
#include "support/catchqt.h"

#include "io/batchedwrites.h"
#include "io/schemareader.h"
#include "model/article.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "formats/bratimporter.h"
#include "formats/exchangefiles.h"
#include "formats/importwriter.h"

namespace Hashiya::Test {
namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

void writeBratInput(const QString &folder, int documents)
{
    const QStringList sentences = {
        QStringLiteral("Türkiye ile Azerbaycan heyetleri Ankara'da savunma sanayii iş birliğini görüştü."),
        QStringLiteral("وقّعت وزارة الدفاع القطرية وشركة بايكار اتفاقية جديدة في الدوحة."),
        QStringLiteral("The delegation reviewed joint projects in Baku."),
    };
    // The first three words of each sentence, in code points (no sentence has a character outside the BMP).
    QDir().mkpath(folder);
    for (int n = 0; n < documents; ++n) {
        QString text = sentences[n % 3] + u' ' + sentences[(n + 1) % 3] + QStringLiteral("\nNo. %1\n").arg(n);
        QByteArray ann;
        qsizetype at = 0;
        for (int t = 1; t <= 3; ++t) {
            const qsizetype end = text.indexOf(u' ', at);
            ann += 'T' + QByteArray::number(t) + '\t' + (t == 2 ? "ORG" : "GPE") + ' ' + QByteArray::number(at) + ' '
                + QByteArray::number(end) + '\t' + text.mid(at, end - at).toUtf8() + '\n';
            at = end + 1;
        }
        ann += "R1\tMEETS_WITH Arg1:T1 Arg2:T3\t\nA1\tconfidence T2 high\n";
        const QString base = folder + QStringLiteral("/doc%1").arg(n, 5, 10, QLatin1Char('0'));
        writeBytes(base + QStringLiteral(".txt"), text.toUtf8());
        writeBytes(base + QStringLiteral(".ann"), ann);
    }
}

ImportedFolder checkImported(const QString &target, const QString &input)
{
    ImportedFolder result;
    const QDir out(target);
    QDirIterator it(target, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList articles;
    while (it.hasNext()) {
        const QString name = out.relativeFilePath(it.next());
        const QString file = QFileInfo(name).fileName();
        if (name.endsWith(u".txt"))
            articles.append(name);
        else if (name.endsWith(u".txt.ann.json") && QFileInfo::exists(out.filePath(name.chopped(9))))
            continue; // checked with its article
        else if (file.startsWith(u'.') && file.endsWith(BatchedWrites::temporarySuffix()))
            ++result.temporaryFiles;
        else if (name != SchemaReader::fileName())
            result.problems.append(name + QStringLiteral(": not an article, its sidecar or a hidden temporary file"));
    }
    for (const QString &name : std::as_const(articles)) {
        const QString inputBase = QDir(input).filePath(name.chopped(4));
        const QByteArray txt = readBytes(inputBase + QStringLiteral(".txt"));
        if (readBytes(out.filePath(name)) != txt) {
            result.problems.append(name + QStringLiteral(": not the whole text of its input"));
            continue;
        }
        if (!QFileInfo::exists(Article::sidecarPathFor(out.filePath(name)))) {
            ++result.articlesAlone;
            continue;
        }
        Problems problems;
        const std::optional<ExchangeDocument> imported = ExchangeFiles::load(out.filePath(name), target, nullptr, &problems);
        ImportBatch batch;
        const std::optional<ExchangeDocument> expected =
            BratImporter::parse(readBytes(inputBase + QStringLiteral(".ann")), txt, name, inputBase, &batch);
        if (!imported || hasErrors(problems))
            result.problems.append(name + QStringLiteral(": its sidecar does not read: ")
                                   + (problems.isEmpty() ? QString() : problems.first().toString()));
        else if (!expected || !ImportWriter::sameContent(*imported, *expected))
            result.problems.append(name + QStringLiteral(": its sidecar does not hold the input's annotations"));
        else
            ++result.pairs;
    }
    return result;
}

} // namespace Hashiya::Test
