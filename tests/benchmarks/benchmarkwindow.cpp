// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/benchmarkwindow.h"

#include "benchmarks/benchmarksupport.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QScrollBar>
#include <QTest>

namespace Hashiya::Benchmark {

void showWindow(QWidget &window, QSize size)
{
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window did not show");
}

double openToFirstFrame(MainWindow &window, const QString &article)
{
    QElapsedTimer timer;
    timer.start();
    window.openArticle(article);
    window.reader()->viewport()->repaint();
    return elapsedMs(timer);
}

double scrollFrame(ReaderView *reader, int value)
{
    QElapsedTimer timer;
    timer.start();
    reader->verticalScrollBar()->setValue(value);
    reader->viewport()->repaint();
    return elapsedMs(timer);
}

std::vector<double> scrollFrames(ReaderView *reader, int step, int count)
{
    QScrollBar *bar = reader->verticalScrollBar();
    std::vector<double> frames;
    for (int i = 0; i < count; ++i) {
        int value = bar->value() + step;
        if (value > bar->maximum())
            value = 0;
        frames.push_back(scrollFrame(reader, value));
    }
    return frames;
}

} // namespace Hashiya::Benchmark
