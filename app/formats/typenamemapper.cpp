// SPDX-License-Identifier: GPL-3.0-or-later
#include "typenamemapper.h"

#include <algorithm>

namespace Hashiya {
namespace {

bool isAsciiLetter(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isNameCharacter(char16_t c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

/// `label` with Latin letters stripped of their marks (Turkish "KİŞİ" → "KISI") and every run of other
/// characters replaced by one '_'.
QString folded(const QString &label)
{
    QString decomposed = label.normalized(QString::NormalizationForm_KD);
    decomposed.replace(u'ı', u'i');
    QString name;
    bool lastWasReplacement = false;
    for (const QChar c : std::as_const(decomposed)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (isNameCharacter(c.unicode())) {
            name.append(c);
            lastWasReplacement = false;
        } else if (!lastWasReplacement) {
            name.append(u'_');
            lastWasReplacement = true;
        }
    }
    return name;
}

} // namespace

bool TypeNameMapper::isValid(QStringView name)
{
    if (name.isEmpty() || name.size() > 64 || !isAsciiLetter(name.front().unicode()))
        return false;
    for (const QChar c : name) {
        if (!isNameCharacter(c.unicode()))
            return false;
    }
    return true;
}

QString TypeNameMapper::map(const QString &label, bool *changed)
{
    if (const auto it = m_names.constFind(label); it != m_names.constEnd()) {
        if (changed)
            *changed = *it != label;
        return *it;
    }
    QString name;
    if (isValid(label) && !m_taken.contains(label)) {
        name = label;
    } else {
        QString base = folded(label);
        // A label of Arabic letters or symbols only folds to underscores: give it a neutral name.
        if (!std::any_of(base.cbegin(), base.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            base = QStringLiteral("LABEL");
        else if (!isAsciiLetter(base.front().unicode()))
            base.prepend(u'L');
        base.truncate(56);
        name = base;
        for (int n = 2; !isValid(name) || m_taken.contains(name); ++n)
            name = base + u'_' + QString::number(n);
    }
    m_names.insert(label, name);
    m_taken.insert(name);
    if (changed)
        *changed = name != label;
    return name;
}

} // namespace Hashiya
