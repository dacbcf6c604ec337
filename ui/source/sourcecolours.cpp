// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcecolours.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

const QString themeKey = u"source/theme"_s;

} // namespace

SourceColours::SourceColours(QObject *parent)
    : QObject(parent)
{
}

SourceColours *SourceColours::instance()
{
    // Owned by the application, so that it goes before Qt does.
    static QPointer<SourceColours> instance;
    if (!instance)
        instance = new SourceColours(QCoreApplication::instance());
    return instance;
}

QString SourceColours::chosenTheme() const
{
    return QSettings().value(themeKey).toString();
}

void SourceColours::chooseTheme(const QString &theme)
{
    if (theme == chosenTheme())
        return;
    if (theme.isEmpty())
        QSettings().remove(themeKey);
    else
        QSettings().setValue(themeKey, theme);
    Q_EMIT changed();
}

} // namespace Hashiya
