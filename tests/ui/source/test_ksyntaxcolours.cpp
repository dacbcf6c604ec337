// SPDX-License-Identifier: GPL-3.0-or-later
// KSyntaxHighlighting colours the source views out of process (Debian's kate-syntax-highlighter, which
// the test command installs); without it, or when it fails, the built-in highlighter does.
#include "support/catchqt.h"
#include "support/eventwait.h"
#include "support/samplecopy.h"
#include "support/toplevelwidgets.h"
#include "text/katesyntaxtool.h"
#include "ui/mainwindow.h"
#include "ui/source/katetoolhighlighter.h"
#include "ui/source/sidecarsourcepanel.h"
#include "ui/source/sourcecolours.h"
#include "ui/source/sourcecoloursmenu.h"
#include "ui/source/sourceview.h"
#include "ui/source/sourcetheme.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString sidecarSample = uR"({
  "format": "hashiya-sidecar",
  "version": "1.1",
  "entities": [
    {"id":"a1b2c3d4e5f6","type":"PERSON","spans":[[12,24,"خلوق غورغون","",""]],"note":"😀 İstanbul"},
	{"id":"f6e5d4c3b2a1","type":"ORG","spans":[[40,46,"Baykar","",""]]}
  ]
}
)"_s;

/// The colour kate-syntax-highlighter gives `token` (as it is written in HTML) in `theme`, read from its
/// HTML output: a second way to the theme's colours, independent of the escape sequences the view reads.
QColor htmlColourOf(const QString &text, const QString &theme, const QString &token)
{
    QProcess tool;
    tool.start(KateSyntaxTool::program(), {u"--stdin"_s, u"-s"_s, u"JSON"_s, u"-f"_s, u"html"_s, u"-t"_s, theme});
    REQUIRE(tool.waitForStarted());
    tool.write(text.toUtf8());
    tool.closeWriteChannel();
    REQUIRE(tool.waitForFinished());
    const QString page = QString::fromUtf8(tool.readAllStandardOutput());
    const QRegularExpression span(u"<span style=\"color:(#[0-9a-f]{6});[^\"]*\">"_s
                                  + QRegularExpression::escape(token.toHtmlEscaped()) + u"</span>"_s);
    const QRegularExpressionMatch match = span.match(page);
    INFO(page.left(2000).toStdString());
    REQUIRE(match.hasMatch());
    return QColor(match.captured(1));
}

QColor htmlBackgroundOf(const QString &theme)
{
    const std::optional<KateSyntaxTool::EditorColours> colours = KateSyntaxTool::editorColours(theme);
    REQUIRE(colours);
    return QColor(QRgb(colours->background));
}

/// The foreground the view gives the first character of `token` on its line.
QColor viewColourOf(const SourceView &view, const QString &token)
{
    const qsizetype at = view.document()->toPlainText().indexOf(token);
    REQUIRE(at >= 0);
    const QTextBlock block = view.document()->findBlock(int(at));
    const int inBlock = int(at) - block.position();
    QColor colour;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= inBlock && inBlock < range.start + range.length && range.format.hasProperty(QTextFormat::ForegroundBrush))
            colour = range.format.foreground().color();
    }
    return colour;
}

const KateToolHighlighter *toolHighlighter(const SourceView &view)
{
    return dynamic_cast<const KateToolHighlighter *>(view.highlighter());
}

void requireTool()
{
    INFO("kate-syntax-highlighter (Debian package libkf5syntaxhighlighting-tools) is missing; ./test.sh installs it");
    REQUIRE(KateSyntaxTool::isAvailable());
}

/// Points Hashiya at another kate-syntax-highlighter for the length of a test.
struct ToolOverride
{
    explicit ToolOverride(const QString &program) { qputenv("HASHIYA_KATE_SYNTAX_HIGHLIGHTER", program.toLocal8Bit()); }
    ~ToolOverride() { qunsetenv("HASHIYA_KATE_SYNTAX_HIGHLIGHTER"); }
    Q_DISABLE_COPY_MOVE(ToolOverride)
};

/// An executable script in `folder`.
QString script(const QTemporaryDir &folder, const QString &name, const QByteArray &body)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n" + body + '\n');
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

} // namespace

TEST_CASE("A sidecar is coloured with KSyntaxHighlighting's theme for keys and strings", "[ui][source][ksyntax]")
{
    requireTool();
    SourceView view;
    Test::showActive(view, {700, 300});
    view.setSource(sidecarSample, SourceLanguage::Json);
    REQUIRE(toolHighlighter(view));
    REQUIRE(Test::waitForEvents([&] { return toolHighlighter(view)->isDone(); }));
    CHECK(toolHighlighter(view)->theme() == u"Breeze Light"_s);

    CHECK(viewColourOf(view, u"\"format\""_s) == htmlColourOf(sidecarSample, u"Breeze Light"_s, u"\"format\""_s));
    CHECK(viewColourOf(view, u"\"hashiya-sidecar\""_s)
          == htmlColourOf(sidecarSample, u"Breeze Light"_s, u"\"hashiya-sidecar\""_s));
    // A key and a string differ, and neither is the plain text's colour.
    CHECK(viewColourOf(view, u"\"format\""_s) != viewColourOf(view, u"\"hashiya-sidecar\""_s));
    // The line after a tab, an emoji and Arabic is coloured where the tool put its colours.
    CHECK(viewColourOf(view, u"\"ORG\""_s) == viewColourOf(view, u"\"hashiya-sidecar\""_s));
    CHECK(view.editorBackground() == htmlBackgroundOf(u"Breeze Light"_s));
}

