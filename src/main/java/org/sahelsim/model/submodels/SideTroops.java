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

    /**
     * What each side brings to a fight in each cell this week, {@code [side][cell]}: its troops that
     * fight at all ({@link #fighting}), the mean quality and ISR of those who fight, its mean
     * engagement and the civilians it harms per engagement, per troop present; and whether two
     * hostile sides both fight in a cell ({@link #contact}). Filled cell by cell from the forces
     * present, so any block of cells may be filled on its own thread.
     */
    static final class Fighting {
        final double[][] fighting;
        final double[][] fire;
        final double[][] isr;
        final double[][] engagement;
        final double[][] harm;
        /** All troops of each side in the cell, fighting or not. */
        final double[][] all;
        final boolean[] contact;

        Fighting(int cells) {
            fighting = new double[Side.COUNT][cells];
            fire = new double[Side.COUNT][cells];
            isr = new double[Side.COUNT][cells];
            engagement = new double[Side.COUNT][cells];
            harm = new double[Side.COUNT][cells];
            all = new double[Side.COUNT][cells];
            contact = new boolean[cells];
        }

        int cells() {
            return contact.length;
        }

        /**
         * Cells {@code from} to {@code to − 1}: each force present (the state's only where it may
         * operate, but counted among the troops present everywhere) adds, in the forces' order,
         * its troops times {@code engaged[force]} (the share that fights), times its quality,
         * ISR and {@code engagement[force]}, and its harm; the sums of quality, ISR and harm then
         * become means over those who fight and over those present.
         */
        void count(WorldState w, double[] engagement, double[] engaged, int from, int to) {
            for (int s = 0; s < Side.COUNT; s++) {
                Arrays.fill(fighting[s], from, to, 0);
                Arrays.fill(fire[s], from, to, 0);
                Arrays.fill(isr[s], from, to, 0);
                Arrays.fill(this.engagement[s], from, to, 0);
                Arrays.fill(harm[s], from, to, 0);
                Arrays.fill(all[s], from, to, 0);
            }
            boolean[] may = w.stateMayOperate;
            for (int f = 0; f < Force.COUNT; f++) {
                double[] pr = w.presence[f];
                Side side = Force.of(f).side();
                int s = side.ordinal();
                boolean state = side == Side.STATE;
                double e = engagement[f];
                double share = engaged[f];
                double q = w.quality[f];
                double seen = w.isr[f];
                double h = w.civilianHarmRate(f);
                double[] fightingRow = fighting[s];
                double[] fireRow = fire[s];
                double[] isrRow = isr[s];
                double[] engagementRow = this.engagement[s];
                double[] harmRow = harm[s];
                double[] allRow = all[s];
                for (int c = from; c < to; c++) {
                    double v = pr[c];
                    if (v <= 0) continue;
                    allRow[c] += v;
                    if (state && !may[c]) continue;
                    fightingRow[c] += v * share;
                    fireRow[c] += v * q * e;
                    isrRow[c] += v * seen * e;
                    engagementRow[c] += v * e;
                    harmRow[c] += v * h;
                }
            }
            for (int s = 0; s < Side.COUNT; s++) {
                double[] engagementRow = this.engagement[s];
                double[] fireRow = fire[s];
                double[] isrRow = isr[s];
                double[] harmRow = harm[s];
                double[] allRow = all[s];
                for (int c = from; c < to; c++) {
                    double pe = engagementRow[c];
                    if (pe > 0) {
                        fireRow[c] /= pe; // mean quality of those who fight
                        isrRow[c] /= pe;
                        harmRow[c] /= allRow[c];
                        engagementRow[c] = pe / allRow[c];
                    }
                }
            }
            boolean[][] hostile = w.hostile;
            for (int c = from; c < to; c++) {
                boolean meet = false;
                for (int a = 0; a < Side.COUNT && !meet; a++) {
                    if (fighting[a][c] <= 0) continue;
                    for (int b = a + 1; b < Side.COUNT; b++) {
                        if (hostile[a][b] && fighting[b][c] > 0) {
                            meet = true;
                            break;
                        }
                    }
                }
                contact[c] = meet;
            }
        }
    }
}
