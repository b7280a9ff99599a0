package org.sahelsim.geodata;

/**
 * A 2022 census figure for a region of the 2023 reform, with the 2016 region it lies in.
 *
 * @param area       id of the 2023 region or district
 * @param region     id of the 2016 region
 * @param population people counted (or estimated: see the source)
 * @param source     RGPH5 or EST
 */
public record CensusArea(String area, String region, long population, String source) {
}
