// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeicon.h"

#include <QApplication>
#include <QDir>
#include <QIconEngine>
#include <QPainter>
#include <QStandardPaths>

namespace Hashiya {
namespace {

const QString fallbackTheme = QStringLiteral("breeze");
const QString darkFallbackTheme = QStringLiteral("breeze-dark");
// True when the desktop named no theme and Breeze stands in: then Hashiya's own dark colours may switch it
// to Breeze Dark, whose light glyphs stay visible on a dark toolbar.
bool breezeStandsIn = false;

/// An icon drawn mirrored left to right, for a theme that mirrors it in a right-to-left interface but
/// ships no full-colour variant to do it with (Breeze has only the symbolic edit-undo-rtl).
class MirroredIconEngine final : public QIconEngine
{
public:
    explicit MirroredIconEngine(QIcon icon)
        : m_icon(std::move(icon))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->save();
        painter->translate(2 * rect.x() + rect.width(), 0);
        painter->scale(-1, 1);
        m_icon.paint(painter, rect, Qt::AlignCenter, mode, state);
        painter->restore();
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QPixmap plain = m_icon.pixmap(size, scale, mode, state);
        QPixmap mirrored = QPixmap::fromImage(plain.toImage().mirrored(true, false));
        mirrored.setDevicePixelRatio(plain.devicePixelRatio());
        return mirrored;
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.availableSizes(mode, state);
    }
    QString iconName() override { return m_icon.name(); }
    bool isNull() override { return m_icon.isNull(); }
    QString key() const override { return QStringLiteral("HashiyaMirrored"); }
    QIconEngine *clone() const override { return new MirroredIconEngine(m_icon); }

private:
    QIcon m_icon;
};

} // namespace

void ThemeIcon::setUpThemes()
{
    static bool done = false;
    if (std::exchange(done, true))
        return;
    // Some platforms (offscreen, a bare X server) search no system folder and name no theme: add the
    // standard folders, and let Breeze stand in where the desktop's theme has no icon or there is none.
    QStringList paths = QIcon::themeSearchPaths();
    for (const QString &dataFolder : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        const QString icons = QDir(dataFolder).filePath(QStringLiteral("icons"));
        if (!paths.contains(icons) && QDir(icons).exists())
            paths.append(icons);
    }
    QIcon::setThemeSearchPaths(paths);
    QIcon::setFallbackThemeName(fallbackTheme);
    // Qt 6.4 looks in the fallback theme only behind a named one. Without a desktop, X11 names hicolor,
    // the base theme that has no action icons: Breeze stands in then too.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor") {
        QIcon::setThemeName(fallbackTheme);
        breezeStandsIn = true;
    }
}

void ThemeIcon::setDarkColours(bool dark)
{
    setUpThemes();
    if (!breezeStandsIn)
        return; // the desktop's own theme goes with the desktop's colours
    // Icons already made from the theme look it up again when they are next drawn.
    QIcon::setThemeName(dark ? darkFallbackTheme : fallbackTheme);
}

bool ThemeIcon::mirrorsInRightToLeft(const QString &name)
{
    setUpThemes();
    // hasThemeIcon() takes the name as it is, unlike fromTheme(), which drops "-rtl" to find "edit-undo".
    const QStringList variants = {name + QStringLiteral("-rtl"), name + QStringLiteral("-symbolic-rtl"),
                                  name + QStringLiteral("-rtl-symbolic")};
    for (const QString &variant : variants) {
        if (QIcon::hasThemeIcon(variant))
            return true;
    }
    return false;
}

QIcon ThemeIcon::icon(const QString &name, QStyle::StandardPixmap fallback, Qt::LayoutDirection direction)
{
    const QIcon themed = icon(name, direction);
    return themed.isNull() ? QApplication::style()->standardIcon(fallback) : themed;
}

QIcon ThemeIcon::icon(const QString &name, Qt::LayoutDirection direction)
{
    setUpThemes();
    if (direction == Qt::LayoutDirectionAuto)
        direction = QGuiApplication::layoutDirection();
    if (!QIcon::hasThemeIcon(name)) {
        // Some names come only as a pair: edit-clear-locationbar-ltr and -rtl.
        const QString variant = name + (direction == Qt::RightToLeft ? QStringLiteral("-rtl") : QStringLiteral("-ltr"));
        return QIcon::hasThemeIcon(variant) ? QIcon::fromTheme(variant) : QIcon();
    }
    // Qt 6.4 does nothing with a theme's "-rtl" variants: take one where the theme has it, and where it
    // has only a symbolic one, mirror the full-colour icon as the symbolic one is.
    if (direction == Qt::RightToLeft && mirrorsInRightToLeft(name)) {
        const QString rightToLeft = name + QStringLiteral("-rtl");
        if (QIcon::hasThemeIcon(rightToLeft))
            return QIcon::fromTheme(rightToLeft);
        return QIcon(new MirroredIconEngine(QIcon::fromTheme(name)));
    }
    return QIcon::fromTheme(name);
}

} // namespace Hashiya
