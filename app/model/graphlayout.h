// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

#include <optional>
#include <utility>
#include <vector>

namespace Hashiya {

/// Places the nodes of a graph for drawing, as boxes that do not overlap: linked nodes are pulled together and
/// all nodes push each other apart (Fruchterman and Reingold, measured between box edges), with a cooling
/// schedule. Connected parts are laid out on their own and packed side by side, nodes without links in rows
/// below them. There is no randomness: the same input gives the same result. Nodes given a start keep near
/// it, so a picture redrawn after an edit keeps its shape; parts with no start go below the others. Above a
/// few hundred nodes in a part, only nearby nodes push each other (a grid of cells), so two thousand nodes
/// take a fraction of a second.
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
    /// The space wanted between the boxes of two linked nodes, in the units of the result (1 by default).
    void setEdgeLength(double length);
    /// Width over height of the area the packed parts should fill (4:3 by default).
    void setAspectRatio(double ratio);

    /// The centre of every node.
    std::vector<QPointF> compute() const;

private:
    void layoutComponent(const std::vector<int> &component, std::vector<QPointF> &positions) const;
    void removeOverlaps(std::vector<QPointF> &positions) const;

    std::vector<QSizeF> m_sizes;
    std::vector<std::optional<QPointF>> m_starts;
    std::vector<std::pair<int, int>> m_edges; // a < b, no repeats
    std::vector<std::vector<int>> m_neighbours;
    double m_edgeLength = 1.0;
    double m_aspectRatio = 4.0 / 3.0;
};

} // namespace Hashiya
