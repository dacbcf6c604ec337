// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesummary.h"

#include "io/articlereader.h"
#include "io/documentfile.h"
#include "io/inputfile.h"
#include "io/jsonsource.h"
#include "io/sidecarreader.h"
#include "text/codepointindex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <fcntl.h>
#include <optional>
#include <string_view>

namespace Hashiya {
namespace {

/// Reads a file line by line, without its line ends, and without keeping an index of the lines.
class Lines final
{
public:
    explicit Lines(const JsonSource &source)
        : m_position(source.data())
        , m_end(source.data() + source.size())
    {
    }

    std::optional<std::string_view> next()
    {
        if (m_position >= m_end)
            return std::nullopt;
        const char *newline = static_cast<const char *>(std::memchr(m_position, '\n', size_t(m_end - m_position)));
        const char *lineEnd = newline ? newline : m_end;
        std::string_view line(m_position, size_t(lineEnd - m_position));
        m_position = newline ? newline + 1 : m_end;
        if (line.ends_with('\r')) // a sidecar checked out on Windows
            line.remove_suffix(1);
        return line;
    }

private:
    const char *m_position;
    const char *m_end;
};

/// A top-level field on a line of its own, as Hashiya writes them: `  "name": value,`.
std::optional<std::string_view> fieldValue(std::string_view line, std::string_view name)
{
    if (!line.starts_with("  \"") || line.size() < name.size() + 6 || line.substr(3, name.size()) != name
        || line.substr(3 + name.size(), 3) != "\": ")
        return std::nullopt;
    std::string_view value = line.substr(name.size() + 6);
    if (value.ends_with(','))
        value.remove_suffix(1);
    return value;
}

std::optional<QString> jsonString(std::string_view value)
{
    if (value.size() < 2 || value.front() != '"' || value.back() != '"')
        return std::nullopt;
    const std::string_view inner = value.substr(1, value.size() - 2);
    if (inner.find('\\') == std::string_view::npos)
        return QString::fromUtf8(inner.data(), qsizetype(inner.size()));
    const QByteArray array = "[" + QByteArray(value.data(), qsizetype(value.size())) + "]";
    const QJsonArray parsed = QJsonDocument::fromJson(array).array();
    if (parsed.size() != 1 || !parsed.first().isString())
        return std::nullopt;
    return parsed.first().toString();
}

/// The type of an item line as SidecarWriter writes it (`{"id":"…","type":"T",…`); nothing if the line
/// is laid out otherwise or the type has escapes.
std::optional<std::string_view> itemType(std::string_view line)
{
    constexpr std::string_view key = "\"type\":\"";
    const size_t at = line.find(key);
    if (at == std::string_view::npos)
        return std::nullopt;
    const size_t start = at + key.size();
    const size_t end = line.find('"', start);
    if (end == std::string_view::npos || line.substr(start, end - start).find('\\') != std::string_view::npos)
        return std::nullopt;
    return line.substr(start, end - start);
}

// The number of item lines of the array `name`, whose opening line is `opening`, counted per type into
// `types`; reads up to and including the closing bracket. Nothing if the array is not written one item
// per line.
std::optional<qsizetype> countItems(Lines &lines, std::string_view opening, std::string_view name,
                                    QMap<QString, qsizetype> &types)
{
    const std::optional<std::string_view> open = fieldValue(opening, name);
    if (!open)
        return std::nullopt;
    if (*open == "[]")
        return 0;
    if (*open != "[")
        return std::nullopt;
    qsizetype items = 0;
    // Types repeat: the last one's QString is reused while the bytes are the same.
    std::string_view lastType;
    QMap<QString, qsizetype>::iterator lastCount;
    while (const std::optional<std::string_view> line = lines.next()) {
        if (*line == "  ]," || *line == "  ]")
            return items;
        if (!line->starts_with("    {"))
            return std::nullopt;
        const std::optional<std::string_view> type = itemType(*line);
        if (!type)
            return std::nullopt;
        if (lastType.data() == nullptr || *type != lastType) {
            const QString name = QString::fromUtf8(type->data(), qsizetype(type->size()));
            lastCount = types.find(name);
            if (lastCount == types.end())
                lastCount = types.insert(name, 0);
            lastType = *type;
        }
        ++*lastCount;
        ++items;
    }
    return std::nullopt;
}

struct Counts
{
    qsizetype entities = 0;
    qsizetype relations = 0;
    QMap<QString, qsizetype> entityTypes;
    QMap<QString, qsizetype> relationTypes;
    QString status = QStringLiteral("new");
    QString title;
};


// Counts the annotations of a sidecar in the layout SidecarWriter writes (a header of one field per
// line, then one entity or relation per line) without parsing them: a corpus of thousands of
// sidecars then lists as fast as the files can be read. Nothing if the file is laid out otherwise or
// is not a sidecar this version reads; the full reader then decides. The file must be valid JSON.
std::optional<Counts> countCanonical(const JsonSource &source)
{
    Lines lines(source);
    std::optional<std::string_view> line = lines.next();
    if (!line || (*line != "{" && *line != "\xEF\xBB\xBF{"))
        return std::nullopt;
    Counts counts;
    bool isSidecar = false;
    bool knownVersion = false;
    // The header, up to the entities.
    while ((line = lines.next()) && !fieldValue(*line, "entities")) {
        if (const auto format = fieldValue(*line, "format")) {
            isSidecar = jsonString(*format) == QStringLiteral("hashiya-sidecar");
        } else if (const auto version = fieldValue(*line, "version")) {
            const std::optional<QString> text = jsonString(*version);
            const int major = text ? text->section(u'.', 0, 0).toInt() : 0;
            knownVersion = major >= 1 && major <= SidecarReader::majorVersion && text->contains(u'.');
        } else if (const auto status = fieldValue(*line, "status")) {
            const std::optional<QString> text = jsonString(*status);
            if (!text)
                return std::nullopt;
            counts.status = *text;
        } else if (const auto title = fieldValue(*line, "title")) {
            const std::optional<QString> text = jsonString(*title);
            if (!text)
                return std::nullopt;
            counts.title = text->simplified();
        }
    }
    if (!line || !isSidecar || !knownVersion)
        return std::nullopt;
    const std::optional<qsizetype> entities = countItems(lines, *line, "entities", counts.entityTypes);
    line = lines.next();
    const std::optional<qsizetype> relations =
        line ? countItems(lines, *line, "relations", counts.relationTypes) : std::nullopt;
    if (!entities || !relations)
        return std::nullopt;
    counts.entities = *entities;
    counts.relations = *relations;
    return counts;
}

// An article can be unreadable and have a broken sidecar: the tooltip names both.
void addProblem(ArticleSummary &summary, const QString &problem)
{
    summary.problem += (summary.problem.isEmpty() ? QString() : QStringLiteral("\n")) + problem;
}

QString located(const Problem &problem)
{
    return problem.line > 0 ? ArticleSummary::tr("line %1: %2").arg(problem.line).arg(problem.message)
                            : problem.message;
}

void setTitle(ArticleSummary &summary, const QString &title)
{
    if (title.isEmpty())
        return; // the one chosen from the text stays
    summary.title = ArticleTitle::shortened(title, ArticleSummary::maxTitleLength);
    summary.titleSet = true;
}

bool syntaxChecked(ArticleSummary &summary, const QString &sidecarPath, const JsonSource &sidecar)
{
    if (const std::optional<JsonSource::SyntaxError> error = sidecar.findSyntaxError()) {
        summary.sidecarHasErrors = true;
        addProblem(summary,
                   ArticleSummary::tr("The sidecar is not valid JSON: %1")
                       .arg(located({Problem::Severity::Error, sidecarPath, sidecar.locate(error->offset).line, 0,
                                     error->message})));
        return false;
    }
    return true;
}

template<typename Items, typename TypeOf>
QMap<QString, qsizetype> typeCounts(const Items &items, TypeOf typeOf)
{
    QMap<QString, qsizetype> types;
    for (const auto &item : items)
        ++types[typeOf(item)];
    return types;
}

/// Counts what the strict reader (the one opening the article uses) takes from the sidecar: a sidecar
/// with errors is flagged here exactly when opening the article would leave it read-only.
void readSidecar(ArticleSummary &summary, const QString &sidecarPath, const JsonSource &sidecar, const Article &article,
                 const CodePointIndex &codePoints)
{
    // The strict reader finds syntax errors itself, with their lines.
    Problems problems;
    SidecarInfo info;
    qsizetype entities = 0, relations = 0;
    QMap<QString, qsizetype> entityTypes, relationTypes;
    const QByteArray recorded = SidecarReader::recordedSha256(sidecar);
    if (recorded.isEmpty() || recorded == article.sha256) {
        // Both routes accept and keep the same; line by line pays for its skeleton and a parser per line,
        // which only a long sidecar earns back (a corpus's sidecars of a few KB read 20 % faster whole).
        constexpr qsizetype wholeUpTo = 64 * 1024;
        const SidecarContent content =
            SidecarReader::read(sidecar, sidecarPath, article, codePoints, nullptr, &problems,
                                sidecar.size() <= wholeUpTo ? SidecarReader::Route::WholeDocument
                                                            : SidecarReader::Route::LineByLineIfLaidOut);
        info = content.info;
        entities = qsizetype(content.entities.size());
        relations = qsizetype(content.relations.size());
        entityTypes = typeCounts(content.entities, [](const Entity &e) { return e.type; });
        relationTypes = typeCounts(content.relations, [](const Relation &r) { return r.type; });
    } else {
        // Saved against another version of the text: counted as opening would re-anchor it.
        const DocumentFile::Opened opened =
            DocumentFile::open(summary.path, nullptr, {}, std::nullopt, DocumentFile::Intent::Read);
        if (!opened.document)
            return; // the article's own problem is already recorded
        problems = opened.problems;
        info = opened.document->sidecarInfo();
        entities = opened.document->annotations()->entityCount();
        relations = opened.document->annotations()->relationCount();
        entityTypes = typeCounts(opened.document->annotations()->entities(), [](const Entity &e) { return e.type; });
        relationTypes =
            typeCounts(opened.document->annotations()->relations(), [](const Relation &r) { return r.type; });
    }
    for (const Problem &problem : std::as_const(problems)) {
        if (problem.isError()) {
            summary.sidecarHasErrors = true;
            addProblem(summary, ArticleSummary::tr("The sidecar has errors: %1").arg(located(problem)));
            return;
        }
    }
    summary.entities = entities;
    summary.relations = relations;
    summary.entityTypes = std::move(entityTypes);
    summary.relationTypes = std::move(relationTypes);
    summary.status = info.status.isEmpty() ? QStringLiteral("new") : info.status;
    setTitle(summary, info.title.simplified());
}

/// Without a readable article the strict reader cannot run: the sidecar's lines are counted as written.
void countSidecar(ArticleSummary &summary, const QString &sidecarPath, const JsonSource &sidecar)
{
    if (!syntaxChecked(summary, sidecarPath, sidecar))
        return;
    if (const std::optional<Counts> counts = countCanonical(sidecar)) {
        summary.entities = counts->entities;
        summary.relations = counts->relations;
        summary.entityTypes = counts->entityTypes;
        summary.relationTypes = counts->relationTypes;
        summary.status = counts->status;
        setTitle(summary, counts->title);
    }
}

/// The article at `path`, with the facts of its file as it was opened (none if it could not be).
ArticleReader::Result readArticle(const QString &path, const QString &encoding, FileFacts *facts)
{
    InputFile file(path);
    *facts = file.facts();
    return ArticleReader::read(file, path, encoding);
}

/// What the article itself tells: whether it reads, its checksum, and with Detail::Full its title and
/// profile.
void describe(ArticleSummary &summary, const ArticleReader::Result &article, ArticleSummary::Detail detail)
{
    if (article.article) {
        summary.described = detail == ArticleSummary::Detail::Full;
        if (summary.described) {
            summary.title = ArticleTitle::choose(article.article->text);
            summary.profile = profileOf(article.article->text);
        }
        summary.sha256 = article.article->sha256;
    } else {
        summary.readable = false;
        addProblem(summary, ArticleSummary::tr("The article cannot be read: %1").arg(located(article.problem)));
    }
}

} // namespace

ArticleSummary ArticleSummary::readText(const QString &articlePath, QString *text, Detail detail, ArticleFiles *files)
{
    // The sidecar's facts first, as a full reading opens it first: a sidecar written meanwhile is newer
    // than what is kept of it, and read again next time.
    const FileFacts sidecarFacts = FileFacts::of(AT_FDCWD, QFile::encodeName(Article::sidecarPathFor(articlePath)).constData());
    FileFacts articleFacts;
    ArticleReader::Result article = readArticle(articlePath, {}, &articleFacts);
    if (!article.article) // perhaps in a legacy encoding that only its sidecar names
        return read(articlePath, text, detail, files, Counts::Read);
    ArticleSummary summary;
    summary.path = articlePath;
    summary.counted = false;
    describe(summary, article, detail);
    if (files) {
        files->text = articleFacts;
        files->sidecar = sidecarFacts;
    }
    if (text)
        *text = std::move(article.article->text);
    return summary;
}

ArticleSummary ArticleSummary::read(const QString &articlePath, QString *text, Detail detail, ArticleFiles *files,
                                   Counts counts)
{
    if (counts == Counts::Skip)
        return readText(articlePath, text, detail, files);
    ArticleSummary summary;
    summary.path = articlePath;
    const QString sidecarPath = Article::sidecarPathFor(articlePath);
    // Opened at once: whether it is there is asked only when it cannot be opened.
    QString sidecarMessage;
    std::optional<JsonSource> sidecar;
    bool hasSidecar = false;
    {
        InputFile sidecarFile(sidecarPath);
        sidecar = JsonSource::read(sidecarFile, SidecarReader::maxFileSize, &sidecarMessage);
        hasSidecar = sidecar || !sidecarFile.isMissing();
        if (files && (sidecarFile.isOpen() || sidecarFile.isMissing()))
            files->sidecar = sidecarFile.facts();
    }

    FileFacts articleFacts;
    ArticleReader::Result article = readArticle(articlePath, {}, &articleFacts);
    if (!article.article && sidecar) { // a legacy encoding the analyst chose before, as DocumentFile does
        const QString recorded = SidecarReader::recordedEncoding(*sidecar);
        if (ArticleReader::legacyEncodings().contains(recorded))
            article = readArticle(articlePath, recorded, &articleFacts);
    }
    if (files && articleFacts.exists)
        files->text = articleFacts;
    describe(summary, article, detail);

    if (!hasSidecar) {
        summary.entities = 0;
        summary.relations = 0;
    } else if (!sidecar) {
        summary.sidecarHasErrors = true;
        addProblem(summary, ArticleSummary::tr("The sidecar cannot be read: %1").arg(sidecarMessage));
    } else if (article.article) {
        readSidecar(summary, sidecarPath, *sidecar, *article.article, article.codePoints);
    } else {
        countSidecar(summary, sidecarPath, *sidecar);
    }
    if (text && article.article)
        *text = std::move(article.article->text);
    return summary;
}

} // namespace Hashiya
