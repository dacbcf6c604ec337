// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayout.h"

#include <QRectF>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

namespace Hashiya {
namespace {

// Above this many nodes in a part, far nodes push in groups (Barnes–Hut), at most `farAngle` wide as seen
// from the node they push.
constexpr int exactRepulsionLimit = 60;
constexpr double farAngle = 1.0;
// The least free space between two boxes, in edge lengths.
constexpr double overlapMargin = 0.25;

/// One connected part while it is laid out: its nodes' half extents and centres, its links by local index.
struct Part
{
    std::vector<int> nodes; // global indexes, ascending
    std::vector<std::pair<int, int>> edges;
    std::vector<double> halfWidth;
    std::vector<double> halfHeight;
    std::vector<QPointF> position;
    std::vector<bool> pinned;
    int size() const { return int(nodes.size()); }
};

double length(const QPointF &p)
{
    return std::sqrt(p.x() * p.x() + p.y() * p.y());
}

/// The free space between two boxes whose centres are `delta` apart; 0 when they overlap.
double boxDistance(const QPointF &delta, double halfWidths, double halfHeights)
{
    const double x = std::max(0.0, std::abs(delta.x()) - halfWidths);
    const double y = std::max(0.0, std::abs(delta.y()) - halfHeights);
    return std::sqrt(x * x + y * y);
}

/// A direction for two nodes on the same spot: the same on every run, different for different pairs.
QPointF tieDirection(int a, int b)
{
    const double angle = double((qint64(a) * 7919 + qint64(b) * 104729) % 360) * std::numbers::pi / 180.0;
    return {std::cos(angle), std::sin(angle)};
}

/// A Barnes–Hut quadtree over points: seen from far enough, the points of a cell push as one at their centre.
class QuadTree
{
public:
    explicit QuadTree(const std::vector<QPointF> &points)
        : m_points(points)
        , m_next(points.size(), -1)
    {
        double left = points.front().x(), top = points.front().y();
        double right = left, bottom = top;
        for (const QPointF &p : points) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        double size = std::max(right - left, bottom - top);
        size = size > 0 ? size * 1.001 : 1.0; // the far edges inside too
        m_cells.reserve(points.size() * 2);
        m_cells.push_back(cellAt(QPointF(left, top), size));
        for (int i = 0; i < int(points.size()); ++i)
            insert(i);
    }

    /// Calls near(j) for each point to be taken one by one (i's own too) and far(centre, count) for each cell
    /// seen from `p` at an angle below `theta`.
    template<typename Near, typename Far>
    void visit(const QPointF &p, double theta, Near &&near, Far &&far) const
    {
        std::array<int, 4 * maxDepth + 4> stack;
        int top = 0;
        stack[size_t(top++)] = 0;
        while (top > 0) {
            const Cell &cell = m_cells[size_t(stack[size_t(--top)])];
            if (cell.count == 0)
                continue;
            if (cell.leaf) {
                for (int j = cell.first; j >= 0; j = m_next[size_t(j)])
                    near(j);
                continue;
            }
            const QPointF centre = cell.sum / cell.count;
            const bool inside = p.x() >= cell.origin.x() && p.x() < cell.origin.x() + cell.size
                && p.y() >= cell.origin.y() && p.y() < cell.origin.y() + cell.size;
            if (!inside && cell.size < theta * length(p - centre)) {
                far(centre, cell.count);
                continue;
            }
            for (int child : cell.children) {
                if (child >= 0)
                    stack[size_t(top++)] = child;
            }
        }
    }

private:
    static constexpr int maxDepth = 24; // deeper, points share a cell: only coincident ones get there

    struct Cell
    {
        QPointF origin;
        double size = 0;
        QPointF sum;
        int count = 0;
        std::array<int, 4> children {-1, -1, -1, -1};
        int first = -1; // a leaf's first point; the rest follow in m_next
        bool leaf = true;
    };

    static Cell cellAt(const QPointF &origin, double size)
    {
        Cell cell;
        cell.origin = origin;
        cell.size = size;
        return cell;
    }

