// SPDX-License-Identifier: GPL-3.0-or-later
// Highlights in the reader: nesting depths against a count taken the slow way, a partial repaint that
// draws exactly what a full one draws, and highlights that follow edits and the schema's colours.
#include "io/schemareader.h"
#include "model/annotationcommands.h"
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/testfiles.h"
#include "ui/reader/highlightpainter.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QImage>
#include <QTest>

#include <cmath>
#include <random>

using namespace Hashiya;

namespace {

// Arabic and Latin in one long paragraph, so that lines wrap and runs change direction within lines.
QString mixedParagraph()
{
    QString text;
    for (int i = 0; i < 30; ++i) {
        text += QStringLiteral("وقّعت وزارة الدفاع القطرية وشركة Baykar اتفاقية في الدوحة مع Aselsan. ");
        text += QStringLiteral("Türkiye ile Azerbaycan heyetleri Ankara'da savunma sanayii iş birliğini görüştü. ");
    }
    return text;
}

std::unique_ptr<ArticleDocument> documentWithEntities(const QString &text, int count, std::mt19937 &random)
{
    auto document = std::make_unique<ArticleDocument>(Test::articleFromText(text));
    const QStringList types = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE")};
    std::uniform_int_distribution<int> startAt(0, int(text.size()) - 2);
    std::uniform_int_distribution<int> lengthOf(1, 40);
    std::uniform_int_distribution<int> kind(0, 9);
    Entity previous;
    for (int i = 0; i < count; ++i) {
        Entity entity;
        entity.id = QStringLiteral("e%1").arg(i);
        entity.type = types[i % types.size()];
        const int which = kind(random);
        if (which == 0 && !previous.spans.isEmpty()) {
            entity.spans = previous.spans; // the same extent as another one
        } else {
            const qsizetype start = startAt(random);
            const qsizetype end = std::min<qsizetype>(text.size(), start + lengthOf(random));
            entity.spans.append(Span {start, end, {}});
            if (which == 1 && end + 5 < text.size()) // discontinuous
                entity.spans.append(Span {end + 2, std::min<qsizetype>(text.size(), end + 2 + lengthOf(random)), {}});
        }
        previous = entity;
        document->execute(new AddEntityCommand(document->annotations(), entity));
    }
    return document;
}

QImage render(QWidget *widget, const QRect &region = {})
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(1, 2, 3));
    if (region.isNull())
        widget->render(&image);
    else
        widget->render(&image, region.topLeft(), QRegion(region));
    return image;
}

struct Reader
{
    Schema schema = SchemaReader::defaultSchema();
    std::unique_ptr<ArticleDocument> document;
    ReaderView view;
    explicit Reader(std::unique_ptr<ArticleDocument> shown)
        : document(std::move(shown))
    {
        view.resize(700, 500);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.setDocument(document.get(), &schema);
        view.clearFocus(); // no blinking caret between two renders
        QCoreApplication::processEvents();
    }
};

} // namespace

TEST_CASE("The nesting depth of a mark counts the entities in its paragraph that contain it", "[ui][highlights]")
{
    std::mt19937 random(5);
    const QString text = mixedParagraph();
    for (int round = 0; round < 4; ++round) {
        const auto document = documentWithEntities(text, 50 + round * 150, random);
        const AnnotationSet *set = document->annotations();
        std::vector<qsizetype> indexes;
        for (qsizetype i = 0; i < set->entityCount(); ++i)
            indexes.push_back(i);
        const HighlightPainter painter;
        const std::vector<HighlightPainter::Mark> marks = painter.marks(*document, indexes, 0, text.size());
        REQUIRE(marks.size() == indexes.size());
        // Contained: inside the other's extent; of two with the same extent, the later one is inside.
        for (size_t i = 0; i < marks.size(); ++i) {
            const Entity &inner = set->entityAt(qsizetype(i));
            int depth = 0;
            for (size_t j = 0; j < marks.size(); ++j) {
                const Entity &outer = set->entityAt(qsizetype(j));
                const bool same = outer.start() == inner.start() && outer.end() == inner.end();
                if (i != j && outer.start() <= inner.start() && outer.end() >= inner.end() && (!same || j < i))
                    ++depth;
            }
            if (marks[i].depth != depth) {
                INFO("entity " << i << " of " << marks.size());
                CHECK(marks[i].depth == depth);
            }
        }
    }
}

