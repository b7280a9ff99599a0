package org.sahelsim.model.submodels;

import java.util.Arrays;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;

/**
 * Each side's troops in each cell, {@code [side][cell]}, added up once for the submodels that
 * read the same sums: all of a side's troops (attitudes), or its armed presence weighted by
 * quality, the state's only where it may operate (control, then administration, in the same
 * week with the same troops). Summed force by force over the cells, each cell's sum in the
 * forces' order from zero, so every cell gets the bits a sum over its forces gives.
 */
final class SideTroops {
    private SideTroops() {
    }

    /** All troops of each side in cells {@code from} to {@code to − 1}, into {@code out[side][cell]}. */
    static void all(WorldState w, double[][] out, int from, int to) {
        for (double[] row : out) Arrays.fill(row, from, to, 0);
        for (int f = 0; f < Force.COUNT; f++) {
            double[] pr = w.presence[f];
            double[] row = out[Force.of(f).side().ordinal()];
            for (int c = from; c < to; c++) row[c] += pr[c];
        }
    }

    /**
     * Each side's armed presence, troops times their quality, into {@code out[side][cell]}; the
     * state's forces count only in the cells where they may operate.
     */
    static void armed(WorldState w, double[][] out) {
        armed(w, out, 0, w.cells);
    }

    /** The same for cells {@code from} to {@code to − 1} alone (each cell's sum its own, on any thread). */
    static void armed(WorldState w, double[][] out, int from, int to) {
        for (double[] row : out) Arrays.fill(row, from, to, 0);
        for (int f = 0; f < Force.COUNT; f++) {
            double[] pr = w.presence[f];
            double q = w.quality[f];
            Side side = Force.of(f).side();
            double[] row = out[side.ordinal()];
            if (side == Side.STATE) {
                boolean[] may = w.stateMayOperate;
                for (int c = from; c < to; c++) if (may[c]) row[c] += pr[c] * q;
            } else {
                for (int c = from; c < to; c++) row[c] += pr[c] * q;
            }
        }
    }

    /** A table of {@code cells} for every side, or {@code table} itself when it already fits. */
    static double[][] sized(double[][] table, int cells) {
        return table != null && table[0].length == cells ? table : new double[Side.COUNT][cells];
    }
}
