package org.sahelsim.results;

import java.time.LocalDate;

/**
 * One row of {@code cells.csv.gz}: the control shares of a grid cell at a snapshot date.
 *
 * @param date     snapshot date
 * @param col      grid column from the west
 * @param row      grid row from the north
 * @param lon      longitude of the cell's centre
 * @param lat      latitude of the cell's centre
 * @param region   region id
 * @param shares   each side's share of the cell, in the order of the run's {@link Actors#sides()}
 * @param dominant the key of the side that dominates the cell, or {@code contested}, or {@code ungoverned}
 * @param dominantIndex the position of that side in {@link Actors#sides()}, or -1 for contested and ungoverned
 */
public record CellControl(LocalDate date, int col, int row, double lon, double lat, String region,
                          double[] shares, String dominant, int dominantIndex) {

    /** The dominant side's share; for a contested cell, the largest share. */
    public double dominantShare() {
        return dominantIndex >= 0 ? shares[dominantIndex] : strongestShare();
    }

    /** Whether no side dominates the cell (contested or ungoverned). */
    public boolean contested() {
        return dominantIndex < 0;
    }

    /** Whether nobody holds anything much of the cell: no side dominates it and the sides' shares together are small. */
    public boolean ungoverned() {
        return Actors.UNGOVERNED.equals(dominant);
    }

    /** The largest of the sides' shares: how firmly the cell is held. */
    public double strongestShare() {
        double best = 0;
        for (double s : shares) best = Math.max(best, s);
        return best;
    }
}
