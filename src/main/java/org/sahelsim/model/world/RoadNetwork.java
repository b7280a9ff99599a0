package org.sahelsim.model.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        int[] pred = new int[nodes.size()];
        shortestPaths(source, cost, dist, pred);
        return pred;
    }

    /**
     * {@link #shortestPaths(int, double[], double[])} into {@code pred}. Nodes are settled in order
     * of distance, ties by node index, from a heap holding each node reached once (its position
     * kept, so a shorter distance moves it up instead of adding an entry): the same order, and so
     * the same routes, as a queue of (distance, node) entries with stale ones skipped.
     */
    public void shortestPaths(int source, double[] cost, double[] dist, int[] pred) {
        int n = nodes.size();
        Arrays.fill(pred, -1);
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        NodeHeap heap = new NodeHeap(n, dist);
        dist[source] = 0;
        heap.push(source);
        while (!heap.isEmpty()) {
            int u = heap.pop();
            for (int s : incident[u]) {
                int v = segments.get(s).other(u);
                double d = dist[u] + cost[s];
                if (d < dist[v]) {
                    dist[v] = d;
                    pred[v] = s;
                    heap.pushOrRaise(v);
                }
            }
        }
    }

    /** A binary heap of node indices ordered by (distance, index), each node at most once; {@code at} is a node's place in it, -1 before it is reached, -2 once settled. */
    private static final class NodeHeap {
        private final int[] heap;
        private final int[] at;
        private final double[] dist;
        private int size;

        NodeHeap(int nodes, double[] dist) {
            heap = new int[nodes];
            at = new int[nodes];
            Arrays.fill(at, -1);
            this.dist = dist;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v) {
            heap[size] = v;
            at[v] = size;
            up(size++);
        }

        /** Adds a node, or moves it up after its distance fell (a settled node's never does: costs are not negative). */
        void pushOrRaise(int v) {
            if (at[v] == -1) push(v);
            else if (at[v] >= 0) up(at[v]);
        }

        int pop() {
            int top = heap[0];
            at[top] = -2; // settled
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                at[heap[0]] = 0;
                down(0);
            }
            return top;
        }

        private boolean before(int a, int b) {
            return dist[a] < dist[b] || (dist[a] == dist[b] && a < b);
        }

        private void up(int i) {
            int v = heap[i];
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!before(v, heap[parent])) break;
                heap[i] = heap[parent];
                at[heap[i]] = i;
                i = parent;
            }
            heap[i] = v;
            at[v] = i;
        }

        private void down(int i) {
            int v = heap[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) break;
                if (child + 1 < size && before(heap[child + 1], heap[child])) child++;
                if (!before(heap[child], v)) break;
                heap[i] = heap[child];
                at[heap[i]] = i;
                i = child;
            }
            heap[i] = v;
            at[v] = i;
        }
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
        for (int s : path(target, pred)) path.add(s);
        return path;
    }

    /**
     * The segments on the path from the source to {@code target}, in order from the source, as
     * numbers: walked back from the target, then turned round (fuel's convoys walk a route a week
     * each; a list built by putting each segment at its front moved every one after it).
     */
    public int[] path(int target, int[] pred) {
        int m = 0;
        for (int v = target; pred[v] >= 0; v = segments.get(pred[v]).other(v)) m++;
        int[] path = new int[m];
        int i = m;
        for (int v = target; pred[v] >= 0; v = segments.get(pred[v]).other(v)) path[--i] = pred[v];
        return path;
    }
}
