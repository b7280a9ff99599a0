package org.sahelsim.model.submodels;

import org.sahelsim.model.Side;
import org.sahelsim.model.world.Geography;

/**
 * The armed presence that gives a side full coercive weight in each cell: its troops per km² of
 * full coercion times the cell's area, worked out once a map ({@code [side][cell]}). A side's
 * coercion in a cell is its armed presence (troops times quality) over that, capped at 1; where
 * the capacity is nil (a cell without area, a density of zero) it is nil.
 *
 * <p>Such a capacity is kept as positive infinity, over which any armed presence (a finite sum
 * from zero, never −0) gives the +0 the contest gives there: the coercion of a block of cells is
 * one division and one minimum a cell with no branch, which the compiler may do several cells
 * at a time, each with the bits of the cell's own division.
 */
final class FullCoercion {
    /** {@code [side][cell]}: troops times quality of full coercion, positive infinity where that is nil. */
    final double[][] capacity;

    /**
     * @param stateDensity     the state side's troops per km² of full coercion
     * @param insurgentDensity an insurgent side's
     */
    FullCoercion(Geography geo, double stateDensity, double insurgentDensity) {
        this(geo, stateDensity, insurgentDensity, null);
    }

    /**
     * @param share each side's share of its density in each cell, {@code [side][cell]} (a group's
     *              rural hold on its home ground, {@link RuralHold}), or null for the whole density
     */
    FullCoercion(Geography geo, double stateDensity, double insurgentDensity, double[][] share) {
        int n = geo.cellCount();
        capacity = new double[Side.COUNT][n];
        for (int s = 0; s < Side.COUNT; s++) {
            double density = s == Side.STATE.ordinal() ? stateDensity : insurgentDensity;
            for (int c = 0; c < n; c++) {
                double cap = share == null ? density * geo.areaKm2(c) : density * geo.areaKm2(c) * share[s][c];
                capacity[s][c] = cap > 0 ? cap : Double.POSITIVE_INFINITY;
            }
        }
    }

    int cells() {
        return capacity[0].length;
    }

    /** Side {@code s}'s coercion in cells {@code from} to {@code to − 1}: {@code min(1, present / capacity)} into {@code out}. */
    void weigh(int s, double[] present, double[] out, int from, int to) {
        double[] cap = capacity[s];
        for (int c = from; c < to; c++) out[c] = Math.min(1, present[c] / cap[c]);
    }

    /** A row of zeros for every side, standing for a term a caller does not have (adding +0 to a sum that is never −0 changes no bit). */
    static double[][] zeros(double[][] table, int cells) {
        return table != null && table[0].length == cells ? table : new double[Side.COUNT][cells];
    }
}
