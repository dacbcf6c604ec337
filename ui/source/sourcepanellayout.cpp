// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepanellayout.h"

#include "ui/source/sourceview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Hashiya {

void layOutSourcePanel(QWidget *panel, QLabel *title, SourceView *view)
{
    title->setWordWrap(true);
    title->setContentsMargins(6, 3, 6, 3);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(view, 1);
}

} // namespace Hashiya
