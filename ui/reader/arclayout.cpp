// SPDX-License-Identifier: GPL-3.0-or-later
#include "arclayout.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace Hashiya {

namespace {

constexpr qreal levelGap = 4; // between neighbouring pieces on one level
constexpr qreal stubRoom = 18; // a stub's length beyond its label
constexpr qreal arrowLength = 6;
constexpr qreal arrowHalfWidth = 3.5;

QPolygonF arrowPointing(QPointF tip, QPointF direction)
{
    const qreal length = std::hypot(direction.x(), direction.y());
    if (length == 0)
        return {};
    const QPointF along = direction / length;
    const QPointF across(-along.y(), along.x());
    const QPointF base = tip - along * arrowLength;
    return QPolygonF({tip, base + across * arrowHalfWidth, base - across * arrowHalfWidth});
}

/// A path down from the level into a chip, with a rounded corner where it turns.
void addRoundedRun(QPainterPath &path, QPointF from, qreal levelY, qreal toX, qreal downToY)
{
    const qreal radius = std::min<qreal>({4, std::abs(toX - from.x()) / 2, std::abs(levelY - from.y())});
    const qreal direction = toX >= from.x() ? 1 : -1;
    path.moveTo(from);
    path.lineTo(from.x(), levelY + radius);
    path.quadTo(from.x(), levelY, from.x() + direction * radius, levelY);
    path.lineTo(toX - direction * radius, levelY);
    path.quadTo(toX, levelY, toX, levelY + radius);
    path.lineTo(toX, downToY);
}

} // namespace

ArcLayout::ArcLayout(const QFont &labelFont, qreal sideRoom, int chipRoom)
    : m_labelFont(labelFont)
    , m_sideRoom(sideRoom)
    , m_chipRoom(chipRoom)
    , m_levelHeight(int(std::ceil(QFontMetricsF(labelFont).height())) + 3)
{
}

qreal ArcLayout::Piece::left() const
{
    const qreal middle = (a + b) / 2;
    return std::min({a, b, middle - labelWidth / 2});
}

qreal ArcLayout::Piece::right() const
{
    const qreal middle = (a + b) / 2;
    return std::max({a, b, middle + labelWidth / 2});
}

qreal ArcLayout::labelWidth(const QString &text) const
{
    return text.isEmpty() ? 0 : QFontMetricsF(m_labelFont).horizontalAdvance(text) + 8;
}

std::vector<int> ArcLayout::plan(const std::vector<Chip> &chips, const std::vector<Link> &links, int lineCount,
                                 qreal lineWidth, bool rightToLeft)
{
    m_links = links;
    m_pieces.clear();
    QHash<QString, size_t> chipOf;
    for (size_t i = 0; i < chips.size(); ++i)
        chipOf.insert(chips[i].entityId, i);
    const QFontMetricsF metrics(m_labelFont);
    const qreal stubTextWidth = std::max<qreal>(60, std::min<qreal>(220, lineWidth / 3));
    auto center = [](const Chip &chip) {
        return chip.left + chip.width / 2;
    };
    // A stub runs towards where its other end is in reading order, unless that leaves the page.
    auto addStub = [&](size_t link, Role role, size_t chipIndex, bool towardsLater, const QString &text) {
        const Chip &chip = chips[chipIndex];
        Piece piece;
        piece.chipA = int(chipIndex);
        piece.link = link;
        piece.role = role;
        piece.line = chip.line;
        piece.labelText = metrics.elidedText(text, Qt::ElideRight, stubTextWidth);
        piece.labelWidth = labelWidth(piece.labelText);
        piece.chipHeightA = chip.height;
        const qreal length = piece.labelWidth + stubRoom;
        qreal direction = (towardsLater != rightToLeft) ? 1 : -1;
        const qreal tip = center(chip) + direction * length;
        if (tip > lineWidth + m_sideRoom || tip < -m_sideRoom)
            direction = -direction;
        piece.a = center(chip);
        piece.b = center(chip) + direction * length;
        m_pieces.push_back(piece);
    };
    for (size_t i = 0; i < m_links.size(); ++i) {
        const Link &link = m_links[i];
        const auto from = chipOf.constFind(link.fromId);
        const auto to = chipOf.constFind(link.toId);
        const bool bothHere = from != chipOf.cend() && to != chipOf.cend();
        if (bothHere && link.fromId == link.toId) {
            addStub(i, Role::StubAtSource, *from, true, link.label);
            continue;
        }
        if (bothHere && chips[*from].line == chips[*to].line) {
            Piece piece;
            piece.link = i;
            piece.role = Role::Arc;
            piece.line = chips[*from].line;
            piece.a = center(chips[*from]);
            piece.b = center(chips[*to]);
            piece.chipHeightA = chips[*from].height;
            piece.chipHeightB = chips[*to].height;
            piece.chipA = int(*from);
            piece.chipB = int(*to);
            piece.labelText = link.label;
            piece.labelWidth = labelWidth(link.label);
            m_pieces.push_back(piece);
            continue;
        }
        if (bothHere && std::abs(chips[*from].line - chips[*to].line) <= 2) {
            // Through the nearer margin: the one the two chips are closer to together.
            const qreal a = center(chips[*from]);
            const qreal b = center(chips[*to]);
            const bool viaLeft = a + b <= (lineWidth - a) + (lineWidth - b);
            const qreal edge = viaLeft ? -m_sideRoom * 0.45 : lineWidth + m_sideRoom * 0.45;
            Piece start;
            start.link = i;
            start.role = Role::ConnectorStart;
            start.line = chips[*from].line;
            start.a = a;
            start.b = edge;
            start.chipHeightA = chips[*from].height;
            start.chipA = int(*from);
            start.labelText = link.label;
            start.labelWidth = labelWidth(link.label);
            Piece end;
            end.link = i;
            end.role = Role::ConnectorEnd;
            end.line = chips[*to].line;
            end.a = b;
            end.b = edge;
            end.chipHeightA = chips[*to].height;
            end.chipA = int(*to);
            m_pieces.push_back(start);
            m_pieces.push_back(end);
            continue;
        }
        if (from != chipOf.cend())
            addStub(i, Role::StubAtSource, *from, link.targetIsLater, link.label + QStringLiteral(" · ") + link.toText);
        if (to != chipOf.cend())
            addStub(i, Role::StubAtTarget, *to, !link.targetIsLater,
                    link.fromText + QStringLiteral(" · ") + link.label);
    }
    spreadLegs(chips);
    assignLevels(lineCount);
    std::vector<int> levels(size_t(std::max(0, lineCount)), 0);
    for (const Piece &piece : m_pieces) {
        if (piece.line >= 0 && piece.line < lineCount)
            levels[size_t(piece.line)] = std::max(levels[size_t(piece.line)], piece.level + 1);
    }
    return levels;
}