    int childOf(int cell, const QPointF &p)
    {
        const double half = m_cells[size_t(cell)].size / 2;
        const QPointF origin = m_cells[size_t(cell)].origin;
        const bool right = p.x() >= origin.x() + half;
        const bool below = p.y() >= origin.y() + half;
        const size_t quarter = size_t(right) + 2 * size_t(below);
        int child = m_cells[size_t(cell)].children[quarter];
        if (child < 0) {
            child = int(m_cells.size());
            m_cells.push_back(cellAt(origin + QPointF(right ? half : 0, below ? half : 0), half));
            m_cells[size_t(cell)].children[quarter] = child;
        }
        return child;
    }

    void insert(int point)
    {
        const QPointF p = m_points[size_t(point)];
        int cell = 0;
        for (int depth = 0;; ++depth) {
            m_cells[size_t(cell)].sum += p;
            ++m_cells[size_t(cell)].count;
            if (m_cells[size_t(cell)].leaf) {
                const int other = m_cells[size_t(cell)].first;
                if (other < 0 || depth >= maxDepth) {
                    m_next[size_t(point)] = other;
                    m_cells[size_t(cell)].first = point;
                    return;
                }
                // Split: the point already here moves one level down.
                m_cells[size_t(cell)].first = -1;
                m_cells[size_t(cell)].leaf = false;
                const int child = childOf(cell, m_points[size_t(other)]);
                m_cells[size_t(child)].sum = m_points[size_t(other)];
                m_cells[size_t(child)].count = 1;
                m_cells[size_t(child)].first = other;
            }
            cell = childOf(cell, p);
        }
    }

