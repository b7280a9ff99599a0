package org.sahelsim.geodata;

/**
 * A place of {@code garrisons.csv}: an army camp, a foreign force's base or a garrison town that
 * the road network's towns do not include.
 *
 * @param id       stable key, e.g. {@code tessalit_camp}
 * @param name     name for people
 * @param kind     {@code camp}, {@code base} or {@code town}
 * @param lon      longitude
 * @param lat      latitude
 * @param region   region id (2016 regions)
 * @param operator for a base, the force whose base it is at the start ({@code france}, {@code minusma}, {@code eu}); else null
 * @param source   where it comes from (EST = estimate)
 */
public record GarrisonSite(String id, String name, String kind, double lon, double lat, String region,
                           String operator, String source) {
}
