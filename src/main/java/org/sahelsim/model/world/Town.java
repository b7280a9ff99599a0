package org.sahelsim.model.world;

/**
 * A town or site on the map.
 *
 * @param id      stable key, e.g. {@code sevare}
 * @param name    name for people, e.g. {@code Sévaré}
 * @param lon     longitude, degrees east
 * @param lat     latitude, degrees north
 * @param region  index of the region it lies in
 * @param cell    index of the grid cell it lies in
 * @param capital whether it is a regional capital (or Bamako)
 */
public record Town(String id, String name, double lon, double lat, int region, int cell, boolean capital) implements java.io.Serializable {
}
