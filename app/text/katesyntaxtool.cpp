// SPDX-License-Identifier: GPL-3.0-or-later
#include "katesyntaxtool.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

const QByteArray programVariable = "HASHIYA_KATE_SYNTAX_HIGHLIGHTER";
// It answers in about 20 ms; a program that takes seconds is not the one we know.
constexpr int answerTimeoutMs = 5000;

/// What one program said of itself, asked once.
struct Answers
{
    std::optional<QString> version;
    std::optional<QStringList> themes;
    QHash<QString, std::optional<KateSyntaxTool::EditorColours>> colours;
};

QMutex answersMutex;
QHash<QString, Answers> &answersByProgram()
{
    static QHash<QString, Answers> answers;
    return answers;
}

/// Runs the program and returns its standard output; empty when it fails.
QString ask(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(answerTimeoutMs))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(answerTimeoutMs)) {
        process.kill();
        process.waitForFinished(answerTimeoutMs);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString KateSyntaxTool::program()
{
    if (qEnvironmentVariableIsSet(programVariable.constData())) {
        const QString named = qEnvironmentVariable(programVariable.constData());
        const QFileInfo info(named);
        return !named.isEmpty() && info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(u"kate-syntax-highlighter"_s);
}

QString KateSyntaxTool::version()
{
    const QString tool = program();
    if (tool.isEmpty())
        return {};
    const QMutexLocker lock(&answersMutex);
    std::optional<QString> &version = answersByProgram()[tool].version;
    if (!version) {
        // "kate-syntax-highlighter 5.103.0"
        const QString answer = ask(tool, {u"--version"_s}).trimmed();
        version = answer.section(u' ', -1);
    }
    return *version;
}

QStringList KateSyntaxTool::themes()
{
    const QString tool = program();
    if (tool.isEmpty())
        return {};
    const QMutexLocker lock(&answersMutex);
    std::optional<QStringList> &themes = answersByProgram()[tool].themes;
    if (!themes)
        themes = ask(tool, {u"--list-themes"_s}).split(u'\n', Qt::SkipEmptyParts);
    return *themes;
}

std::optional<KateSyntaxTool::EditorColours> KateSyntaxTool::editorColours(const QString &theme)
{
    const QString tool = program();
    if (tool.isEmpty())
        return std::nullopt;
    const bool isTheme = themes().contains(theme);
    const QMutexLocker lock(&answersMutex);
    QHash<QString, std::optional<EditorColours>> &known = answersByProgram()[tool].colours;
    if (const auto found = known.constFind(theme); found != known.constEnd())
        return *found;
    std::optional<EditorColours> colours;
    // Its HTML page carries both: <body style="background-color:#232629;color:#cfcfc2">.
    if (isTheme) {
        const QString page = ask(tool, {u"--stdin"_s, u"-s"_s, u"JSON"_s, u"-f"_s, u"html"_s, u"-t"_s, theme});
        static const QRegularExpression body(uR"(<body style="background-color:#([0-9a-fA-F]{6});color:#([0-9a-fA-F]{6}))"_s);
        if (const QRegularExpressionMatch match = body.match(page); match.hasMatch())
            colours = EditorColours{match.captured(1).toUInt(nullptr, 16), match.captured(2).toUInt(nullptr, 16)};
    }
    known.insert(theme, colours);
    return colours;
}

QString KateSyntaxTool::syntaxFor(SourceLanguage language)
{
    switch (language) {
    case SourceLanguage::Json:
        return u"JSON"_s;
    case SourceLanguage::Xml:
        return u"XML"_s;
    case SourceLanguage::Csv:
        return u"CSV"_s;
    case SourceLanguage::Plain:
    case SourceLanguage::BratStandoff:
    case SourceLanguage::Conll:
        break;
    }
    return {};
}

QStringList KateSyntaxTool::colourArguments(const QString &syntax, const QString &theme)
{
    return {u"--stdin"_s, u"--syntax"_s, syntax, u"--theme"_s, theme, u"--output-format"_s, u"ansi"_s,
            u"--no-ansi-background"_s};
}

} // namespace Hashiya