TEST_CASE("Lines after a lone CR or a paragraph separator keep their colours", "[ui][source][ksyntax]")
{
    requireTool();
    // The document ends a line at both; KSyntaxHighlighting would not, and every later line would be one off.
    const QString text = u"{\"a\":\r\"b\",\"p\":\"x\u2029y\",\n\"key\": \"value\"}\n"_s;
    SourceView view;
    Test::showActive(view, {700, 300});
    view.setSource(text, SourceLanguage::Json);
    REQUIRE(view.document()->blockCount() == 5);
    REQUIRE(Test::waitForEvents([&] { return toolHighlighter(view) && toolHighlighter(view)->isDone(); }));
    const QString sample = u"{\"key\": \"value\"}"_s;
    CHECK(viewColourOf(view, u"\"key\""_s) == htmlColourOf(sample, u"Breeze Light"_s, u"\"key\""_s));
    CHECK(viewColourOf(view, u"\"value\""_s) == htmlColourOf(sample, u"Breeze Light"_s, u"\"value\""_s));
}

TEST_CASE("A dark palette takes Breeze Dark, with its background behind the text", "[ui][source][ksyntax]")
{
    requireTool();
    SourceView view;
    Test::showActive(view, {700, 300});
    view.setSource(sidecarSample, SourceLanguage::Json);
    REQUIRE(Test::waitForEvents([&] { return toolHighlighter(view) && toolHighlighter(view)->isDone(); }));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::Text, QColor(225, 225, 225));
    view.setPalette(dark);
    REQUIRE(toolHighlighter(view)->theme() == u"Breeze Dark"_s);
    REQUIRE(Test::waitForEvents([&] { return toolHighlighter(view)->isDone(); }));
    CHECK(viewColourOf(view, u"\"format\""_s) == htmlColourOf(sidecarSample, u"Breeze Dark"_s, u"\"format\""_s));
    CHECK(view.editorBackground() == htmlBackgroundOf(u"Breeze Dark"_s));
    CHECK(view.editorBackground().lightness() < 80);
}

TEST_CASE("Settings, Source colours lists KSyntaxHighlighting's themes and remembers the one chosen",
          "[ui][source][ksyntax]")
{
    requireTool();
    QSettings().remove(u"source/theme"_s);
    Test::SampleCopy corpus;
    MainWindow window;
    Test::showActive(window, {1300, 900});
    window.openFolder(corpus.path());
    window.openArticle(corpus.path(u"baku-meeting-en.txt"_s));
    QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier); // View → Sidecar source
    SourceView *view = window.sidecarSource()->view();
    REQUIRE(Test::waitForEvents([&] { return toolHighlighter(*view) && toolHighlighter(*view)->isDone(); }));
    CHECK(toolHighlighter(*view)->theme() == u"Breeze Light"_s);

    auto *menu = Test::childNamed<QMenu>(window, u"sourceColoursMenu"_s);
    Q_EMIT menu->aboutToShow();
    QStringList listed;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            listed.append(action->text());
    }
    CHECK(listed.size() == KateSyntaxTool::themes().size() + 1);
    CHECK(listed.contains(u"Solarized Dark"_s));
    CHECK(listed.contains(u"GitHub Light"_s));
    CHECK(Test::childNamed<QAction>(*menu, u"sourceTheme-automatic"_s)->isChecked());

    Test::childNamed<QAction>(*menu, u"sourceTheme-Solarized Dark"_s)->trigger();
    REQUIRE(Test::waitForEvents([&] { return toolHighlighter(*view) && toolHighlighter(*view)->theme() == u"Solarized Dark"_s; }));
    REQUIRE(Test::waitForEvents([&] { return toolHighlighter(*view)->isDone(); }));
    const QString source = view->document()->toPlainText();
    CHECK(viewColourOf(*view, u"\"format\""_s) == htmlColourOf(source, u"Solarized Dark"_s, u"\"format\""_s));
    CHECK(view->editorBackground() == htmlBackgroundOf(u"Solarized Dark"_s));
    CHECK(QSettings().value(u"source/theme"_s).toString() == u"Solarized Dark"_s);

    // A view made later takes it too, and Automatic goes back to the palette's.
    SourceView later;
    later.setSource(sidecarSample, SourceLanguage::Json);
    REQUIRE(toolHighlighter(later));
    CHECK(toolHighlighter(later)->theme() == u"Solarized Dark"_s);
    Test::childNamed<QAction>(*menu, u"sourceTheme-automatic"_s)->trigger();
    REQUIRE(Test::waitForEvents([&] { return toolHighlighter(*view) && toolHighlighter(*view)->theme() == u"Breeze Light"_s; }));
    CHECK_FALSE(QSettings().contains(u"source/theme"_s));
}

