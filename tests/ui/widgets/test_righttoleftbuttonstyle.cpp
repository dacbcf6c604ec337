// SPDX-License-Identifier: GPL-3.0-or-later
// In a right-to-left interface a button's text and icon are drawn side by side, centred: Qt 6.4 put the
// text against the button's left edge, away from its icon, and every Arabic dialog's Cancel looked cut off.
#include "support/catchqt.h"
#include "ui/widgets/righttoleftbuttonstyle.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QStyleFactory>

#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// Where a right-to-left Cancel button drawn by `style` puts its text and its (red) icon: the columns of
/// the text's dark pixels and of the icon's saturated ones.
struct ButtonInk
{
    int textLeft = 10000, textRight = -1, iconLeft = 10000, iconRight = -1, width = 0;
};

/// The whole interface mirrored, as in Arabic, for as long as it lives (a button alone set right to left does
/// not show the fault).
struct MirroredInterface
{
    MirroredInterface() { QApplication::setLayoutDirection(Qt::RightToLeft); }
    ~MirroredInterface() { QApplication::setLayoutDirection(Qt::LeftToRight); }
    Q_DISABLE_COPY_MOVE(MirroredInterface)
};

ButtonInk inkOf(QStyle *style)
{
    const MirroredInterface mirrored;
    QPushButton button(u"إلغاء"_s);
    button.setStyle(style);
    // A red square of its own: a standard icon would come from whatever icon theme an earlier test left
    // set, and Breeze's is grey.
    QPixmap red(16, 16);
    red.fill(Qt::red);
    button.setIcon(QIcon(red));
    // Wider than its content, as a dialog's button box makes its buttons.
    button.resize(button.sizeHint() + QSize(40, 0));
    const QImage image = button.grab().toImage().convertToFormat(QImage::Format_RGB32);
    ButtonInk ink;
    ink.width = image.width();
    std::vector<int> darkGreyColumns;
    // Inside the frame only: the icon's red, then the text's dark grey outside the icon's columns (the
    // icon's own edges are dark too).
    for (int y = 4; y < image.height() - 4; ++y) {
        for (int x = 3; x < image.width() - 3; ++x) {
            const QColor colour = image.pixelColor(x, y);
            const bool grey = std::abs(colour.red() - colour.green()) < 16 && std::abs(colour.green() - colour.blue()) < 16;
            if (!grey && colour.hsvSaturationF() > 0.3) {
                ink.iconLeft = std::min(ink.iconLeft, x);
                ink.iconRight = std::max(ink.iconRight, x);
            } else if (grey && colour.valueF() < 0.45) {
                darkGreyColumns.push_back(x);
            }
        }
    }
    for (const int x : darkGreyColumns) {
        if (x < ink.iconLeft || x > ink.iconRight) {
            ink.textLeft = std::min(ink.textLeft, x);
            ink.textRight = std::max(ink.textRight, x);
        }
    }
    return ink;
}

} // namespace

TEST_CASE("A right-to-left button draws its text whole, beside its icon on the right", "[ui][rtl]")
{
    // Over Fusion, the style the window has on Linux desktops (the offscreen platform's default differs).
    auto *style = new RightToLeftButtonStyle(QStyleFactory::create(u"Fusion"_s));
    const ButtonInk ink = inkOf(style);
    INFO("text " << ink.textLeft << "–" << ink.textRight << ", icon " << ink.iconLeft << "–" << ink.iconRight
                 << ", button " << ink.width);
    REQUIRE(ink.textRight >= 0);
    REQUIRE(ink.iconRight >= 0);
    CHECK(ink.iconLeft > ink.textRight); // the icon on the text's right
    CHECK(ink.iconLeft - ink.textRight <= 10); // beside it, not across the button
    CHECK(ink.textLeft >= 5); // not against the edge
    // The pair is centred: about as much room on either side.
    CHECK(std::abs((ink.textLeft) - (ink.width - 1 - ink.iconRight)) <= 6);
    delete style;
}
