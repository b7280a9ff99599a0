package org.sahelsim.model.world;

/**
 * A place an actor can hold and another can take: a town, a camp, a foreign base, a mine, a
 * border crossing or a road junction. Its static part; who holds it, its garrison and its
 * supplies are in {@link org.sahelsim.model.Places}.
 *
 * @param index    position in {@link Geography#places()}
 * @param id       stable key, e.g. {@code kidal}, {@code tessalit_camp}
 * @param name     name for people
 * @param kind     what it is
 * @param lon      longitude
 * @param lat      latitude
 * @param cell     grid cell it lies in
 * @param region   region index
 * @param roadNode the road-network node it is supplied through (its own, or the nearest within
 *                 reach), or -1 when no road serves it
 * @param operator the force whose base it is at the start (a force key, e.g. {@code france}), or null
 */
public record Place(int index, String id, String name, PlaceKind kind, double lon, double lat, int cell, int region,
                   int roadNode, String operator) implements java.io.Serializable {
}