TEST_CASE("Without KSyntaxHighlighting the built-in highlighter colours, and the menu says how to get it",
          "[ui][source][ksyntax]")
{
    const ToolOverride missing(u"/nonexistent/kate-syntax-highlighter"_s);
    CHECK_FALSE(KateSyntaxTool::isAvailable());
    CHECK(SourceHighlighter::backendDescription().contains(u"built-in"_s));
    SourceView view;
    Test::showActive(view, {700, 300});
    view.setSource(sidecarSample, SourceLanguage::Json);
    CHECK_FALSE(toolHighlighter(view));
    REQUIRE(Test::waitForEvents([&] { return viewColourOf(view, u"\"format\""_s).isValid(); }));
    CHECK(viewColourOf(view, u"\"format\""_s)
          == SourceTheme(view.palette()).format(SourceTokenKind::Key).foreground().color());
    CHECK(view.editorBackground() == view.palette().color(QPalette::Base));

    SourceColoursMenu menu;
    Q_EMIT menu.aboutToShow();
    REQUIRE(menu.actions().size() == 2);
    CHECK_FALSE(menu.actions().front()->isEnabled());
    CHECK(menu.actions().back()->text().contains(u"libkf5syntaxhighlighting-tools"_s));
}

TEST_CASE("A failing KSyntaxHighlighting leaves the built-in colours, and a hanging one never holds the window",
          "[ui][source][ksyntax]")
{
    QTemporaryDir folder;
    SECTION("failing")
    {
        const ToolOverride failing(script(folder, u"failing"_s, "cat >/dev/null; echo 'Unknown syntax.' >&2; exit 1"));
        SourceView view;
        Test::showActive(view, {700, 300});
        view.setSource(sidecarSample, SourceLanguage::Json);
        REQUIRE(toolHighlighter(view));
        REQUIRE(Test::waitForEvents([&] { return !toolHighlighter(view); }));
        REQUIRE(Test::waitForEvents([&] { return viewColourOf(view, u"\"format\""_s).isValid(); }));
        CHECK(viewColourOf(view, u"\"format\""_s)
              == SourceTheme(view.palette()).format(SourceTokenKind::Key).foreground().color());
    }
    SECTION("hanging")
    {
        // It answers what it is asked about itself, then never colours.
        const ToolOverride hanging(script(folder, u"hanging"_s,
                                          "case \"$*\" in --list-themes) echo 'Breeze Light';; --version) echo 'x 5.103.0';;"
                                          " *ansi*) exec sleep 60;;"
                                          " *) echo '<body style=\"background-color:#fafafa;color:#111111\">';; esac"));
        QElapsedTimer shown;
        shown.start();
        {
            SourceView view;
            Test::showActive(view, {700, 300});
            view.setSource(sidecarSample, SourceLanguage::Json);
            CHECK(view.document()->toPlainText().contains(u"hashiya-sidecar"_s));
            // fixed wait: the program answers nothing, and the window keeps handling events meanwhile
            QTest::qWait(50);
            REQUIRE(toolHighlighter(view));
            CHECK_FALSE(toolHighlighter(view)->isDone());
        } // closing the view stops the program
        CHECK(shown.elapsed() < 3000);
    }
}

TEST_CASE("A long sidecar is coloured by KSyntaxHighlighting where it is shown", "[ui][source][ksyntax]")
{
    requireTool();
    QString json = u"{\n  \"entities\": [\n"_s;
    int lines = 0;
    while (json.size() < 3'000'000) {
        json += u"    {\"id\":\"e%1\",\"type\":\"PERSON\",\"spans\":[[%2,%3,\"İlgar إلهام 😀\",\"\",\"\"]]},\n"_s.arg(lines).arg(lines * 10).arg(lines * 10 + 5);
        ++lines;
    }
    json += u"    {\"id\":\"last\"}\n  ]\n}\n"_s;
    SourceView view;
    Test::showActive(view, {800, 600});
    QElapsedTimer timer;
    timer.start();
    view.setSource(json, SourceLanguage::Json);
    CHECK(timer.elapsed() < 1000);
    REQUIRE(toolHighlighter(view));
    const QColor keyColour = htmlColourOf(u"{\"id\": 1}"_s, u"Breeze Light"_s, u"\"id\""_s);
    // The first screen is coloured from the first lines answered, before the rest is loaded.
    REQUIRE(Test::waitForEvents([&] { return viewColourOf(view, u"\"id\""_s) == keyColour; }, 10000));
    CHECK(view.isLoading());
    REQUIRE(Test::waitForEvents([&] { return !view.isLoading() && toolHighlighter(view)->isDone(); }, 30000));
    const int middle = lines / 2;
    view.markLines(middle, middle);
    const QTextBlock block = view.document()->findBlockByNumber(middle);
    REQUIRE(Test::waitForEvents([&] { return block.layout()->formats().size() > 3; }));
    // Far from anything shown nothing is coloured.
    CHECK(view.document()->findBlockByNumber(lines / 4).layout()->formats().isEmpty());
}
