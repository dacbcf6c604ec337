// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcecoloursmenu.h"

#include "ui/source/sourcecolours.h"
#include "ui/source/sourcehighlighter.h"

#include <QActionGroup>

using namespace Qt::StringLiterals;

namespace Hashiya {

SourceColoursMenu::SourceColoursMenu(QWidget *parent)
    : QMenu(tr("Source &colours"), parent)
{
    setObjectName(u"sourceColoursMenu"_s);
    // The themes are asked of KSyntaxHighlighting when the menu is first opened, not at start.
    connect(this, &QMenu::aboutToShow, this, [this] {
        if (actions().isEmpty())
            fill();
    });
}

void SourceColoursMenu::fill()
{
    const QStringList themes = SourceHighlighter::themes();
    if (themes.isEmpty()) {
        QAction *none = addAction(tr("Built-in colours, after the palette"));
        none->setObjectName(u"sourceTheme-builtin"_s);
        none->setEnabled(false);
        QAction *hint = addAction(tr("More themes with KSyntaxHighlighting: install the Debian package "
                                     "libkf5syntaxhighlighting-tools"));
        hint->setEnabled(false);
        return;
    }
    auto *group = new QActionGroup(this);
    const QString chosen = SourceColours::instance()->chosenTheme();
    const auto add = [&](const QString &text, const QString &theme) {
        QAction *action = addAction(text);
        action->setObjectName(u"sourceTheme-"_s + (theme.isEmpty() ? u"automatic"_s : theme));
        action->setCheckable(true);
        action->setChecked(theme == chosen || (theme.isEmpty() && !themes.contains(chosen)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [theme] { SourceColours::instance()->chooseTheme(theme); });
    };
    add(tr("Automatic (Breeze Light or Breeze Dark after the palette)"), QString());
    addSeparator();
    for (const QString &theme : themes)
        add(theme, theme);
}

} // namespace Hashiya
