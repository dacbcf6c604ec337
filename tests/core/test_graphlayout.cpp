// SPDX-License-Identifier: GPL-3.0-or-later
// The graph layout: the same picture for the same graph, boxes apart, linked nodes near each other.
#include "model/graphlayout.h"
#include "support/catchqt.h"

#include <QElapsedTimer>
#include <QRectF>

#include <cmath>
#include <random>
#include <set>

using namespace Hashiya;

namespace {

struct Graph
{
    int nodes = 0;
    std::vector<std::pair<int, int>> edges;
    std::vector<QSizeF> sizes;

    GraphLayout layout(double edgeLength = 1.0) const
    {
        GraphLayout layout(nodes);
        for (const auto &[a, b] : edges)
            layout.addEdge(a, b);
        for (int i = 0; i < int(sizes.size()); ++i)
            layout.setSize(i, sizes[size_t(i)]);
        layout.setEdgeLength(edgeLength);
        return layout;
    }
};

/// A graph like an article's or a corpus's: a few hubs with many links, chains, pairs and loners.
Graph randomGraph(int nodes, int edges, unsigned seed, bool withSizes)
{
    std::mt19937 random(seed);
    Graph graph;
    graph.nodes = nodes;
    const int linked = nodes * 3 / 4; // the rest stay without links
    for (int i = 0; i < edges && linked > 1; ++i) {
        const int a = int(random() % unsigned(linked));
        const int hub = int(random() % unsigned(std::max(1, linked / 10)));
        const int b = random() % 3 == 0 ? hub : int(random() % unsigned(linked));
        graph.edges.emplace_back(a, b);
    }
    if (withSizes) {
        for (int i = 0; i < nodes; ++i)
            graph.sizes.emplace_back(0.5 + double(random() % 300) / 100.0, 0.3);
    }
    return graph;
}

bool allFinite(const std::vector<QPointF> &positions)
{
    for (const QPointF &p : positions) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return false;
    }
    return true;
}

QRectF box(const Graph &graph, const std::vector<QPointF> &positions, int node)
{
    const QSizeF size = graph.sizes.empty() ? QSizeF(0, 0) : graph.sizes[size_t(node)];
    return QRectF(positions[size_t(node)] - QPointF(size.width() / 2, size.height() / 2), size);
}

int overlaps(const Graph &graph, const std::vector<QPointF> &positions)
{
    int count = 0;
    for (int i = 0; i < graph.nodes; ++i) {
        for (int j = i + 1; j < graph.nodes; ++j) {
            const QRectF a = box(graph, positions, i);
            const QRectF b = box(graph, positions, j);
            if (positions[size_t(i)] == positions[size_t(j)] || a.intersected(b).isValid())
                ++count;
        }
    }
    return count;
}

double meanDistance(const std::vector<QPointF> &positions, const std::vector<std::pair<int, int>> &pairs)
{
    double sum = 0;
    for (const auto &[a, b] : pairs) {
        const QPointF d = positions[size_t(a)] - positions[size_t(b)];
        sum += std::hypot(d.x(), d.y());
    }
    return pairs.empty() ? 0 : sum / double(pairs.size());
}

} // namespace

TEST_CASE("An empty graph and a single node lay out", "[graphlayout]")
{
    CHECK(GraphLayout().compute().empty());
    GraphLayout one(1);
    one.setSize(0, QSizeF(3, 1));
    const std::vector<QPointF> positions = one.compute();
    REQUIRE(positions.size() == 1);
    CHECK(allFinite(positions));
    GraphLayout point(1);
    point.addEdge(0, 0); // a loop adds nothing to lay out
    CHECK(allFinite(point.compute()));
}

TEST_CASE("The same graph gives the same picture", "[graphlayout]")
{
    const Graph graph = randomGraph(120, 140, 7, true);
    const std::vector<QPointF> first = graph.layout().compute();
    const std::vector<QPointF> second = graph.layout().compute();
    CHECK(first == second);
}

TEST_CASE("No two boxes overlap and no two points coincide", "[graphlayout]")
{
    SECTION("boxes")
    {
        const Graph graph = randomGraph(150, 180, 11, true);
        const std::vector<QPointF> positions = graph.layout().compute();
        CHECK(allFinite(positions));
        CHECK(overlaps(graph, positions) == 0);
    }
    SECTION("points")
    {
        const Graph graph = randomGraph(80, 100, 3, false);
        const std::vector<QPointF> positions = graph.layout().compute();
        CHECK(allFinite(positions));
        std::set<std::pair<double, double>> points;
        for (const QPointF &p : positions)
            points.emplace(p.x(), p.y());
        CHECK(points.size() == positions.size());
    }
    SECTION("points that all start on the same spot")
    {
        GraphLayout layout(20);
        for (int i = 0; i < 20; ++i) {
            layout.setStart(i, QPointF(5, 5));
            layout.addEdge(i, (i + 1) % 20);
        }
        const std::vector<QPointF> positions = layout.compute();
        CHECK(allFinite(positions));
        Graph graph;
        graph.nodes = 20;
        CHECK(overlaps(graph, positions) == 0);
    }
}

