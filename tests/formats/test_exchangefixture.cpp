// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "support/exchangefixture.h"
#include "support/testfiles.h"

#include <QTemporaryDir>

#include <algorithm>
#include <iterator>

#include "formats/exchangefiles.h"
#include "formats/exporter.h"
#include "formats/exportformats.h"
#include "formats/importwriter.h"
#include "formats/outputsink.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

TEST_CASE("The exchange fixture's offsets are code points and its spans hold the intended text", "[formats]")
{
    const ExchangeDocument document = Test::exchangeFixture();
    const QList<uint> text = document.text.toUcs4();
    auto textOf = [&](const Span &span) {
        const QList<uint> piece = text.mid(span.start, span.length());
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(piece.data()), piece.size());
    };
    REQUIRE(document.entities.size() == 12);
    CHECK(document.entities[0].start() == 3); // after the two regional indicators of 🇹🇷 and a space
    CHECK(textOf(document.entities[0].spans[0]) == u"Selçuk Bayraktar"_s);
    CHECK(textOf(document.entities[4].spans[0]) == u"أنقرة"_s);
    CHECK(textOf(document.entities[11].spans[0]) == u"Bayraktar"_s);
    CHECK(textOf(document.entities[11].spans[1]) == u"TB2"_s);
    for (size_t i = 1; i < document.entities.size(); ++i)
        CHECK(entityLess(document.entities[i - 1], document.entities[i]));
}

TEST_CASE("Imported documents are written as article and sidecar and load back unchanged", "[formats]")
{
    QTemporaryDir target;
    const ExchangeDocument document = Test::exchangeFixture();
    ImportWriter::Summary summary;
    REQUIRE(ImportWriter::writeDocument(document, target.path(), false, &summary));
    CHECK(summary.written == QStringList {u"mixed/haber.txt"_s});
    CHECK(summary.entities == 12);
    CHECK(summary.relations == 3);

    Problems problems;
    const Schema schema = Test::exchangeFixtureSchema();
    const std::optional<ExchangeDocument> loaded =
        ExchangeFiles::load(target.filePath(u"mixed/haber.txt"_s), target.path(), &schema, &problems);
    INFO(Test::describe(problems).toStdString());
    REQUIRE(loaded);
    CHECK(problems.isEmpty());
    CHECK(loaded->name == document.name);
    CHECK(loaded->text == document.text);
    CHECK(loaded->status == u"done"_s);
    CHECK(std::equal(loaded->entities.begin(), loaded->entities.end(), document.entities.begin(),
                     document.entities.end()));
    CHECK(loaded->relations == document.relations);
}

TEST_CASE("An import never replaces an existing sidecar unless forced", "[formats]")
{
    QTemporaryDir target;
    ExchangeDocument document = Test::exchangeFixture();
    ImportWriter::Summary first;
    REQUIRE(ImportWriter::writeDocument(document, target.path(), false, &first));
    const QByteArray before = Test::readBytes(target.filePath(u"mixed/haber.txt.ann.json"_s));

    document.relations.clear();
    ImportWriter::Summary second;
    CHECK_FALSE(ImportWriter::writeDocument(document, target.path(), false, &second));
    REQUIRE(second.problems.size() == 1);
    CHECK(second.problems[0].message.contains(u"--force"_s));
    CHECK(Test::readBytes(target.filePath(u"mixed/haber.txt.ann.json"_s)) == before);

    ImportWriter::Summary forced;
    CHECK(ImportWriter::writeDocument(document, target.path(), true, &forced));
    CHECK(Test::readBytes(target.filePath(u"mixed/haber.txt.ann.json"_s)) != before);
}

TEST_CASE("An import refuses to put a sidecar beside an article with other text", "[formats]")
{
    QTemporaryDir target;
    Test::writeBytes(target.filePath(u"mixed/haber.txt"_s), "Another article.\n");
    ImportWriter::Summary summary;
    CHECK_FALSE(ImportWriter::writeDocument(Test::exchangeFixture(), target.path(), false, &summary));
    CHECK(Test::readBytes(target.filePath(u"mixed/haber.txt"_s)) == "Another article.\n");
    CHECK_FALSE(QFileInfo::exists(target.filePath(u"mixed/haber.txt.ann.json"_s)));
}

