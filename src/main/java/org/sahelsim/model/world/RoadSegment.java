package org.sahelsim.model.world;

/**
 * A road between two nodes.
 *
 * @param index    position in {@link RoadNetwork#segments()}
 * @param from     node index
 * @param to       node index
 * @param lengthKm length along the road
 * @param name     road name, e.g. {@code RN6}, or empty
 * @param paved    paved national road (true) or track (false)
 * @param cells    the grid cells the segment crosses, in order from {@code from} to {@code to}
 */
public record RoadSegment(int index, int from, int to, double lengthKm, String name, boolean paved, int[] cells) implements java.io.Serializable {
    /** The node at the other end from {@code node}. */
    public int other(int node) {
        return node == from ? to : from;
    }
}
