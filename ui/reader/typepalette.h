// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QToolButton;

namespace Hashiya {

class FlowLayout;
struct Schema;

/// One button per entity type, in its colour and with its shortcut key, for tagging with the mouse. The
/// buttons wrap onto more rows when the space is narrow, so every type stays in sight.
class TypePalette final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypePalette)

public:
    explicit TypePalette(QWidget *parent = nullptr);
    void setSchema(const Schema *schema);
    /// Shows and hides the palette (View menu); the choice is remembered.
    QAction *toggleViewAction() const { return m_toggleAction; }
    QList<QToolButton *> buttons() const;

Q_SIGNALS:
    void typeChosen(const QString &type);

private:
    FlowLayout *m_layout;
    QAction *m_toggleAction;
};

} // namespace Hashiya