    const std::vector<QPointF> &m_points;
    std::vector<int> m_next;
    std::vector<Cell> m_cells;
};

/// Fruchterman–Reingold steps with geometric cooling from `hot` to `cold`. `k` is the wanted free space
/// between linked boxes: there, pull (d²/k) and push (k²/d) balance.
void relax(Part &part, double k, double hot, double cold, int iterations)
{
    const int n = part.size();
    if (n < 2 || iterations <= 0)
        return;
    std::vector<QPointF> displacement(static_cast<size_t>(n));
    const double nearest = 0.05 * k; // push as if boxes that touch or overlap were this far apart

    // How `j` pushes `i`.
    auto push = [&](int i, int j) {
        const QPointF delta = part.position[size_t(i)] - part.position[size_t(j)];
        const double centres = length(delta);
        const QPointF direction =
            centres > 1e-9 ? delta / centres : tieDirection(std::min(i, j), std::max(i, j)) * (i < j ? 1 : -1);
        const double distance = std::max(nearest,
                                         boxDistance(delta, part.halfWidth[size_t(i)] + part.halfWidth[size_t(j)],
                                                     part.halfHeight[size_t(i)] + part.halfHeight[size_t(j)]));
        return direction * (k * k / distance);
    };

    for (int step = 0; step < iterations; ++step) {
        const double temperature = iterations > 1 ? hot * std::pow(cold / hot, double(step) / (iterations - 1)) : hot;
        std::fill(displacement.begin(), displacement.end(), QPointF());

        if (n <= exactRepulsionLimit) {
            for (int i = 0; i < n; ++i) {
                for (int j = i + 1; j < n; ++j) {
                    const QPointF force = push(i, j);
                    displacement[size_t(i)] += force;
                    displacement[size_t(j)] -= force;
                }
            }
        } else {
            const QuadTree tree(part.position);
            for (int i = 0; i < n; ++i) {
                const QPointF p = part.position[size_t(i)];
                QPointF &sum = displacement[size_t(i)];
                tree.visit(
                    p, farAngle,
                    [&](int j) {
                        if (j != i)
                            sum += push(i, j);
                    },
                    [&](const QPointF &centre, int count) {
                        const QPointF delta = p - centre;
                        const double distance = length(delta);
                        sum += delta / distance * (count * k * k / distance);
                    });
            }
        }

        for (const auto &[i, j] : part.edges) {
            const QPointF delta = part.position[size_t(j)] - part.position[size_t(i)];
            const double centres = length(delta);
            if (centres <= 1e-9)
                continue;
            const double distance = boxDistance(delta, part.halfWidth[size_t(i)] + part.halfWidth[size_t(j)],
                                                part.halfHeight[size_t(i)] + part.halfHeight[size_t(j)]);
            const QPointF force = delta / centres * (distance * distance / k);
            displacement[size_t(i)] += force;
            displacement[size_t(j)] -= force;
        }

        for (int i = 0; i < n; ++i) {
            const double size = length(displacement[size_t(i)]);
            if (size > 0 && std::isfinite(size) && !part.pinned[size_t(i)])
                part.position[size_t(i)] += displacement[size_t(i)] / size * std::min(size, temperature);
        }
    }
}

/// The mean centre of the nodes marked in `which`.
QPointF startedMiddle(const Part &part, const std::vector<bool> &which)
{
    QPointF sum;
    int count = 0;
    for (int i = 0; i < part.size(); ++i) {
        if (which[size_t(i)]) {
            sum += part.position[size_t(i)];
            ++count;
        }
    }
    return count ? sum / count : QPointF();
}

/// Turns the part so its longest extent runs across, or up and down for an area taller than wide.
void turnLevel(Part &part, bool upright)
{
    const int n = part.size();
    QPointF mean;
    for (const QPointF &p : part.position)
        mean += p;
    mean /= n;
    double xx = 0, yy = 0, xy = 0;
    for (const QPointF &p : part.position) {
        const QPointF d = p - mean;
        xx += d.x() * d.x();
        yy += d.y() * d.y();
        xy += d.x() * d.y();
    }
    const double angle = 0.5 * std::atan2(2 * xy, xx - yy) - (upright ? std::numbers::pi / 2 : 0);
    const double c = std::cos(-angle), s = std::sin(-angle);
    for (QPointF &p : part.position) {
        const QPointF d = p - mean;
        p = mean + QPointF(d.x() * c - d.y() * s, d.x() * s + d.y() * c);
    }
}

/// How many pairs of boxes, each grown by `margin`, overlap; counts no further than `limit`.
int overlapCount(const Part &part, double margin, int limit)
{
    const int n = part.size();
    std::vector<std::pair<double, int>> lefts;
    lefts.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        lefts.emplace_back(part.position[size_t(i)].x() - part.halfWidth[size_t(i)], i);
    std::sort(lefts.begin(), lefts.end());
    int count = 0;
    for (int a = 0; a < n; ++a) {
        const int i = lefts[size_t(a)].second;
        const double right = part.position[size_t(i)].x() + part.halfWidth[size_t(i)] + margin;
        for (int b = a + 1; b < n && lefts[size_t(b)].first < right; ++b) {
            const int j = lefts[size_t(b)].second;
            const double apart = std::abs(part.position[size_t(i)].y() - part.position[size_t(j)].y());
            if (apart < part.halfHeight[size_t(i)] + part.halfHeight[size_t(j)] + margin && ++count >= limit)
                return count;
        }
    }
    return count;
}

/// Spreads a part out from its middle until few of its boxes overlap. Where many links meet, pull wins
/// over push and packs boxes tighter than they fit (nothing can draw a dense random graph well); spreading the
/// whole part keeps its shape, and what remains is left to the final pass that moves boxes apart.
void spreadOut(Part &part, double margin)
{
    const int n = part.size();
    const int tolerated = std::max(1, n / 50);
    QPointF middle;
    for (const QPointF &p : part.position)
        middle += p;
    middle /= n;
    for (int round = 0; round < 12 && overlapCount(part, margin, tolerated + 1) > tolerated; ++round) {
        for (QPointF &p : part.position)
            p = middle + (p - middle) * 1.25;
    }
}

/// The smallest rectangle holding the nodes' boxes (a point for a node without a size).
QRectF boundsOf(const std::vector<int> &nodes, const std::vector<QPointF> &positions, const std::vector<QSizeF> &sizes)
{
    double left = std::numeric_limits<double>::max(), top = left;
    double right = std::numeric_limits<double>::lowest(), bottom = right;
    for (int node : nodes) {
        const QPointF &centre = positions[size_t(node)];
        const QSizeF &size = sizes[size_t(node)];
        left = std::min(left, centre.x() - size.width() / 2);
        right = std::max(right, centre.x() + size.width() / 2);
        top = std::min(top, centre.y() - size.height() / 2);
        bottom = std::max(bottom, centre.y() + size.height() / 2);
    }
    return nodes.empty() ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom));
}

