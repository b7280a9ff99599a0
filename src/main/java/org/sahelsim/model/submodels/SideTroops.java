package org.sahelsim.model.submodels;

import java.util.Arrays;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;

/**
 * Each side's troops in each cell, {@code [side][cell]}, added up once for the submodels that
 * read the same sums: all of a side's troops (attitudes), or its armed presence weighted by
 * quality, the state's only where it may operate (control, then administration, in the same
 * week with the same troops); or what each side brings to a fight ({@link Fighting}, combat's).
 * Summed force by force over the cells, each cell's sum in the forces' order from zero, so every
 * cell gets the bits a sum over its forces gives, and any block of cells can be summed on its
 * own thread.
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
        final boolean[] contact;

        Fighting(int cells) {
            fighting = new double[Side.COUNT][cells];
            fire = new double[Side.COUNT][cells];
            isr = new double[Side.COUNT][cells];
            engagement = new double[Side.COUNT][cells];
            harm = new double[Side.COUNT][cells];
            contact = new boolean[cells];
            for (Force f : Force.values()) {
                sideOf[f.ordinal()] = f.side().ordinal();
                stateSide[f.ordinal()] = f.side() == Side.STATE;
            }
        }

        int cells() {
            return contact.length;
        }

        /** The side of each force, by ordinal, and whether it is the state's. */
        private final int[] sideOf = new int[Force.COUNT];
        private final boolean[] stateSide = new boolean[Force.COUNT];

        /**
         * Cells {@code from} to {@code to − 1}, cell by cell: each force present (the state's only
         * where it may operate, but counted among the troops present everywhere) adds, in the
         * forces' order, its troops times {@code engaged[force]} (the share that fights), times its
         * quality, ISR and {@code engagement[force]}, and its harm; the sums of quality, ISR and
         * harm then become means over those who fight and over those present.
         */
        void count(WorldState w, double[] engagement, double[] engaged, int from, int to) {
            int[] sideOf = this.sideOf;
            boolean[] stateSide = this.stateSide;
            double[] quality = w.quality;
            double[] seen = w.isr;
            double[] harmRate = w.civilianHarm;
            double[][] presence = w.presence;
            boolean[] may = w.stateMayOperate;
            boolean[][] hostile = w.hostile;
            double[] troops = new double[Side.COUNT];
            double[] fights = new double[Side.COUNT];
            double[] aim = new double[Side.COUNT];
            double[] finds = new double[Side.COUNT];
            double[] engages = new double[Side.COUNT];
            double[] harms = new double[Side.COUNT];
            for (int c = from; c < to; c++) {
                for (int s = 0; s < Side.COUNT; s++) {
                    troops[s] = 0;
                    fights[s] = 0;
                    aim[s] = 0;
                    finds[s] = 0;
                    engages[s] = 0;
                    harms[s] = 0;
                }
                boolean stateHere = may[c];
                for (int f = 0; f < Force.COUNT; f++) {
                    double v = presence[f][c];
                    if (v <= 0) continue;
                    int s = sideOf[f];
                    troops[s] += v;
                    if (stateSide[f] && !stateHere) continue;
                    double e = engagement[f];
                    fights[s] += v * engaged[f];
                    aim[s] += v * quality[f] * e;
                    finds[s] += v * seen[f] * e;
                    engages[s] += v * e;
                    harms[s] += v * harmRate[f];
                }
                for (int s = 0; s < Side.COUNT; s++) {
                    double pe = engages[s];
                    if (pe > 0) {
                        aim[s] /= pe; // mean quality of those who fight
                        finds[s] /= pe;
                        harms[s] /= troops[s];
                        engages[s] = pe / troops[s];
                    }
                    fighting[s][c] = fights[s];
                    fire[s][c] = aim[s];
                    isr[s][c] = finds[s];
                    this.engagement[s][c] = engages[s];
                    harm[s][c] = harms[s];
                }
                // Whether two hostile sides both fight here, from the sums just made.
                boolean meet = false;
                for (int a = 0; a < Side.COUNT && !meet; a++) {
                    if (fights[a] <= 0) continue;
                    boolean[] atWar = hostile[a];
                    for (int b = a + 1; b < Side.COUNT; b++) {
                        if (atWar[b] && fights[b] > 0) {
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
