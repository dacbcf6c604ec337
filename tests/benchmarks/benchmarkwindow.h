// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks of the reader window share: showing it, opening an article to its first frame, and
// timing the reader's repaints as it scrolls.

#include <QSize>
#include <QString>

#include <vector>

class QWidget;

namespace Hashiya {
class MainWindow;
class ReaderView;
} // namespace Hashiya

namespace Hashiya::Benchmark {

/// Shows `window` at `size` and waits until it is on screen, or stops the benchmark.
void showWindow(QWidget &window, QSize size = {1280, 820});
/// Opens `article` in `window` and paints the reader's first frame; returns how long that took, in ms.
double openToFirstFrame(MainWindow &window, const QString &article);
/// Scrolls the reader to `value` and repaints it; returns how long that took, in ms.
double scrollFrame(ReaderView *reader, int value);
/// Scrolls `count` times by `step` pixels (back to the top past the end) and times each repaint, in ms.
std::vector<double> scrollFrames(ReaderView *reader, int step, int count);

} // namespace Hashiya::Benchmark
