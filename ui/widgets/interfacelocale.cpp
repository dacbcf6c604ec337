// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacelocale.h"

#include <QSettings>

namespace Hashiya {
namespace {

const QString digitsKey = QStringLiteral("interface/digits");
constexpr char16_t arabicIndicZero = u'\u0660';

// Working the choice out reads the settings; every number in every list goes through here.
std::optional<InterfaceLocale::Digits> cachedDigits;

QLocale numberLocale()
{
    QLocale locale;
    if (InterfaceLocale::digits() == InterfaceLocale::Digits::ArabicIndic)
        locale = QLocale(QLocale::Arabic, QLocale::Egypt); // ٠-٩ with ٫
    else if (locale.zeroDigit() != u"0")
        locale = QLocale(QLocale::English, QLocale::UnitedStates); // Western digits, Western separators
    // Line numbers and positions read wrong with a separator ("line 1,204"), and counts should match them.
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QString InterfaceLocale::language()
{
    return QLocale::languageToCode(QLocale().language());
}

InterfaceLocale::Digits InterfaceLocale::digits()
{
    if (!cachedDigits)
        cachedDigits = savedDigits().value_or(digitsOf(language()));
    return *cachedDigits;
}

std::optional<InterfaceLocale::Digits> InterfaceLocale::savedDigits()
{
    const QString saved = QSettings().value(digitsKey).toString();
    if (saved == u"western")
        return Digits::Western;
    if (saved == u"arabic-indic")
        return Digits::ArabicIndic;
    return std::nullopt;
}

void InterfaceLocale::saveDigits(std::optional<Digits> digits)
{
    QSettings settings;
    if (!digits)
        settings.remove(digitsKey);
    else
        settings.setValue(digitsKey,
                          *digits == Digits::ArabicIndic ? QStringLiteral("arabic-indic") : QStringLiteral("western"));
    refresh();
}

InterfaceLocale::Digits InterfaceLocale::digitsOf(const QString &language)
{
    return language == u"ar" ? Digits::ArabicIndic : Digits::Western;
}

void InterfaceLocale::refresh()
{
    cachedDigits.reset();
}

QString InterfaceLocale::number(qint64 value)
{
    return numberLocale().toString(value);
}

QString InterfaceLocale::number(double value, int decimals)
{
    return numberLocale().toString(value, 'f', decimals);
}

QString InterfaceLocale::percent(double value, int decimals)
{
    // The percent sign of the digits' own script: ٪ beside ٠-٩, % beside 0-9.
    return number(value, decimals) + (digits() == Digits::ArabicIndic ? u'\u066A' : u'%');
}

QString InterfaceLocale::withDigits(QString text)
{
    const bool arabicIndic = digits() == Digits::ArabicIndic;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar &c = text[i];
        if (c == u'%') {
            // A placeholder still to be filled ("%1", "%L2") keeps its digits.
            while (i + 1 < text.size() && (text[i + 1] == u'L' || (text[i + 1] >= u'0' && text[i + 1] <= u'9')))
                ++i;
            continue;
        }
        const char16_t u = c.unicode();
        if (arabicIndic && u >= u'0' && u <= u'9')
            c = QChar(char16_t(arabicIndicZero + (u - u'0')));
        else if (!arabicIndic && u >= arabicIndicZero && u <= arabicIndicZero + 9)
            c = QChar(char16_t(u'0' + (u - arabicIndicZero)));
    }
    return text;
}

QString InterfaceLocale::withDigitsInNumbers(const QString &text)
{
    static const QString numberPunctuation = QStringLiteral(".,:;()[]%×-+\u066A\u066B\u066C");
    const auto isDigit = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c.unicode() >= arabicIndicZero && c.unicode() <= arabicIndicZero + 9);
    };
    QString result;
    result.reserve(text.size());
    bool quoted = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'“' || c == u'”' || c == u'"') {
            quoted = c == u'“' || (c == u'"' && !quoted);
            result += c;
            ++i;
            continue;
        }
        if (quoted || c.isSpace()) {
            result += c;
            ++i;
            continue;
        }
        qsizetype end = i;
        bool numeric = true;
        bool hasDigit = false;
        while (end < text.size() && !text[end].isSpace() && text[end] != u'“' && text[end] != u'"') {
            hasDigit = hasDigit || isDigit(text[end]);
            numeric = numeric && (isDigit(text[end]) || numberPunctuation.contains(text[end]));
            ++end;
        }
        const QString word = text.sliced(i, end - i);
        result += numeric && hasDigit ? withDigits(word) : word;
        i = end;
    }
    return result;
}

} // namespace Hashiya
