// SPDX-License-Identifier: GPL-3.0-or-later
// `hashiya --version` names what the window is built with, the source views' highlighter included, as the
// about box does.

#include "support/catchqt.h"
#include "support/hashiyaprocess.h"

#include <QRegularExpression>

using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

TEST_CASE("hashiya --version names the version, Qt and the source views' highlighter with its version", "[cli]")
{
    SECTION("KSyntaxHighlighting, run as its own process")
    {
        const ProcessRun run = runHashiya({u"--version"_s});
        INFO(run.out.toStdString() + run.err.toStdString());
        CHECK(run.exitCode == 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 3);
        CHECK(lines[0] == u"hashiya "_s + QStringLiteral(HASHIYA_VERSION));
        CHECK(lines[1].startsWith(u"Qt 6."_s));
        CHECK(QRegularExpression(u"^Source views: KSyntaxHighlighting 5\\.\\d+\\.\\d+ \\(kate-syntax-highlighter"_s)
                  .match(lines[2])
                  .hasMatch());
    }
    SECTION("without it")
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HASHIYA_KATE_SYNTAX_HIGHLIGHTER"_s, u"/nonexistent/kate-syntax-highlighter"_s);
        const ProcessRun run = runHashiya({u"--version"_s}, environment);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(u"Source views: built-in highlighter (KSyntaxHighlighting is not installed"_s));
    }
}
