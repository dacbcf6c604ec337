// SPDX-License-Identifier: GPL-3.0-or-later
// Progress on the command line: how many, how fast, how long still, rewritten in place on a terminal; quiet
// for the first second and whenever stderr is not a terminal.
#include "cli/progressreporter.h"
#include "support/catchqt.h"

#include <QTextStream>

using namespace Hashiya;
using namespace Qt::StringLiterals;

TEST_CASE("A progress line says how many articles, how fast and how long still", "[progress][cli]")
{
    CHECK(ProgressReporter::line(u"validating"_s, 2500, 10000, 2000)
          == u"validating: 2500/10000 articles, 1250/s, 0:06 left"_s);
    CHECK(ProgressReporter::line(u"exporting"_s, 1, 100000, 1500) == u"exporting: 1/100000 articles, 1/s, 41:39:59 left"_s);
    SECTION("nothing left, or nothing done yet: no estimate")
    {
        CHECK(ProgressReporter::line(u"validating"_s, 10000, 10000, 4000) == u"validating: 10000/10000 articles, 2500/s"_s);
        CHECK(ProgressReporter::line(u"validating"_s, 0, 10000, 1200) == u"validating: 0/10000 articles, 0/s"_s);
    }
    SECTION("durations")
    {
        CHECK(ProgressReporter::duration(0) == u"0:00"_s);
        CHECK(ProgressReporter::duration(7) == u"0:07"_s);
        CHECK(ProgressReporter::duration(754) == u"12:34"_s);
        CHECK(ProgressReporter::duration(3723) == u"1:02:03"_s);
    }
}

TEST_CASE("Progress on a terminal waits a second, then is rewritten in place at most twice a second",
          "[progress][cli]")
{
    QString shown;
    qint64 now = 5000; // the clock need not start at zero
    {
        QTextStream err(&shown);
        ProgressReporter progress(err, u"exporting"_s, true, [&now] { return now; });
        progress.report(10, 1000);
        now += 999;
        progress.report(500, 1000);
        err.flush();
        CHECK(shown.isEmpty()); // short runs say nothing

        now += 1;
        progress.report(500, 1000);
        err.flush();
        const QString first = u"exporting: 500/1000 articles, 500/s, 0:01 left"_s;
        CHECK(shown == u"\r"_s + first);

        now += 499;
        progress.report(600, 1000);
        err.flush();
        CHECK(shown == u"\r"_s + first); // too soon

        now += 1;
        progress.report(1000, 1000);
        err.flush();
        const QString second = u"exporting: 1000/1000 articles, 667/s"_s; // shorter: spaces over the rest
        CHECK(shown == u"\r"_s + first + u"\r"_s + second + QString(first.size() - second.size(), u' '));

        progress.clear();
        err.flush();
        CHECK(shown.endsWith(u"\r"_s + QString(second.size(), u' ') + u"\r"_s));
        shown.clear();
    } // erased already: nothing more at the end
    CHECK(shown.isEmpty());
}

TEST_CASE("The progress line is erased at the end, so what the command prints next starts clean",
          "[progress][cli]")
{
    QString shown;
    qint64 now = 0;
    {
        QTextStream err(&shown);
        ProgressReporter progress(err, u"validating"_s, true, [&now] { return now; });
        now = 2000;
        progress.report(1, 2);
    }
    const QString line = u"validating: 1/2 articles, 1/s, 0:02 left"_s; // 0.5/s, shown rounded
    CHECK(shown == u"\r"_s + line + u"\r"_s + QString(line.size(), u' ') + u"\r"_s);
}

TEST_CASE("Progress is quiet when stderr is not a terminal", "[progress][cli]")
{
    QString shown;
    qint64 now = 0;
    {
        QTextStream err(&shown);
        SECTION("told so")
        {
            ProgressReporter progress(err, u"importing"_s, false, [&now] { return now; });
            for (int i = 0; i <= 100; ++i, now += 100)
                progress.report(i, 100);
            CHECK_FALSE(progress.isOnTerminal());
        }
        SECTION("a stream on a string, as the command's own tests capture it")
        {
            ProgressReporter progress(err, u"importing"_s);
            CHECK_FALSE(progress.isOnTerminal());
            progress.report(1, 2);
        }
    }
    CHECK(shown.isEmpty());
}
