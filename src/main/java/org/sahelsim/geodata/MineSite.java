package org.sahelsim.geodata;

/**
 * A gold mine of {@code mines.csv}.
 *
 * @param id            stable key
 * @param name          name for people
 * @param industrial    industrial (true) or artisanal (false)
 * @param lon           longitude (often EST, see the source)
 * @param lat           latitude
 * @param region        id of the region
 * @param tonnesPerYear output in tonnes of gold a year, NaN where unknown
 * @param source        where it comes from
 */
public record MineSite(String id, String name, boolean industrial, double lon, double lat, String region,
                       double tonnesPerYear, String source) {
}
