// SPDX-License-Identifier: GPL-3.0-or-later
// The man page and the bash completion are made from the program's own help (`hashiya --help` lists the
// commands, `hashiya help COMMAND` their options). Here every command the dispatcher knows, and every
// option of its usage, must reach both, so that a command missing from `--help` is caught too.

#include "cli/commandline.h"
#include "support/catchqt.h"
#include "support/hashiyaprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList subcommandNames()
{
    QStringList names = CommandLine::commandNames();
    names.removeAll(u"help"_s);
    return names;
}

/// Every `--name` in `text`, once each.
QStringList optionsIn(const QString &text)
{
    QSet<QString> options;
    static const QRegularExpression option(u"--[a-z][a-z-]*"_s);
    for (const QRegularExpressionMatch &match : option.globalMatch(text))
        options.insert(match.captured());
    QStringList sorted(options.begin(), options.end());
    sorted.sort();
    return sorted;
}

/// What the installed completion offers for the words typed so far (the last one being completed).
QStringList completions(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted.append(u"'"_s + word + u"'"_s);
    const QString script = u"source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _hashiya; printf '%s\\n' \"${COMPREPLY[@]}\""_s
                               .arg(QStringLiteral(HASHIYA_COMPLETION), quoted.join(u' '))
                               .arg(words.size() - 1);
    QProcess bash;
    bash.start(u"bash"_s, {u"-c"_s, script});
    REQUIRE(bash.waitForFinished(30000));
    REQUIRE(bash.exitCode() == 0);
    return QString::fromLocal8Bit(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("the man page has every command and every option of its usage", "[packaging]")
{
    QFile file(QStringLiteral(HASHIYA_MANPAGE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString manPage = QString::fromUtf8(file.readAll()).replace(u"\\-"_s, u"-"_s);
    const ProcessRun help = runHashiya({u"--help"_s});
    REQUIRE(help.exitCode == 0);
    for (const QString &name : subcommandNames()) {
        INFO("hashiya " << name.toStdString());
        CHECK(help.out.contains(u"\n  hashiya "_s + name + u' '));
        CHECK(manPage.contains(u"\n.SS "_s + name + u'\n'));
        const ProcessRun usage = runHashiya({u"help"_s, name});
        REQUIRE(usage.exitCode == 0);
        const QStringList options = optionsIn(usage.out);
        for (const QString &option : options) {
            INFO(option.toStdString());
            CHECK(manPage.contains(option));
        }
    }
    CHECK(manPage.contains(u"--help"_s));
    CHECK(manPage.contains(u"--version"_s));
}

TEST_CASE("bash completes every command and every option of its usage", "[packaging]")
{
    // The completion runs `hashiya` from PATH: the one just built.
    qputenv("PATH", QFileInfo(QStringLiteral(HASHIYA_EXECUTABLE)).absolutePath().toLocal8Bit() + ':' + qgetenv("PATH"));
    const QStringList commands = completions({u"hashiya"_s, QString()});
    for (const QString &name : subcommandNames()) {
        INFO("hashiya " << name.toStdString());
        CHECK(commands.contains(name));
        CHECK(completions({u"hashiya"_s, name.left(2)}).contains(name));
        const ProcessRun usage = runHashiya({u"help"_s, name});
        const QStringList offered = completions({u"hashiya"_s, name, u"--"_s});
        for (const QString &option : optionsIn(usage.out)) {
            INFO(option.toStdString());
            CHECK(offered.contains(option));
        }
    }
    CHECK(completions({u"hashiya"_s, u"--v"_s}) == QStringList {u"--version"_s});
    CHECK(completions({u"hashiya"_s, u"export"_s, u"--format"_s, u"gr"_s}) == QStringList {u"graphml"_s});
}