TEST_CASE("Repainting part of the reader draws exactly what a full repaint draws there", "[ui][highlights]")
{
    std::mt19937 random(9);
    const QString text = mixedParagraph() + u'\n' + mixedParagraph().left(400) + u'\n';
    Reader reader(documentWithEntities(text, 150, random));
    reader.view.setSelectedEntity(QStringLiteral("e7"));
    QWidget *viewport = reader.view.viewport();
    const QImage full = render(viewport);
    const int height = viewport->height();
    const int width = viewport->width();
    // Bands that cut through lines, chips and underlines, and a small box like the caret's.
    const QList<QRect> regions = {QRect(0, 0, width, 37), QRect(0, height / 3, width, 23),
                                  QRect(0, height / 2 + 5, width, 9), QRect(width / 3, height / 4, 40, 60),
                                  QRect(0, height - 50, width, 50)};
    for (const QRect &region : regions) {
        const QImage part = render(viewport, region);
        int differing = 0;
        for (int y = region.top(); y <= region.bottom(); ++y) {
            for (int x = region.left(); x <= region.right(); ++x) {
                if (part.pixel(x, y) != full.pixel(x, y))
                    ++differing;
            }
        }
        INFO("region " << region.x() << "," << region.y() << " " << region.width() << "x" << region.height());
        CHECK(differing == 0);
    }
}

TEST_CASE("Highlights follow added and removed entities and the schema's colours", "[ui][highlights]")
{
    const QString text = QStringLiteral("Heyetler Ankara'da görüştü; وقّعت الاتفاقية في الدوحة والقاهرة.\n");
    auto document = std::make_unique<ArticleDocument>(Test::articleFromText(text));
    Reader reader(std::move(document));
    QWidget *viewport = reader.view.viewport();
    const QColor base = reader.view.palette().color(QPalette::Base);

    // A point inside the line box of a word, above its letters.
    auto pointOver = [&](const QString &word) {
        const qsizetype at = text.indexOf(word);
        REQUIRE(at >= 0);
        const QList<QRectF> rects = reader.view.rangeRects(at, at + word.size());
        REQUIRE(rects.size() == 1);
        return QPoint(int(rects.front().center().x()), int(rects.front().top()) + 1);
    };
    auto colorAt = [&](const QPoint &point) {
        return render(viewport).pixelColor(point);
    };
    const QPoint ankara = pointOver(QStringLiteral("Ankara"));
    const QPoint doha = pointOver(QStringLiteral("الدوحة"));
    CHECK(colorAt(ankara) == base);
    CHECK(colorAt(doha) == base);

    const qsizetype dohaAt = text.indexOf(QStringLiteral("الدوحة"));
    reader.document->execute(new AddEntityCommand(reader.document->annotations(),
                                                  Test::entity(QStringLiteral("g1"), QStringLiteral("GPE"), 9, 15)));
    reader.document->execute(new AddEntityCommand(
        reader.document->annotations(), Test::entity(QStringLiteral("g2"), QStringLiteral("GPE"), dohaAt, dohaAt + 6)));
    const QColor tinted = colorAt(ankara);
    CHECK(tinted != base);
    CHECK(colorAt(doha) == tinted); // on the Arabic word, not beside it
    CHECK(colorAt(pointOver(QStringLiteral("Heyetler"))) == base);
    CHECK(colorAt(pointOver(QStringLiteral("والقاهرة"))) == base);

    // Another colour for the type.
    Schema recoloured = reader.schema;
    for (EntityType &type : recoloured.entityTypes) {
        if (type.name == u"GPE")
            type.color = QColor(20, 200, 20);
    }
    reader.view.setSchema(&recoloured);
    const QColor green = colorAt(ankara);
    CHECK(green != tinted);
    CHECK(green != base);
    CHECK(green.green() > green.red());

    reader.document->execute(new RemoveEntityCommand(reader.document->annotations(), QStringLiteral("g1")));
    CHECK(colorAt(ankara) == base);
    CHECK(colorAt(doha) == green);
    reader.document->undoStack()->undo();
    CHECK(colorAt(ankara) == green);
    reader.view.setSchema(&reader.schema);
}