TEST_CASE("An import beside an article with the same text leaves the article's bytes alone", "[formats]")
{
    QTemporaryDir target;
    ExchangeDocument document;
    document.name = u"crlf.txt"_s;
    document.text = u"Ankara'da\nİstanbul\n"_s;
    document.entities.push_back(Test::entity(u"e1"_s, u"GPE"_s, 10, 18));
    const QByteArray original = "\xEF\xBB\xBF"
                                "Ankara'da\r\nİstanbul\r\n";
    Test::writeBytes(target.filePath(u"crlf.txt"_s), original);
    ImportWriter::Summary summary;
    REQUIRE(ImportWriter::writeDocument(document, target.path(), false, &summary));
    CHECK(Test::readBytes(target.filePath(u"crlf.txt"_s)) == original);

    Problems problems;
    const std::optional<ExchangeDocument> loaded =
        ExchangeFiles::load(target.filePath(u"crlf.txt"_s), target.path(), nullptr, &problems);
    INFO(Test::describe(problems).toStdString());
    REQUIRE(loaded);
    CHECK(problems.isEmpty());
    REQUIRE(loaded->entities.size() == 1);
    CHECK(loaded->entities[0].spans[0].start == 10);
}

TEST_CASE("Every export leaves out an entity whose spans do not fit the text, says so, and writes the rest",
          "[formats]")
{
    ExchangeDocument document = Test::exchangeFixture();
    Entity outside = document.entities.front();
    outside.id = u"bad0outside0"_s;
    outside.spans = {Span {3, 100000, {}}};
    Entity disordered = document.entities.back();
    disordered.id = u"bad0disorder"_s;
    disordered.spans = {Span {20, 25, {}}, Span {5, 9, {}}};
    document.entities.push_back(outside);
    document.entities.push_back(disordered);
    Relation dangling = document.relations.front();
    dangling.id = u"bad0relation"_s;
    dangling.from = outside.id;
    document.relations.push_back(dangling);

    for (const ExportFormat &format : ExportFormats::all()) {
        INFO(format.id.toStdString());
        const std::unique_ptr<Exporter> exporter = format.create(Test::exchangeFixtureSchema());
        MemoryOutput out;
        Problems problems;
        CHECK(exporter->add(document, out, &problems));
        CHECK(exporter->finish(out, &problems));
        INFO(Test::describe(problems).toStdString());
        for (const QString &bad : {outside.id, disordered.id, dangling.id}) {
            CHECK(std::any_of(problems.begin(), problems.end(), [&](const Problem &problem) {
                return problem.isError() && problem.message.contains(bad);
            }));
        }
        QByteArray all;
        for (const QByteArray &bytes : out.files())
            all += bytes;
        CHECK_FALSE(all.contains("100000"));
        CHECK(!all.isEmpty());
    }
}

namespace {

/// An output that refuses every file, as a full disk would, and remembers what it was asked to write.
class RefusingOutput final : public OutputSink
{
public:
    bool write(const QString &relativePath, const QByteArray &, QString *errorMessage) override
    {
        attempted.append(relativePath);
        *errorMessage = u"No space left on device"_s;
        return false;
    }
    QStringList attempted;
};

} // namespace

TEST_CASE("Every exporter stops at a file it cannot write and reports it as an error on that file", "[formats]")
{
    for (const ExportFormat &format : ExportFormats::all()) {
        INFO(format.id.toStdString());
        const std::unique_ptr<Exporter> exporter = format.create(Test::exchangeFixtureSchema());
        RefusingOutput out;
        Problems problems;
        // Formats with a file per article write in add(), the others in finish().
        const bool added = exporter->add(Test::exchangeFixture(), out, &problems);
        CHECK_FALSE((added && exporter->finish(out, &problems)));
        REQUIRE(out.attempted.size() == 1);
        Problems errors;
        std::copy_if(problems.begin(), problems.end(), std::back_inserter(errors),
                     [](const Problem &problem) { return problem.isError(); });
        INFO(Test::describe(problems).toStdString());
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().file == out.attempted.front());
        CHECK(errors.front().message == u"No space left on device"_s);
    }
}
