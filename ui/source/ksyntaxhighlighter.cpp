// SPDX-License-Identifier: GPL-3.0-or-later
// The in-process KSyntaxHighlighting backend of SourceHighlighter, built only when CMake finds
// KF6SyntaxHighlighting (-DHASHIYA_KSYNTAXHIGHLIGHTING=AUTO or ON). Debian 12 packages it only for Qt 5, so
// there this file is left out and KateToolHighlighter runs Debian's kate-syntax-highlighter instead.
#include "ui/source/sourcehighlighter.h"

#include <QPalette>
#include <QPointer>
#include <QTextDocument>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

namespace Hashiya {
namespace {

/// One repository for the whole process: loading the definitions takes a while.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

/// A file name KSyntaxHighlighting recognises for the language; empty where it has no definition.
QString sampleFileName(SourceLanguage language)
{
    switch (language) {
    case SourceLanguage::Json:
        return QStringLiteral("sidecar.json");
    case SourceLanguage::Xml:
        return QStringLiteral("graph.xml");
    case SourceLanguage::Csv:
        return QStringLiteral("entities.csv");
    case SourceLanguage::Plain:
    case SourceLanguage::BratStandoff:
    case SourceLanguage::Conll:
        break;
    }
    return {};
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    const KSyntaxHighlighting::Theme theme = repository().theme(SourceHighlighter::themeFor(palette));
    if (theme.isValid())
        return theme;
    return repository().defaultTheme(palette.color(QPalette::Base).lightness() < 128
                                         ? KSyntaxHighlighting::Repository::DarkTheme
                                         : KSyntaxHighlighting::Repository::LightTheme);
}

class KSyntaxHighlighter final : public SourceHighlighter
{
public:
    KSyntaxHighlighter(QTextDocument *document, const KSyntaxHighlighting::Definition &definition,
                       const QPalette &palette)
        : m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document))
    {
        m_highlighter->setDefinition(definition);
        useTheme(themeFor(palette));
    }
    // The document owns the QSyntaxHighlighter only if it is destroyed first; otherwise it goes with us.
    ~KSyntaxHighlighter() override { delete m_highlighter.data(); }

    void setPalette(const QPalette &palette) override
    {
        if (!m_highlighter)
            return;
        useTheme(themeFor(palette));
        m_highlighter->rehighlight();
    }
    void highlightBlocks(int, int) override { }
    QColor background() const override { return m_background; }
    QColor foreground() const override { return m_foreground; }

private:
    void useTheme(const KSyntaxHighlighting::Theme &theme)
    {
        m_highlighter->setTheme(theme);
        m_background = QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        m_foreground = QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    }

    QColor m_background;
    QColor m_foreground;
    QPointer<KSyntaxHighlighting::SyntaxHighlighter> m_highlighter;
};

} // namespace

QStringList ksyntaxThemeNames()
{
    QStringList names;
    for (const KSyntaxHighlighting::Theme &theme : repository().themes())
        names.append(theme.name());
    return names;
}

QString ksyntaxVersion()
{
    return QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
}

std::unique_ptr<SourceHighlighter> createKSyntaxHighlighter(QTextDocument *document, SourceLanguage language,
                                                            const QPalette &palette)
{
    const QString fileName = sampleFileName(language);
    if (fileName.isEmpty())
        return nullptr;
    const KSyntaxHighlighting::Definition definition = repository().definitionForFileName(fileName);
    if (!definition.isValid())
        return nullptr;
    return std::make_unique<KSyntaxHighlighter>(document, definition, palette);
}

} // namespace Hashiya
