package org.sahelsim.geodata;

/**
 * A town, junction or border crossing of {@code towns.csv}.
 *
 * @param id            stable key, e.g. {@code sevare}
 * @param name          name for people
 * @param lon           longitude, degrees east
 * @param lat           latitude, degrees north
 * @param region        id of the region it belongs to
 * @param kind          town, junction or border crossing
 * @param capital       whether it is a regional capital (or Bamako)
 * @param borderCountry key of the neighbouring country it opens onto, or null
 * @param source        where the coordinates come from (EST = estimate)
 */
public record Place(String id, String name, double lon, double lat, String region, PlaceKind kind,
                    boolean capital, String borderCountry, String source) {
}