TEST_CASE("Linked nodes are nearer each other than nodes without a link", "[graphlayout]")
{
    const Graph graph = randomGraph(60, 70, 5, true);
    const std::vector<QPointF> positions = graph.layout().compute();
    std::set<std::pair<int, int>> linked;
    for (auto [a, b] : graph.edges)
        linked.emplace(std::min(a, b), std::max(a, b));
    std::vector<std::pair<int, int>> unlinked;
    for (int a = 0; a < graph.nodes; ++a) {
        for (int b = a + 1; b < graph.nodes; ++b) {
            if (!linked.count({a, b}))
                unlinked.emplace_back(a, b);
        }
    }
    const std::vector<std::pair<int, int>> edges(linked.begin(), linked.end());
    CHECK(meanDistance(positions, edges) * 2 < meanDistance(positions, unlinked));
}

TEST_CASE("A linked pair sits about an edge length apart", "[graphlayout]")
{
    GraphLayout layout(2);
    layout.addEdge(0, 1);
    layout.setSize(0, QSizeF(4, 1));
    layout.setSize(1, QSizeF(2, 1));
    layout.setEdgeLength(3);
    const std::vector<QPointF> positions = layout.compute();
    // Turned level, so the free space runs across: centres apart by the half widths and the edge length.
    CHECK(std::abs(positions[0].y() - positions[1].y()) < 0.1);
    CHECK(std::abs(positions[0].x() - positions[1].x()) == Approx(3 + 3).epsilon(0.1));
}

TEST_CASE("Parts are packed side by side and nodes without links in rows below them", "[graphlayout]")
{
    GraphLayout layout(8);
    layout.addEdge(0, 1);
    layout.addEdge(1, 2);
    layout.addEdge(3, 4);
    for (int i = 0; i < 8; ++i)
        layout.setSize(i, QSizeF(2, 1));
    const std::vector<QPointF> positions = layout.compute();
    const double lowestLinked =
        std::max({positions[0].y(), positions[1].y(), positions[2].y(), positions[3].y(), positions[4].y()});
    for (int loner = 5; loner < 8; ++loner)
        CHECK(positions[size_t(loner)].y() > lowestLinked);
    // Loners in text order along a row.
    CHECK(positions[5].x() < positions[6].x());
    CHECK(positions[5].y() == positions[6].y());
}

TEST_CASE("Nodes given a start stay where they were", "[graphlayout]")
{
    Graph graph = randomGraph(40, 45, 9, true);
    const std::vector<QPointF> before = graph.layout().compute();

    // One more node linked to node 0, as after the analyst adds a relation.
    graph.nodes += 1;
    graph.sizes.emplace_back(2, 0.3);
    graph.edges.emplace_back(0, graph.nodes - 1);
    GraphLayout again = graph.layout();
    for (int i = 0; i < graph.nodes - 1; ++i)
        again.setStart(i, before[size_t(i)]);
    const std::vector<QPointF> after = again.compute();

    double moved = 0;
    for (int i = 0; i < graph.nodes - 1; ++i) {
        const QPointF d = after[size_t(i)] - before[size_t(i)];
        moved += std::hypot(d.x(), d.y());
    }
    CHECK(moved / (graph.nodes - 1) < 0.5); // less than half an edge length on average
    const QPointF toNew = after.back() - after[0];
    CHECK(std::hypot(toNew.x(), toNew.y()) < 6);
    CHECK(overlaps(graph, after) == 0);
}

TEST_CASE("Pinned nodes do not move, others make way", "[graphlayout]")
{
    Graph graph = randomGraph(30, 35, 4, true);
    const std::vector<QPointF> before = graph.layout().compute();
    GraphLayout again = graph.layout();
    for (int i = 0; i < graph.nodes; ++i)
        again.setStart(i, before[size_t(i)]);
    // Node 0 dragged onto node 1, far from its links.
    again.setPinned(0, before[1]);
    again.setPinned(2, before[2] + QPointF(40, 0));
    const std::vector<QPointF> after = again.compute();
    CHECK(after[0] == before[1]);
    CHECK(after[2] == before[2] + QPointF(40, 0));
    CHECK(overlaps(graph, after) == 0);
}

TEST_CASE("Two thousand nodes lay out", "[graphlayout]")
{
    const Graph graph = randomGraph(2000, 2400, 1, true);
    QElapsedTimer timer;
    timer.start();
    const std::vector<QPointF> positions = graph.layout().compute();
    INFO("laid out in " << timer.elapsed() << " ms");
    CHECK(positions.size() == 2000);
    CHECK(allFinite(positions));
    CHECK(overlaps(graph, positions) == 0);
}
