package org.sahelsim.viz;

import java.time.LocalDate;

/**
 * One row of {@code regions.csv}: the share of a region's area and population where an actor
 * dominates in one week.
 *
 * @param date       the week's Monday
 * @param region     region id, e.g. {@code kidal}
 * @param actor      territorial actor id or {@code contested}
 * @param territory  share of the region's area, 0–1
 * @param population share of the region's population, 0–1
 */
public record RegionShare(LocalDate date, String region, String actor, double territory, double population) {
}