void ArcLayout::spreadLegs(const std::vector<Chip> &chips)
{
    // Several arcs at one chip leave it side by side, ordered by where they go, so they do not cross
    // right above it.
    struct Leg
    {
        size_t piece;
        bool atB; // the leg is the piece's b end (an arc's target)
        qreal towards;
    };
    std::map<int, std::vector<Leg>> legsAt; // chip → legs
    for (size_t i = 0; i < m_pieces.size(); ++i) {
        const Piece &piece = m_pieces[i];
        legsAt[piece.chipA].push_back({i, false, piece.b});
        if (piece.role == Role::Arc)
            legsAt[piece.chipB].push_back({i, true, piece.a});
    }
    for (auto &[chipIndex, legs] : legsAt) {
        if (legs.size() < 2)
            continue;
        const Chip &chip = chips[size_t(chipIndex)];
        const qreal width = chip.width;
        const qreal center = chip.left + chip.width / 2;
        std::sort(legs.begin(), legs.end(), [](const Leg &x, const Leg &y) { return x.towards < y.towards; });
        const qreal usable = std::max<qreal>(0, width - 6);
        const qreal step = usable / qreal(legs.size() + 1);
        for (size_t k = 0; k < legs.size(); ++k) {
            const qreal x = center - usable / 2 + step * qreal(k + 1);
            Piece &piece = m_pieces[legs[k].piece];
            if (legs[k].atB) {
                piece.b = x;
            } else {
                const qreal shift = x - piece.a;
                piece.a = x;
                if (piece.role == Role::StubAtSource || piece.role == Role::StubAtTarget)
                    piece.b += shift;
            }
        }
    }
}

void ArcLayout::assignLevels(int lineCount)
{
    // Shortest first, each on the lowest level where it covers nothing: short arcs stay close to the
    // text, long ones pass over them.
    std::vector<size_t> order(m_pieces.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [this](size_t x, size_t y) {
        return m_pieces[x].right() - m_pieces[x].left() < m_pieces[y].right() - m_pieces[y].left();
    });
    // line → level → taken intervals
    std::vector<std::vector<std::vector<std::pair<qreal, qreal>>>> taken(size_t(std::max(0, lineCount)));
    for (size_t index : order) {
        Piece &piece = m_pieces[index];
        if (piece.line < 0 || piece.line >= lineCount)
            continue;
        auto &levels = taken[size_t(piece.line)];
        const qreal left = piece.left() - levelGap / 2;
        const qreal right = piece.right() + levelGap / 2;
        size_t level = 0;
        for (; level < levels.size(); ++level) {
            const auto &intervals = levels[level];
            const bool free = std::none_of(intervals.begin(), intervals.end(), [&](const auto &taken) {
                return left < taken.second && taken.first < right;
            });
            if (free)
                break;
        }
        if (level == levels.size())
            levels.emplace_back();
        levels[level].emplace_back(left, right);
        piece.level = int(level);
    }
}

