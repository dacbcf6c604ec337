// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupgitcommand.h"

#include "cli/optionparser.h"
#include "io/gitprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <utility>
#include <vector>

namespace Hashiya {

namespace {

const QString driverName = QStringLiteral("hashiya");

/// A line's words: what git reads of it, whatever the spaces and line end.
QByteArrayList wordsOf(const QByteArray &line)
{
    return line.simplified().split(' ');
}

} // namespace

QString SetupGitCommand::usage()
{
    return tr("Usage: hashiya setup-git [REPO]\n"
              "Has git merge the sidecars (*.ann.json), the schema (hashiya-schema.json) and the entity\n"
              "registry (hashiya-entities.json) of the repository holding REPO (default: the current folder)\n"
              "with hashiya merge-driver, annotation by annotation, instead of line by line as text:\n"
              "  .gitattributes at the repository's root gets a merge=hashiya line for each (lines already\n"
              "  there are kept as they are and not repeated);\n"
              "  the repository's local git config gets merge.hashiya.driver (this program, by its absolute\n"
              "  path), merge.hashiya.name and merge.hashiya.recursive = binary.\n"
              "Running it again changes nothing. The git config stays in this clone: commit .gitattributes,\n"
              "and run hashiya setup-git in every clone; without it git merges the sidecars as text.\n"
              "Exit status: 0 done, 2 usage error, git missing, or REPO not in a git repository.\n");
}

QStringList SetupGitCommand::attributeLines()
{
    return {QStringLiteral("*.ann.json merge=hashiya"), QStringLiteral("hashiya-schema.json merge=hashiya"),
            QStringLiteral("hashiya-entities.json merge=hashiya")};
}

QByteArray SetupGitCommand::withAttributeLines(const QByteArray &gitattributes, QStringList *added)
{
    std::vector<QByteArrayList> present;
    for (const QByteArray &line : gitattributes.split('\n'))
        present.push_back(wordsOf(line));
    QByteArray result = gitattributes;
    const QByteArray lineEnd = gitattributes.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    for (const QString &line : attributeLines()) {
        const QByteArray bytes = line.toUtf8();
        if (std::find(present.begin(), present.end(), wordsOf(bytes)) != present.end())
            continue;
        if (!result.isEmpty() && !result.endsWith('\n'))
            result += lineEnd; // ends the user's last line; its bytes stay as they were
        result += bytes + lineEnd;
        added->append(line);
    }
    return result;
}

QString SetupGitCommand::driverCommand(const QString &executable)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+,:@=-]+$"));
    QString path = executable;
    if (!plain.match(path).hasMatch())
        path = u'\'' + path.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    path.replace(u'%', QStringLiteral("%%"));
    return path + QStringLiteral(" merge-driver %O %A %B %L %P");
}

int SetupGitCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedOptions options = parseOptions(arguments, {}, {});
    if (options.flags.contains(QStringLiteral("help"))) {
        out << usage();
        return 0;
    }
    auto usageError = [&](const QString &message) {
        err << "hashiya setup-git: " << message << "\n\n" << usage();
        return 2;
    };
    auto setupError = [&](const QString &message) {
        err << "hashiya setup-git: " << message << '\n';
        return 2;
    };
    if (!options.error.isEmpty())
        return usageError(options.error);
    if (options.paths.size() > 1)
        return usageError(tr("one REPO at most"));
    const QString given = options.paths.value(0, QStringLiteral("."));
    if (!QFileInfo(given).isDir())
        return usageError(tr("%1 is not a folder").arg(given));
    if (GitProcess::executable().isEmpty())
        return setupError(tr("git was not found; install it (on Debian: apt install git) and run this again"));

    const GitProcess::Result topLevel =
        GitProcess::run({QStringLiteral("-C"), QFileInfo(given).absoluteFilePath(), QStringLiteral("rev-parse"),
                         QStringLiteral("--show-toplevel")});
    if (!topLevel.succeeded()) {
        return setupError(
            tr("%1 is not in a git repository with a working tree (git says: %2)").arg(given, topLevel.message()));
    }
    const QString root = QFile::decodeName(topLevel.out.trimmed());
    out << tr("Repository: %1").arg(root) << '\n';

    // .gitattributes: what the user had, with the missing lines added; not written when none is missing.
    const QString attributesPath = QDir(root).filePath(QStringLiteral(".gitattributes"));
    QByteArray attributes;
    if (QFileInfo::exists(attributesPath)) {
        QFile file(attributesPath);
        if (!file.open(QIODevice::ReadOnly))
            return setupError(tr("cannot read %1: %2").arg(attributesPath, file.errorString()));
        attributes = file.readAll();
    }
    QStringList added;
    const QByteArray updated = withAttributeLines(attributes, &added);
    if (added.isEmpty()) {
        out << tr("%1 already holds the merge attributes").arg(attributesPath) << '\n';
    } else {
        QSaveFile file(attributesPath);
        if (!file.open(QIODevice::WriteOnly))
            return setupError(tr("cannot write %1: %2").arg(attributesPath, file.errorString()));
        file.write(updated);
        if (!file.commit())
            return setupError(tr("cannot write %1: %2").arg(attributesPath, file.errorString()));
        for (const QString &line : std::as_const(added))
            out << tr("Added to %1: %2").arg(attributesPath, line) << '\n';
    }

    // The local config, each key set only when it differs: a second run leaves the file untouched.
    const QString prefix = QStringLiteral("merge.") + driverName + u'.';
    const std::pair<QString, QString> settings[] = {
        // Shown by git only, as the driver's description: the same words in every language.
        {prefix + QStringLiteral("name"), QStringLiteral("Hashiya: merges sidecars annotation by annotation")},
        {prefix + QStringLiteral("driver"), driverCommand(QCoreApplication::applicationFilePath())},
        // A merge inside a merge (a criss-cross history's common base) keeps one side and lets the outer
        // merge, which the driver does, settle it.
        {prefix + QStringLiteral("recursive"), QStringLiteral("binary")},
    };
    bool changed = false;
    for (const auto &[key, value] : settings) {
        const GitProcess::Result current =
            GitProcess::run({QStringLiteral("-C"), root, QStringLiteral("config"), QStringLiteral("--local"),
                             QStringLiteral("--get-all"), key});
        if (current.succeeded() && current.out == value.toUtf8() + '\n')
            continue;
        const GitProcess::Result set =
            GitProcess::run({QStringLiteral("-C"), root, QStringLiteral("config"), QStringLiteral("--local"),
                             QStringLiteral("--replace-all"), key, value});
        if (!set.succeeded())
            return setupError(tr("git config could not set %1 (git says: %2)").arg(key, set.message()));
        out << tr("Set in the local git config: %1 = %2").arg(key, value) << '\n';
        changed = true;
    }
    if (!changed)
        out << tr("The local git config already defines the merge driver") << '\n';
    out << '\n'
        << tr("This git config is local to this clone: git does not copy it. A fresh clone has no merge driver\n"
              "until hashiya setup-git runs there, and until then git falls back to merging the sidecars line\n"
              "by line as text. Commit .gitattributes, so that every clone that is set up uses the driver.\n");
    return 0;
}

} // namespace Hashiya
