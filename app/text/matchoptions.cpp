// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchoptions.h"

#include <QCoreApplication>

namespace Hashiya {
namespace {

struct Flag
{
    const char16_t *name;
    bool MatchOptions::*member;
};

constexpr Flag flags[] = {
    {u"case", &MatchOptions::ignoreCase},          {u"diacritics", &MatchOptions::ignoreLatinDiacritics},
    {u"marks", &MatchOptions::ignoreArabicMarks},  {u"alef", &MatchOptions::unifyAlef},
    {u"teh", &MatchOptions::tehMarbutaAsHeh},      {u"apostrophes", &MatchOptions::unifyApostrophes},
    {u"words", &MatchOptions::wholeWords},         {u"suffixes", &MatchOptions::turkishSuffixes},
    {u"clitics", &MatchOptions::arabicProclitics},
};

struct Rule
{
    const char16_t *name;
    MatchOptions::CaseRules rules;
};

constexpr Rule rules[] = {
    {u"auto", MatchOptions::CaseRules::Auto},
    {u"turkish", MatchOptions::CaseRules::Turkish},
    {u"general", MatchOptions::CaseRules::General},
};

} // namespace

std::optional<MatchOptions> MatchOptions::parse(const QString &spec, QString *error)
{
    MatchOptions options;
    for (QStringView item : QStringView(spec).split(u',', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        const bool negated = item.startsWith(u"no-");
        const QStringView name = negated ? item.mid(3) : item;
        bool known = false;
        for (const Flag &flag : flags) {
            if (name == QStringView(flag.name)) {
                options.*flag.member = !negated;
                known = true;
            }
        }
        for (const Rule &rule : rules) {
            if (!negated && name == QStringView(rule.name)) {
                options.caseRules = rule.rules;
                known = true;
            }
        }
        if (!known) {
            if (error)
                *error = QCoreApplication::translate("MatchOptions", "unknown matching option “%1”; known: %2")
                             .arg(item.toString(), names().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return options;
}

QString MatchOptions::spec() const
{
    const MatchOptions defaults;
    QStringList items;
    for (const Flag &flag : flags) {
        if (this->*flag.member != defaults.*flag.member)
            items.append((this->*flag.member ? QString() : QStringLiteral("no-")) + QString::fromUtf16(flag.name));
    }
    for (const Rule &rule : rules) {
        if (caseRules != defaults.caseRules && caseRules == rule.rules)
            items.append(QString::fromUtf16(rule.name));
    }
    return items.join(u',');
}

QStringList MatchOptions::names()
{
    QStringList names;
    for (const Flag &flag : flags)
        names.append(QString::fromUtf16(flag.name));
    for (const Rule &rule : rules)
        names.append(QString::fromUtf16(rule.name));
    return names;
}

} // namespace Hashiya
