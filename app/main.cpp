// SPDX-License-Identifier: GPL-3.0-or-later
// The hashiya executable: the command line when asked for a command, otherwise the reader window.

#include "cli/commandline.h"
#include "ui/application.h"
#include "ui/source/sourcehighlighter.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
#ifdef HASHIYA_NEEDS_SSE42_PCLMUL
    // The JSON reader is compiled for SSE4.2 and PCLMUL (every x86-64 CPU since 2010); say so plainly
    // instead of crashing on an illegal instruction on an older one.
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("sse4.2") || !__builtin_cpu_supports("pclmul")) {
        std::fputs("hashiya: this processor lacks SSE4.2 or PCLMUL, which this build needs; rebuild with "
                   "-DHASHIYA_PORTABLE_JSON=ON\n",
                   stderr);
        return 1;
    }
#endif
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Hashiya::CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        Hashiya::Application::setIdentity();
        Hashiya::UiLanguage::apply(QString()); // the command line speaks the system's language
        return Hashiya::CommandLine::run(arguments, [] {
            return QCoreApplication::translate("main", "Source views: %1")
                .arg(Hashiya::SourceHighlighter::backendDescription());
        });
    }
    if (const QString problem = Hashiya::Application::displayProblem(); !problem.isEmpty()) {
        std::fputs(qPrintable(problem + u'\n'), stderr);
        return 1;
    }
    QApplication app(argc, argv);
    Hashiya::Application::setIdentity();
    Hashiya::UiLanguage::apply(Hashiya::UiLanguage::saved());
    return Hashiya::Application::run(Hashiya::CommandLine::windowArguments(arguments));
}
