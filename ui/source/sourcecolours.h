// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Hashiya {

/// The colour theme chosen in Settings → Source colours, remembered in the settings: one of
/// KSyntaxHighlighting's themes, or none for the automatic choice (Breeze Light or Breeze Dark after the
/// palette). Source views colour themselves again when it changes.
class SourceColours final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceColours)

public:
    static SourceColours *instance();

    /// Empty for the automatic choice.
    QString chosenTheme() const;
    void chooseTheme(const QString &theme);

Q_SIGNALS:
    void changed();

private:
    explicit SourceColours(QObject *parent);
};

} // namespace Hashiya