double finiteOr(double value, double fallback)
{
    return std::isfinite(value) ? value : fallback;
}

} // namespace

GraphLayout::GraphLayout(int nodeCount)
    : m_sizes(size_t(std::max(0, nodeCount)), QSizeF(0, 0))
    , m_starts(size_t(std::max(0, nodeCount)))
    , m_pinned(size_t(std::max(0, nodeCount)), false)
    , m_neighbours(size_t(std::max(0, nodeCount)))
{
}

void GraphLayout::addEdge(int a, int b)
{
    if (a == b || a < 0 || b < 0 || a >= nodeCount() || b >= nodeCount())
        return;
    std::vector<int> &neighbours = m_neighbours[size_t(a)];
    if (std::find(neighbours.begin(), neighbours.end(), b) != neighbours.end())
        return;
    neighbours.push_back(b);
    m_neighbours[size_t(b)].push_back(a);
    m_edges.emplace_back(std::min(a, b), std::max(a, b));
}

void GraphLayout::setSize(int node, const QSizeF &size)
{
    if (node >= 0 && node < nodeCount())
        m_sizes[size_t(node)] =
            QSizeF(std::max(0.0, finiteOr(size.width(), 0)), std::max(0.0, finiteOr(size.height(), 0)));
}

void GraphLayout::setStart(int node, const QPointF &centre)
{
    if (node >= 0 && node < nodeCount() && std::isfinite(centre.x()) && std::isfinite(centre.y()))
        m_starts[size_t(node)] = centre;
}

void GraphLayout::setPinned(int node, const QPointF &centre)
{
    setStart(node, centre);
    if (node >= 0 && node < nodeCount() && m_starts[size_t(node)])
        m_pinned[size_t(node)] = true;
}

void GraphLayout::setEdgeLength(double across, double upDown)
{
    if (across > 0 && std::isfinite(across) && upDown > 0 && std::isfinite(upDown)) {
        m_edgeLength = across;
        m_edgeHeight = upDown;
    }
}

void GraphLayout::setAspectRatio(double ratio)
{
    if (ratio > 0 && std::isfinite(ratio))
        m_aspectRatio = ratio;
}

