// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

#include <optional>
#include <utility>
#include <vector>

namespace Hashiya {

/// Places the nodes of a graph for drawing, as boxes that do not overlap. Linked nodes pull together and all
/// nodes push each other apart (Fruchterman and Reingold, measured between the boxes' edges, with a cooling
/// schedule); connected parts are laid out on their own and packed side by side, nodes without links in rows
/// below them. No randomness: the same input gives the same result. Nodes given a start keep near it, so a
/// picture redrawn after an edit keeps its shape, and pinned nodes do not move at all; parts with no start go
/// below the rest. In large parts, far nodes push in groups (Barnes and Hut), so two thousand nodes take a
/// fraction of a second.
class GraphLayout final
{
public:
    explicit GraphLayout(int nodeCount = 0);

    int nodeCount() const { return int(m_sizes.size()); }
    /// Links two nodes; repeated links and a node's link to itself add nothing.
    void addEdge(int a, int b);
    /// The node's box in the units of the result; a node without one is a point.
    void setSize(int node, const QSizeF &size);
    /// Where the node's centre was in an earlier picture.
    void setStart(int node, const QPointF &centre);
    /// Where the node's centre must be, e.g. where the analyst put it: others move round it.
    void setPinned(int node, const QPointF &centre);
    /// The space wanted between the boxes of two linked nodes, in the units of the result (1 by default).
    void setEdgeLength(double length) { setEdgeLength(length, length); }
    /// The same, for boxes side by side (`across`) and one above the other (`upDown`): a label on a line
    /// needs its width between boxes side by side, only its height between boxes one above the other.
    void setEdgeLength(double across, double upDown);
    /// Width over height of the area the packed parts should fill (4:3 by default).
    void setAspectRatio(double ratio);

    /// The centre of every node.
    std::vector<QPointF> compute() const;

private:
    void layoutComponent(const std::vector<int> &component, std::vector<QPointF> &positions) const;
    void removeOverlaps(std::vector<QPointF> &positions) const;

    std::vector<QSizeF> m_sizes;
    std::vector<std::optional<QPointF>> m_starts;
    std::vector<bool> m_pinned;
    std::vector<std::pair<int, int>> m_edges; // a < b, no repeats
    std::vector<std::vector<int>> m_neighbours;
    double m_edgeLength = 1.0; // across
    double m_edgeHeight = 1.0; // up and down
    double m_aspectRatio = 4.0 / 3.0;
};

} // namespace Hashiya
