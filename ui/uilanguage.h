// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Hashiya {

/// The language of the interface: the system's, or the one chosen under Settings → Language and kept in
/// the settings. Hashiya's messages and Qt's own follow it; in Arabic the whole window is mirrored, right
/// to left, docks and all; schema labels are shown in it (InterfaceLocale::language()). A new choice takes
/// effect when Hashiya starts next (LanguageRestart offers to restart at once).
class UiLanguage final
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    /// "" for the system's language, then "en", "tr", "ar".
    static QStringList codes();
    /// The choice as the menu shows it: "System", or the language's own name ("Türkçe", "العربية").
    static QString displayName(const QString &code);

    static QString saved();
    static void save(const QString &code);

    /// The locale `code` stands for ("" → the system's).
    static QLocale localeFor(const QString &code);
    /// Installs the translations for `code` (replacing any installed before) and, when a QGuiApplication
    /// runs, the layout direction of its language.
    static void apply(const QString &code);
};

} // namespace Hashiya
