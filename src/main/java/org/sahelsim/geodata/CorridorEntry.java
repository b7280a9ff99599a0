package org.sahelsim.geodata;

/**
 * A fuel import corridor of {@code corridors.csv}.
 *
 * @param id            stable key, e.g. {@code dakar_diboli}
 * @param name          name for people
 * @param port          port or city of origin
 * @param originCountry key of the country whose border it crosses
 * @param entry         id of the border-crossing place
 * @param source        where it comes from
 */
public record CorridorEntry(String id, String name, String port, String originCountry, String entry, String source) {
}
