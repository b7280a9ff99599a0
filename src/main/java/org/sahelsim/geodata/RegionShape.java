package org.sahelsim.geodata;

import org.locationtech.jts.geom.Geometry;

/**
 * A region of Mali (the ten regions of 2016 and Bamako district) with its outline.
 *
 * @param id              stable key, e.g. {@code tombouctou}
 * @param name            name for people
 * @param capital         id of the capital in {@link MaliAtlas#places()}
 * @param officialAreaKm2 official area, NaN where none is known
 * @param census2022      2022 census population (see {@code census_2022.csv})
 * @param shape           outline in lon/lat degrees, clipped to Mali; approximate (see SOURCES.md)
 * @param source          where the figures come from
 */
public record RegionShape(String id, String name, String capital, double officialAreaKm2, long census2022,
                          Geometry shape, String source) {
}
