package org.sahelsim.viz;

import java.time.LocalDate;

/**
 * One row of {@code cells.csv}: the control shares of a grid cell at a snapshot date.
 *
 * @param date        snapshot date
 * @param col         grid column from the west
 * @param row         grid row from the north
 * @param lon         longitude of the cell's centre
 * @param lat         latitude of the cell's centre
 * @param region      region id
 * @param state       the state's share
 * @param jnim        JNIM's share
 * @param isSahel     IS Sahel's share
 * @param separatists the separatists' share
 * @param dominant    the dominating actor's id, or {@code contested}
 */
public record CellControl(LocalDate date, int col, int row, double lon, double lat, String region,
                          double state, double jnim, double isSahel, double separatists, String dominant) {

    /** The share of the given territorial actor; 0 for {@code contested} or an unknown id. */
    public double share(String actor) {
        return switch (actor) {
            case ActorPalette.STATE -> state;
            case ActorPalette.JNIM -> jnim;
            case ActorPalette.IS_SAHEL -> isSahel;
            case ActorPalette.SEPARATISTS -> separatists;
            default -> 0;
        };
    }

    /** The largest of the four actors' shares: how firmly the cell is held. */
    public double strongestShare() {
        return Math.max(Math.max(state, jnim), Math.max(isSahel, separatists));
    }
}
