package org.sahelsim.geodata;

import org.locationtech.jts.geom.Geometry;

/**
 * A country outline from Natural Earth (admin-0, 1:50m).
 *
 * @param id    stable key, e.g. {@code cote_divoire}
 * @param name  name for people, e.g. {@code Côte d'Ivoire}
 * @param shape outline in lon/lat degrees
 */
public record CountryShape(String id, String name, Geometry shape) {
}
