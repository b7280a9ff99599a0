package org.sahelsim.model.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The road graph: towns, junctions and border crossings joined by segments. Immutable.
 */
public final class RoadNetwork implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<RoadNode> nodes;
    private final List<RoadSegment> segments;
    private final int[][] incident; // node -> segment indices

    public RoadNetwork(List<RoadNode> nodes, List<RoadSegment> segments) {
        this.nodes = List.copyOf(nodes);
        this.segments = List.copyOf(segments);
        List<List<Integer>> inc = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) inc.add(new ArrayList<>());
        for (RoadSegment s : segments) {
            inc.get(s.from()).add(s.index());
            inc.get(s.to()).add(s.index());
        }
        incident = new int[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) incident[i] = inc.get(i).stream().mapToInt(Integer::intValue).toArray();
    }

    public List<RoadNode> nodes() {
        return nodes;
    }

    public List<RoadSegment> segments() {
        return segments;
    }

    /** Segment indices touching a node. */
    public int[] segmentsAt(int node) {
        return incident[node].clone();
    }

    /** The node with this id, or -1. */
    public int nodeIndex(String id) {
        for (RoadNode n : nodes) if (n.id().equals(id)) return n.index();
        return -1;
    }

    /**
     * Shortest paths from {@code source} where each segment costs {@code cost[segment]}
     * (Dijkstra). Returns the predecessor segment of each node, -1 for the source and for
     * nodes not reached; {@code dist} receives the distances (infinite when unreachable).
     */
    public int[] shortestPaths(int source, double[] cost, double[] dist) {
        int n = nodes.size();
        int[] pred = new int[n];
        Arrays.fill(pred, -1);
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        queue.add(new double[] {0, source});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            for (int s : incident[u]) {
                int v = segments.get(s).other(u);
                double d = dist[u] + cost[s];
                if (d < dist[v]) {
                    dist[v] = d;
                    pred[v] = s;
                    queue.add(new double[] {d, v});
                }
            }
        }
        return pred;
    }

    /** Segment lengths in km, indexed by segment. */
    public double[] lengthsKm() {
        double[] len = new double[segments.size()];
        for (RoadSegment s : segments) len[s.index()] = s.lengthKm();
        return len;
    }

    /** The segments on the path from the source to {@code target}, in order from the source. */
    public List<Integer> pathTo(int target, int[] pred) {
        List<Integer> path = new ArrayList<>();
        int v = target;
        while (pred[v] >= 0) {
            int s = pred[v];
            path.add(0, s);
            v = segments.get(s).other(v);
        }
        return path;
    }
}
