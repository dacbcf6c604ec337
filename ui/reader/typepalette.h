// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

namespace Hashiya {

struct Schema;

/// A toolbar with one button per entity type, in its colour and with its shortcut key, for tagging
/// with the mouse.
class TypePalette final : public QToolBar
{
    Q_OBJECT

public:
    explicit TypePalette(QWidget *parent = nullptr);
    void setSchema(const Schema *schema);

Q_SIGNALS:
    void typeChosen(const QString &type);
};

} // namespace Hashiya
