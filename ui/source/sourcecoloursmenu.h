// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Hashiya {

/// Settings → Source colours: KSyntaxHighlighting's colour themes for the source views, or the automatic
/// choice (Breeze Light or Breeze Dark after the palette). Without KSyntaxHighlighting it says how to get
/// it; the built-in colours follow the palette.
class SourceColoursMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceColoursMenu)

public:
    explicit SourceColoursMenu(QWidget *parent = nullptr);

private:
    void fill();
};

} // namespace Hashiya
