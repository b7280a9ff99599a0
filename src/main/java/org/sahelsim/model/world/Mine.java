package org.sahelsim.model.world;

/**
 * A gold mine.
 *
 * @param id         stable key, e.g. {@code loulo_gounkoto}
 * @param name       name for people
 * @param industrial industrial (true) or artisanal (false)
 * @param lon        longitude
 * @param lat        latitude
 * @param cell       grid cell index
 * @param region     region index
 * @param tonnesPerYear typical output in tonnes of gold a year (from the map data's source)
 */
public record Mine(String id, String name, boolean industrial, double lon, double lat,
                   int cell, int region, double tonnesPerYear) implements java.io.Serializable {
}
