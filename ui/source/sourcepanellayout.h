// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QWidget;

namespace Hashiya {

class SourceView;

/// Lays out a source panel as the sidecar and schema panels are: a wrapping, selectable title line
/// above the view, which takes the rest of the room.
void layOutSourcePanel(QWidget *panel, QLabel *title, SourceView *view);

} // namespace Hashiya
