package org.sahelsim.model.world;

/**
 * A node of the road network: a town, a junction or a border crossing.
 *
 * @param index          position in {@link RoadNetwork#nodes()}
 * @param id             stable key (a town id, or e.g. {@code diboli})
 * @param name           name for people
 * @param lon            longitude
 * @param lat            latitude
 * @param cell           grid cell index
 * @param borderCountry  the neighbouring country for a border crossing, or {@code null}
 */
public record RoadNode(int index, String id, String name, double lon, double lat, int cell, String borderCountry) implements java.io.Serializable {
    public boolean isBorderCrossing() {
        return borderCountry != null;
    }
}
