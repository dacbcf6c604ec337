// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace Hashiya {

/// How the interface writes what is not a translated message: the language schema labels are shown in, and
/// the one numeral system every number the window shows is written with (counts, line numbers, positions,
/// percentages), so that no view mixes "٢٠٤" with "9". The language is the one UiLanguage applied (the
/// default QLocale); the digits are the analyst's choice under Settings → Digits, by default those of the
/// language (Arabic-Indic in Arabic, Western otherwise). Numbers written into files or printed by the
/// command line never pass through here.
class InterfaceLocale final
{
    Q_DECLARE_TR_FUNCTIONS(InterfaceLocale)

public:
    enum class Digits { Western, ArabicIndic };

    /// The interface language's code, e.g. "ar", "tr" or "en": the language schema labels are shown in.
    static QString language();

    /// The digits in use: the saved choice, or the language's own.
    static Digits digits();
    /// The saved choice; nothing if the digits follow the language.
    static std::optional<Digits> savedDigits();
    /// Saves a choice (nothing: follow the language) and uses it from now on.
    static void saveDigits(std::optional<Digits> digits);
    static Digits digitsOf(const QString &language);
    /// Forgets what was worked out before: call after the language or the settings changed.
    static void refresh();

    /// `value` with the chosen digits and the separators that go with them.
    static QString number(qint64 value);
    static QString number(double value, int decimals);
    static QString percent(double value, int decimals = 0);
    /// `text`, composed by the interface (a message whose arguments are all numbers, e.g. a plural
    /// form "%n entities"), with its digits turned into the chosen ones. Never for the analyst's text:
    /// "F-16" in an article stays as written. Placeholders still to be filled ("%1") are left alone.
    static QString withDigits(QString text);
    /// `text`, a message that may quote the analyst's text or name files and types, with the digits of its
    /// numbers (words made only of digits and punctuation, outside “quotes”) turned into the chosen ones:
    /// "line 12, span [3, 9]" changes, “F-16”, ORG2 and /tmp/x1 stay.
    static QString withDigitsInNumbers(const QString &text);
    /// `text` (an entity's words, a file's path) kept together in its own direction inside a line of the
    /// interface: an Arabic line does not carry "/tmp/x" off as "tmp/x/".
    static QString isolated(const QString &text) { return QChar(0x2068) + text + QChar(0x2069); }
};

} // namespace Hashiya