std::vector<ArcLayout::Shape> ArcLayout::build(const std::vector<qreal> &lineTops) const
{
    std::vector<Shape> shapes;
    const qreal labelHeight = m_levelHeight - 2;
    auto levelY = [&](const Piece &piece) {
        return lineTops[size_t(piece.line)] - m_chipRoom - (piece.level + 0.5) * m_levelHeight;
    };
    auto chipTop = [&](const Piece &piece, qreal chipHeight) {
        return lineTops[size_t(piece.line)] - chipHeight - 1;
    };
    auto shapeFor = [&](const Piece &piece, Kind kind) {
        const Link &link = m_links[piece.link];
        Shape shape;
        shape.relationId = link.relationId;
        shape.fromId = link.fromId;
        shape.toId = link.toId;
        shape.kind = kind;
        shape.symmetric = link.symmetric;
        shape.problem = link.problem;
        shape.labelText = piece.labelText;
        return shape;
    };
    auto labelAt = [&](qreal x, qreal y, qreal width) {
        return QRectF(x - width / 2, y - labelHeight / 2, width, labelHeight);
    };
    QHash<size_t, const Piece *> connectorEnds;
    for (const Piece &piece : m_pieces) {
        if (piece.role == Role::ConnectorEnd)
            connectorEnds.insert(piece.link, &piece);
    }
    for (const Piece &piece : m_pieces) {
        if (size_t(piece.line) >= lineTops.size())
            continue;
        const qreal y = levelY(piece);
        switch (piece.role) {
        case Role::Arc: {
            Shape shape = shapeFor(piece, Kind::Arc);
            const qreal targetTop = chipTop(piece, piece.chipHeightB);
            addRoundedRun(shape.path, QPointF(piece.a, chipTop(piece, piece.chipHeightA)), y, piece.b, targetTop);
            if (!shape.symmetric)
                shape.arrowHead = arrowPointing(QPointF(piece.b, targetTop), QPointF(0, 1));
            shape.labelRect = labelAt((piece.a + piece.b) / 2, y, piece.labelWidth);
            shapes.push_back(std::move(shape));
            break;
        }
        case Role::ConnectorStart: {
            const Piece *end = connectorEnds.value(piece.link);
            if (!end || size_t(end->line) >= lineTops.size())
                break;
            Shape shape = shapeFor(piece, Kind::Connector);
            const qreal endY = levelY(*end);
            const qreal targetTop = chipTop(*end, end->chipHeightA);
            shape.path.moveTo(piece.a, chipTop(piece, piece.chipHeightA));
            shape.path.lineTo(piece.a, y);
            shape.path.lineTo(piece.b, y);
            shape.path.lineTo(end->b, endY);
            shape.path.lineTo(end->a, endY);
            shape.path.lineTo(end->a, targetTop);
            if (!shape.symmetric)
                shape.arrowHead = arrowPointing(QPointF(end->a, targetTop), QPointF(0, 1));
            shape.labelRect = labelAt((piece.a + piece.b) / 2, y, piece.labelWidth);
            shapes.push_back(std::move(shape));
            break;
        }
        case Role::ConnectorEnd:
            break; // drawn with its start
        case Role::StubAtSource:
        case Role::StubAtTarget: {
            const Link &link = m_links[piece.link];
            Shape shape = shapeFor(piece, Kind::Stub);
            const bool atSource = piece.role == Role::StubAtSource;
            shape.jumpTo = link.fromId == link.toId ? QString() : (atSource ? link.toId : link.fromId);
            const QPointF chip(piece.a, chipTop(piece, piece.chipHeightA));
            shape.path.moveTo(chip);
            shape.path.lineTo(piece.a, y);
            shape.path.lineTo(piece.b, y);
            if (!shape.symmetric) {
                shape.arrowHead = atSource ? arrowPointing(QPointF(piece.b, y), QPointF(piece.b - piece.a, 0))
                                           : arrowPointing(chip, QPointF(0, 1));
            }
            shape.labelRect = labelAt((piece.a + piece.b) / 2, y, piece.labelWidth);
            shapes.push_back(std::move(shape));
            break;
        }
        }
    }
    for (Shape &shape : shapes) {
        shape.label.setText(shape.labelText);
        shape.label.setTextFormat(Qt::PlainText);
        shape.label.prepare(QTransform(), m_labelFont);
    }
    return shapes;
}

} // namespace Hashiya