std::vector<QPointF> GraphLayout::compute() const
{
    const int n = nodeCount();
    std::vector<QPointF> positions(static_cast<size_t>(n));
    if (n == 0)
        return positions;

    // Connected parts, each listed by ascending node index, in the order of their first node.
    std::vector<int> root(static_cast<size_t>(n));
    std::iota(root.begin(), root.end(), 0);
    auto find = [&root](int node) {
        while (root[size_t(node)] != node) {
            root[size_t(node)] = root[size_t(root[size_t(node)])];
            node = root[size_t(node)];
        }
        return node;
    };
    for (const auto &[a, b] : m_edges)
        root[size_t(find(a))] = find(b);
    std::vector<int> partOfRoot(size_t(n), -1);
    std::vector<std::vector<int>> parts;
    for (int node = 0; node < n; ++node) {
        int &part = partOfRoot[size_t(find(node))];
        if (part < 0) {
            part = int(parts.size());
            parts.emplace_back();
        }
        parts[size_t(part)].push_back(node);
    }

    auto hasStart = [this](int node) {
        return m_starts[size_t(node)].has_value();
    };
    std::optional<QRectF> kept; // what stays where it was
    std::vector<const std::vector<int> *> newParts;
    std::vector<int> newSingles;
    for (const std::vector<int> &part : parts) {
        const bool started = std::any_of(part.begin(), part.end(), hasStart);
        if (part.size() == 1) {
            if (started)
                positions[size_t(part.front())] = *m_starts[size_t(part.front())];
            else
                newSingles.push_back(part.front());
        } else {
            layoutComponent(part, positions);
            if (!started)
                newParts.push_back(&part);
        }
        if (started) {
            const QRectF bounds = boundsOf(part, positions, m_sizes);
            // Not QRectF::united(), which skips the empty rectangle of a node without a size.
            kept = kept
                ? QRectF(QPointF(std::min(kept->left(), bounds.left()), std::min(kept->top(), bounds.top())),
                         QPointF(std::max(kept->right(), bounds.right()), std::max(kept->bottom(), bounds.bottom())))
                : bounds;
        }
    }

    // New parts are packed in rows, the largest first, below what stays; single nodes in rows after them.
    std::stable_sort(newParts.begin(), newParts.end(),
                     [](const std::vector<int> *a, const std::vector<int> *b) { return a->size() > b->size(); });
    const double partGapX = 0.6 * m_edgeLength;
    const double partGapY = m_edgeHeight;
    const double singleGapX = 0.3 * m_edgeLength;
    const double singleGapY = 0.5 * m_edgeHeight;
    double area = 0;
    double widest = 0;
    std::vector<QRectF> partBounds;
    for (const std::vector<int> *part : newParts) {
        partBounds.push_back(boundsOf(*part, positions, m_sizes));
        area += (partBounds.back().width() + partGapX) * (partBounds.back().height() + partGapY);
        widest = std::max(widest, partBounds.back().width());
    }
    for (int node : newSingles) {
        area += (m_sizes[size_t(node)].width() + singleGapX) * (m_sizes[size_t(node)].height() + singleGapY);
        widest = std::max(widest, m_sizes[size_t(node)].width());
    }
    double rowWidth = std::max(widest, std::sqrt(area * m_aspectRatio));
    if (kept)
        rowWidth = std::max(rowWidth, kept->width());
    const QPointF origin = kept ? QPointF(kept->left(), kept->bottom() + partGapY) : QPointF();

    double x = 0, y = 0, rowHeight = 0;
    for (size_t i = 0; i < newParts.size(); ++i) {
        const QRectF &bounds = partBounds[i];
        if (x > 0 && x + bounds.width() > rowWidth) {
            y += rowHeight + partGapY;
            x = rowHeight = 0;
        }
        const QPointF shift = origin + QPointF(x, y) - bounds.topLeft();
        for (int node : *newParts[i])
            positions[size_t(node)] += shift;
        x += bounds.width() + partGapX;
        rowHeight = std::max(rowHeight, bounds.height());
    }
    if (rowHeight > 0) {
        y += rowHeight + partGapY;
        x = rowHeight = 0;
    }
    for (int node : newSingles) {
        const QSizeF &size = m_sizes[size_t(node)];
        if (x > 0 && x + size.width() > rowWidth) {
            y += rowHeight + singleGapY;
            x = rowHeight = 0;
        }
        positions[size_t(node)] = origin + QPointF(x + size.width() / 2, y + size.height() / 2);
        x += size.width() + singleGapX;
        rowHeight = std::max(rowHeight, size.height());
    }

    removeOverlaps(positions);
    return positions;
}

