// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include "ui/widgets/interfacelocale.h"

#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Hashiya {
namespace {

const QString settingsKey = QStringLiteral("interface/language");

// The translators apply() installed, so that another choice replaces them.
QPointer<QTranslator> hashiyaTranslator;
QPointer<QTranslator> qtTranslator;

// Where Hashiya's translations are looked for, best first: the files installed beside the executable
// (bin/../share/hashiya/translations), which can be updated without a rebuild, then the built-in ones.
QStringList translationFolders()
{
    return {QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/hashiya/translations")),
            QStringLiteral(":/i18n")};
}

bool loadHashiyaTranslation(QTranslator *translator, const QLocale &locale)
{
    const QStringList folders = translationFolders();
    for (const QString &folder : folders) {
        if (translator->load(locale, QStringLiteral("hashiya"), QStringLiteral("_"), folder))
            return true;
    }
    // English, the source language, is the fallback: its file holds the plural forms ("1 entity").
    for (const QString &folder : folders) {
        if (translator->load(QStringLiteral("hashiya_en"), folder))
            return true;
    }
    return false;
}

} // namespace

QStringList UiLanguage::codes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("tr"), QStringLiteral("ar")};
}

QString UiLanguage::displayName(const QString &code)
{
    if (code.isEmpty())
        return tr("System");
    // Each language by its own name, so that it can be found whatever the interface speaks now.
    if (code == u"tr")
        return QStringLiteral("Türkçe");
    if (code == u"ar")
        return QStringLiteral("العربية");
    return QStringLiteral("English");
}

QString UiLanguage::saved()
{
    const QString code = QSettings().value(settingsKey).toString();
    return codes().contains(code) ? code : QString();
}

void UiLanguage::save(const QString &code)
{
    QSettings().setValue(settingsKey, code);
}

QLocale UiLanguage::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void UiLanguage::apply(const QString &code)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    for (QPointer<QTranslator> *installed : {&hashiyaTranslator, &qtTranslator}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete installed->data();
        }
    }
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    InterfaceLocale::refresh(); // the digits may follow the language
    auto *hashiya = new QTranslator(app);
    if (loadHashiyaTranslation(hashiya, locale)) {
        QCoreApplication::installTranslator(hashiya);
        hashiyaTranslator = hashiya;
    } else {
        delete hashiya;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    if (qobject_cast<QGuiApplication *>(app))
        QGuiApplication::setLayoutDirection(locale.textDirection());
}

} // namespace Hashiya
