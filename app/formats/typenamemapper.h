// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Hashiya {

/// Turns labels from peer files into Hashiya type and attribute names (^[A-Za-z][A-Za-z0-9_-]{0,63}$), the
/// same label always to the same name and two different labels never to one name. One mapper per input
/// file, so a file's notes list each changed label once.
class TypeNameMapper final
{
public:
    static bool isValid(QStringView name);

    /// The name for `label`; `changed` (if given) is set when it differs from the label.
    QString map(const QString &label, bool *changed = nullptr);

private:
    QHash<QString, QString> m_names; // label → name
    QSet<QString> m_taken;
};

} // namespace Hashiya