void GraphLayout::layoutComponent(const std::vector<int> &component, std::vector<QPointF> &positions) const
{
    // Laid out in a space stretched up and down, so that one edge length there is `m_edgeLength` across and
    // `m_edgeHeight` up and down here.
    const double k = m_edgeLength;
    const double stretch = m_edgeLength / m_edgeHeight;
    Part part;
    part.nodes = component;
    const int n = part.size();
    std::vector<int> localOf(m_sizes.size(), -1); // only this part's entries are read
    double meanDiameter = 0;
    for (int i = 0; i < n; ++i) {
        const int node = component[size_t(i)];
        localOf[size_t(node)] = i;
        part.halfWidth.push_back(m_sizes[size_t(node)].width() / 2);
        part.halfHeight.push_back(m_sizes[size_t(node)].height() / 2 * stretch);
        part.pinned.push_back(m_pinned[size_t(node)]);
        meanDiameter += std::hypot(m_sizes[size_t(node)].width(), m_sizes[size_t(node)].height() * stretch);
    }
    meanDiameter /= n;
    for (const auto &[a, b] : m_edges) {
        if (localOf[size_t(a)] >= 0 && localOf[size_t(b)] >= 0)
            part.edges.emplace_back(localOf[size_t(a)], localOf[size_t(b)]);
    }
    const double spacing = k + meanDiameter; // roughly the distance between a node's centre and a neighbour's

    // Breadth first from where the picture is known: nodes with a start, or else the most linked node. Each
    // new node then starts beside the neighbours already placed, so the first steps untangle little.
    part.position.assign(size_t(n), QPointF());
    std::vector<bool> placed(size_t(n), false);
    std::vector<int> order;
    int started = 0;
    for (int i = 0; i < n; ++i) {
        if (const auto &start = m_starts[size_t(component[size_t(i)])]) {
            part.position[size_t(i)] = QPointF(start->x(), start->y() * stretch);
            placed[size_t(i)] = true;
            order.push_back(i);
            ++started;
        }
    }
    if (order.empty()) {
        int hub = 0;
        for (int i = 1; i < n; ++i) {
            if (m_neighbours[size_t(component[size_t(i)])].size() > m_neighbours[size_t(component[size_t(hub)])].size())
                hub = i;
        }
        placed[size_t(hub)] = true;
        order.push_back(hub);
    }
    for (size_t head = 0; head < order.size(); ++head) {
        const int node = component[size_t(order[head])];
        std::vector<int> next;
        for (int neighbour : m_neighbours[size_t(node)])
            next.push_back(localOf[size_t(neighbour)]);
        std::sort(next.begin(), next.end());
        for (int local : next) {
            if (!placed[size_t(local)]) {
                placed[size_t(local)] = true;
                order.push_back(local);
            }
        }
    }
    if (started == 0) {
        // A sunflower spiral in breadth-first order: even density, neighbours near each other.
        for (int rank = 0; rank < n; ++rank) {
            const double radius = 0.5 * spacing * std::sqrt(double(rank));
            const double angle = rank * std::numbers::pi * (3.0 - std::sqrt(5.0));
            part.position[size_t(order[size_t(rank)])] = QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        const double hot = 0.5 * spacing * std::max(1.0, std::sqrt(double(n)));
        // Many steps where they are cheap; a large part, whose steps cost more, settles in fewer.
        relax(part, k, hot, 0.005 * spacing, n <= exactRepulsionLimit ? 300 : n <= 200 ? 150 : 100);
        turnLevel(part, m_aspectRatio < 1);
        relax(part, k, 0.2 * spacing, 0.005 * spacing, 30);
        spreadOut(part, overlapMargin * k);
    } else {
        // New nodes beside their placed neighbours, each a different way round.
        std::vector<bool> hasStart(size_t(n), false);
        for (int i = 0; i < n; ++i)
            hasStart[size_t(i)] = m_starts[size_t(component[size_t(i)])].has_value();
        std::vector<bool> known = hasStart;
        for (int local : order) {
            if (known[size_t(local)])
                continue;
            QPointF sum;
            int count = 0;
            for (int neighbour : m_neighbours[size_t(component[size_t(local)])]) {
                if (known[size_t(localOf[size_t(neighbour)])]) {
                    sum += part.position[size_t(localOf[size_t(neighbour)])];
                    ++count;
                }
            }
            const double angle = local * std::numbers::pi * (3.0 - std::sqrt(5.0));
            part.position[size_t(local)] =
                (count ? sum / count : QPointF()) + spacing * QPointF(std::cos(angle), std::sin(angle));
            known[size_t(local)] = true;
        }
        // An unchanged part only settles; a new node or a link between nodes far apart needs room to move.
        bool unsettled = started < n;
        for (const auto &[a, b] : part.edges) {
            const QPointF delta = part.position[size_t(b)] - part.position[size_t(a)];
            unsettled = unsettled
                || boxDistance(delta, part.halfWidth[size_t(a)] + part.halfWidth[size_t(b)],
                               part.halfHeight[size_t(a)] + part.halfHeight[size_t(b)])
                    > 2 * k;
        }
        const QPointF before = startedMiddle(part, hasStart);
        const int steps = unsettled ? (n <= exactRepulsionLimit ? 150 : n <= 200 ? 100 : 50) : (n <= 200 ? 50 : 20);
        relax(part, k, (unsettled ? 0.5 : 0.05) * spacing, 0.005 * spacing, steps);
        // The steps' limit can make a part drift as a whole: it goes back to where it was (pinned nodes
        // already hold it in place).
        if (std::none_of(part.pinned.begin(), part.pinned.end(), [](bool pinned) { return pinned; })) {
            const QPointF drift = startedMiddle(part, hasStart) - before;
            for (QPointF &p : part.position)
                p -= drift;
        }
    }
    for (int i = 0; i < n; ++i)
        positions[size_t(component[size_t(i)])] =
            QPointF(part.position[size_t(i)].x(), part.position[size_t(i)].y() / stretch);
}

void GraphLayout::removeOverlaps(std::vector<QPointF> &positions) const
{
    const int n = nodeCount();
    const double marginX = overlapMargin * m_edgeLength;
    const double marginY = overlapMargin * m_edgeHeight;
    const double tolerance = 1e-6 * std::min(m_edgeLength, m_edgeHeight); // rounding must not keep boxes apart forever
    std::vector<int> order(static_cast<size_t>(n));
    std::vector<double> lefts(static_cast<size_t>(n));
    for (int pass = 0; pass < 200; ++pass) {
        std::iota(order.begin(), order.end(), 0);
        for (int i = 0; i < n; ++i)
            lefts[size_t(i)] = positions[size_t(i)].x() - m_sizes[size_t(i)].width() / 2;
        std::stable_sort(order.begin(), order.end(),
                         [&lefts](int a, int b) { return lefts[size_t(a)] < lefts[size_t(b)]; });
        bool moved = false;
        for (int a = 0; a < n; ++a) {
            const int i = order[size_t(a)];
            const double right = lefts[size_t(i)] + m_sizes[size_t(i)].width() + marginX;
            for (int b = a + 1; b < n && lefts[size_t(order[size_t(b)])] < right; ++b) {
                const int j = order[size_t(b)];
                QPointF &p = positions[size_t(i)];
                QPointF &q = positions[size_t(j)];
                const double overlapX =
                    (m_sizes[size_t(i)].width() + m_sizes[size_t(j)].width()) / 2 + marginX - std::abs(q.x() - p.x());
                const double overlapY =
                    (m_sizes[size_t(i)].height() + m_sizes[size_t(j)].height()) / 2 + marginY - std::abs(q.y() - p.y());
                if (overlapX <= tolerance || overlapY <= tolerance)
                    continue;
                // Apart along the shorter way out, each by half, or the other one all the way if one is pinned;
                // on the same spot, the later node goes right or down.
                const bool pinnedP = m_pinned[size_t(i)];
                const bool pinnedQ = m_pinned[size_t(j)];
                if (pinnedP && pinnedQ)
                    continue;
                const double shareP = pinnedP ? 0.0 : pinnedQ ? 1.0 : 0.5;
                if (overlapX < overlapY) {
                    const double sign = q.x() > p.x() || (q.x() == p.x() && j > i) ? 1.0 : -1.0;
                    p.rx() -= sign * overlapX * shareP;
                    q.rx() += sign * overlapX * (1 - shareP);
                } else {
                    const double sign = q.y() > p.y() || (q.y() == p.y() && j > i) ? 1.0 : -1.0;
                    p.ry() -= sign * overlapY * shareP;
                    q.ry() += sign * overlapY * (1 - shareP);
                }
                moved = true;
            }
        }
        if (!moved)
            break;
    }
}

} // namespace Hashiya
