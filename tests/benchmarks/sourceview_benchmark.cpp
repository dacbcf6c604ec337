// SPDX-License-Identifier: GPL-3.0-or-later
// The source views on a sidecar of 10 MB (about 60,000 entity lines): showing it, the first coloured
// frame, jumping to the middle and to the end, following an edit (a header line and one entity line
// change), and colouring every line at once as a short document would be, for comparison.
// Run it with QT_QPA_PLATFORM=offscreen, and once on a real X display.
//
//   sourceview_benchmark [MEGABYTES]

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/benchmarkwindow.h"
#include "support/eventwait.h"
#include "ui/source/katetoolhighlighter.h"
#include "ui/source/sourcehighlighter.h"
#include "ui/source/sourceview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;
using namespace Qt::StringLiterals;

namespace {

QString sidecarLike(qsizetype bytes, const QString &modified)
{
    QString json =
        u"{\n  \"format\": \"hashiya-sidecar\",\n  \"modified\": \"%1\",\n  \"entities\": [\n"_s.arg(modified);
    for (qsizetype line = 0; json.size() < bytes; ++line) {
        json += u"    {\"id\":\"e%1\",\"type\":\"PERSON\",\"spans\":[[%2,%3,\"İlgar Hüseynov\",\"Azerbaycan Savunma "
                u"Sanayii Bakanı \",\" Ankara'da\"]]},\n"_s.arg(line)
                    .arg(line * 40)
                    .arg(line * 40 + 14);
    }
    json += u"    {\"id\":\"last\"}\n  ]\n}\n"_s;
    return json;
}

/// Coloured by the highlighter's tokens, not only in the theme's plain colour.
bool coloured(const SourceView &view, int line)
{
    return view.document()->findBlockByNumber(line).layout()->formats().size() >= 2;
}

double waitUntilColoured(const SourceView &view, int line, QElapsedTimer &clock)
{
    if (!Test::waitForEvents([&] { return coloured(view, line); }, 20000))
        return -1;
    return elapsedMs(clock);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qsizetype megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 10;
    const QString text = sidecarLike(megabytes * 1'000'000, u"2026-12-04T10:00:00Z"_s);

    SourceView view;
    showWindow(view, {1000, 700});

    // The longest the event loop waits while the view loads: how long the window would not answer.
    QElapsedTimer clock, sinceTick;
    qint64 longestStallNs = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestStallNs = std::max(longestStallNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    clock.start();
    sinceTick.start();
    view.setSource(text, SourceLanguage::Json);
    const double shown = elapsedMs(clock);
    heartbeat.start(0);
    const double firstColoured = waitUntilColoured(view, 5, clock);
    if (!Test::waitForEvents([&] { return !view.isLoading(); }, 60000))
        return 1;
    const double loaded = elapsedMs(clock);
    const auto *tool = dynamic_cast<const KateToolHighlighter *>(view.highlighter());
    if (tool && !Test::waitForEvents([&] { return tool->isDone(); }, 60000))
        return 1;
    const double answered = elapsedMs(clock);
    heartbeat.stop();
    const int lines = view.document()->blockCount();

    clock.restart();
    view.markLines(lines / 2, lines / 2);
    const double middle = waitUntilColoured(view, lines / 2, clock);
    clock.restart();
    view.markLines(lines - 3, lines - 3);
    const double end = waitUntilColoured(view, lines - 3, clock);

    // An edit as the sidecar view sees it: the time stamp and one entity change.
    QString edited = sidecarLike(megabytes * 1'000'000, u"2026-12-04T10:00:01Z"_s);
    edited.replace(u"\"id\":\"e%1\",\"type\":\"PERSON\""_s.arg(lines / 3),
                   u"\"id\":\"e%1\",\"type\":\"ORG\""_s.arg(lines / 3));
    clock.restart();
    view.setSource(edited, SourceLanguage::Json);
    QCoreApplication::processEvents();
    const double follow = elapsedMs(clock);

    std::printf("source view, %lld MB of JSON, %d lines, coloured by %s\n", static_cast<long long>(megabytes), lines,
                qPrintable(SourceHighlighter::backendDescription()));
    if (tool)
        std::printf("  every line answered by KSyntaxHighlighting: %.0f ms\n", answered);
    std::printf("  setSource: %.0f ms; first lines coloured: %.0f ms; all loaded: %.0f ms, the longest the window "
                "did not answer meanwhile: %.0f ms\n",
                shown, firstColoured, loaded, double(longestStallNs) / 1e6);
    std::printf("  jump to the middle coloured: %.0f ms; to the end: %.0f ms\n", middle, end);
    std::printf("  follow an edit (2 lines differ): %.0f ms\n", follow);

    // The same text coloured whole, as a document under SourceView::longDocumentLength is.
    SourceView whole;
    showWindow(whole, {1000, 700});
    const QString shortText = text.first(SourceView::longDocumentLength - 1);
    clock.restart();
    whole.setSource(shortText, SourceLanguage::Json);
    const int shortLines = whole.document()->blockCount();
    if (!Test::waitForEvents([&] { return coloured(whole, shortLines - 2); }, 60000))
        return 1;
    std::printf("  %d lines (%.1f MB) coloured whole: %.0f ms\n", shortLines, double(shortText.size()) / 1e6,
                elapsedMs(clock));
    return 0;
}
