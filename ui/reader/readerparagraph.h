// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/reader/arclayout.h"
#include "ui/reader/highlightpainter.h"

#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <utility>
#include <vector>

namespace Hashiya {

/// One paragraph of the reader, laid out: its lines, which way it runs, its height, and what is drawn
/// over it (highlights, chips, arcs), placed relative to the layout's origin. The reader view makes and
/// drops these; its helpers only read them.
struct ReaderParagraph
{
    QTextLayout layout;
    bool rightToLeft = false;
    int height = 0;
    HighlightPainter::Highlights highlights; // kept until the paragraph is laid out again
    std::vector<std::pair<QString, QRectF>> chips; // entity id → its chip, relative to the layout
    std::vector<ArcLayout::Shape> arcs;
};

} // namespace Hashiya