TEST_CASE("Chips at the start of two lines each sit above their own entity", "[ui][highlights]")
{
    QString text;
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("Ankara Baku Doha Tahran ");
    Reader reader(std::make_unique<ArticleDocument>(Test::articleFromText(text)));
    // Where the second line starts: the two chips are placed when lines have no positions yet, and
    // must not be pushed apart as if they were on the same line.
    const QRectF firstLine = reader.view.rangeRects(0, 1).front();
    const qsizetype second = reader.view.positionAt(QPoint(0, int(firstLine.bottom() + firstLine.height())));
    REQUIRE(second > 0);
    REQUIRE(text[second].isLetter());
    qsizetype wordEnd = second;
    while (wordEnd < text.size() && text[wordEnd].isLetter())
        ++wordEnd;
    reader.document->execute(new AddEntityCommand(reader.document->annotations(),
                                                  Test::entity(QStringLiteral("l1"), QStringLiteral("GPE"), 0, 6)));
    reader.document->execute(new AddEntityCommand(
        reader.document->annotations(), Test::entity(QStringLiteral("l2"), QStringLiteral("GPE"), second, wordEnd)));
    const QRectF start = reader.view.rangeRects(second, second + 1).front();
    const QRectF chip = reader.view.chipRect(QStringLiteral("l2"));
    REQUIRE_FALSE(chip.isEmpty());
    CHECK(std::abs(chip.left() - start.left()) < 1);
    CHECK(chip.bottom() <= start.top());
    CHECK(reader.view.chipRect(QStringLiteral("l1")).bottom() < chip.top());
}

TEST_CASE("The selected entity's frame leaves the apostrophe or comma beside it drawn", "[ui][highlights]")
{
    struct Case
    {
        QString text;
        QString entity;
        QString neighbour; // right after the entity in the text
    };
    const QList<Case> cases = {
        {QStringLiteral("Heyetler Ankara'da görüştü.\n"), QStringLiteral("Ankara"), QStringLiteral("'")},
        {QStringLiteral("Heyetler Ankara, Bakü ve Doha'da.\n"), QStringLiteral("Ankara"), QStringLiteral(",")},
        {QStringLiteral("وصل الوفد إلى أنقرة، ثم الدوحة.\n"), QStringLiteral("أنقرة"), QStringLiteral("،")},
        {QStringLiteral("زار الوفد الدوحة، ثم أنقرة.\n"), QStringLiteral("الدوحة"), QStringLiteral("،")},
    };
    for (const Case &c : cases) {
        INFO(c.text.toStdString());
        const qsizetype at = c.text.indexOf(c.entity + c.neighbour);
        REQUIRE(at >= 0);
        Reader reader(std::make_unique<ArticleDocument>(Test::articleFromText(c.text)));
        QWidget *viewport = reader.view.viewport();
        const QColor base = reader.view.palette().color(QPalette::Base);
        reader.document->execute(
            new AddEntityCommand(reader.document->annotations(),
                                 Test::entity(QStringLiteral("e1"), QStringLiteral("GPE"), at, at + c.entity.size())));
        const qsizetype punctuation = at + c.entity.size();
        const QList<QRectF> boxes = reader.view.rangeRects(punctuation, punctuation + 1);
        REQUIRE(boxes.size() == 1);
        // Inside the punctuation's advance, a pixel clear of the entity's own highlight.
        const QRectF advance = boxes.front();
        const QRect box(QPoint(int(std::ceil(advance.left())) + 1, int(advance.top())),
                        QPoint(int(std::floor(advance.right())) - 2, int(advance.bottom())));

        // The punctuation's own pixels, with nothing selected.
        const QImage plain = render(viewport);
        QList<QPoint> ink;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                if (plain.pixelColor(x, y) != base)
                    ink.append(QPoint(x, y));
            }
        }
        REQUIRE(ink.size() > 3);

        reader.view.setSelectedEntity(QStringLiteral("e1"));
        const QImage selected = render(viewport);
        REQUIRE(selected != plain); // the frame is drawn
        int covered = 0;
        for (const QPoint &point : ink) {
            if (selected.pixelColor(point) != plain.pixelColor(point))
                ++covered;
        }
        CHECK(covered == 0);
    }
}
