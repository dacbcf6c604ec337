// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemalabel.h"

namespace Hashiya {
namespace {

// "ar-EG" and "ar_EG" → "ar".
QStringView primaryLanguage(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (code[i] == u'-' || code[i] == u'_')
            return code.left(i);
    }
    return code;
}

} // namespace

void SchemaLabel::setText(const QString &language, const QString &text)
{
    m_plain.clear();
    for (auto &[code, existing] : m_byLanguage) {
        if (code == language) {
            existing = text;
            return;
        }
    }
    m_byLanguage.append({language, text});
}

QString SchemaLabel::text(QStringView language) const
{
    if (isPlain())
        return m_plain;
    const auto find = [this](QStringView code) -> const QString * {
        for (const auto &[each, text] : m_byLanguage) {
            if (!code.isEmpty() && code.compare(each, Qt::CaseInsensitive) == 0 && !text.isEmpty())
                return &text;
        }
        return nullptr;
    };
    for (QStringView code : {language, primaryLanguage(language), QStringView(u"en")}) {
        if (const QString *found = find(code))
            return *found;
    }
    return QString();
}

} // namespace Hashiya
