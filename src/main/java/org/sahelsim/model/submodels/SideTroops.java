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
 * Summed force by force over the cells, each cell's sum in the forces' order from zero (a side's
 * first force writes {@code 0.0 + x}, what adding to a row filled with zeros gives), so every
 * cell gets the bits a sum over its forces gives, and any block of cells can be summed on its
 * own thread. The state's armed sums are made in every cell and then set back to their start,
 * zero, where it may not operate: a sum from {@code +0} of the forces there would have been that
 * {@code +0} had none been added.
 */
final class SideTroops {
    private SideTroops() {
    }

    /** All troops of each side in cells {@code from} to {@code to − 1}, into {@code out[side][cell]}. */
    static void all(WorldState w, double[][] out, int from, int to) {
        int started = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            double[] pr = w.presence[f];
            int s = Force.of(f).side().ordinal();
            double[] row = out[s];
            if ((started >>> s & 1) == 0) {
                for (int c = from; c < to; c++) row[c] = 0.0 + pr[c];
                started |= 1 << s;
            } else {
                for (int c = from; c < to; c++) row[c] += pr[c];
            }
        }
        unstarted(out, started, from, to);
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
        int started = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            double[] pr = w.presence[f];
            double q = w.quality[f];
            int s = Force.of(f).side().ordinal();
            double[] row = out[s];
            if ((started >>> s & 1) == 0) {
                for (int c = from; c < to; c++) row[c] = 0.0 + pr[c] * q;
                started |= 1 << s;
            } else {
                for (int c = from; c < to; c++) row[c] += pr[c] * q;
            }
        }
        unstarted(out, started, from, to);
        // The state's sums where it may not operate are its sums' start, zero.
        boolean[] may = w.stateMayOperate;
        double[] state = out[Side.STATE.ordinal()];
        for (int c = from; c < to; c++) if (!may[c]) state[c] = 0;
    }

    /** Zeros in cells {@code from} to {@code to − 1} of the rows of the sides without a force (no bit in {@code started}). */
    private static void unstarted(double[][] out, int started, int from, int to) {
        for (int s = 0; s < out.length; s++) if ((started >>> s & 1) == 0) Arrays.fill(out[s], from, to, 0);
    }

    /** A table of {@code cells} for every side, or {@code table} itself when it already fits. */
    static double[][] sized(double[][] table, int cells) {
        return table != null && table[0].length == cells ? table : new double[Side.COUNT][cells];
    }

    /**
     * What each side brings to a fight in each cell this week, {@code [side][cell]}: its troops that
     * fight at all ({@link #fighting}) and its mean engagement per troop present
     * ({@link #engagement}), for every cell, from which combat bounds each pair's engagements; and,
     * for the few cells where a pair is fought out, the mean quality and ISR of those who fight
     * and the civilians the side harms per engagement ({@link #detail}). Filled from the forces
     * present, so any block of cells may be filled on its own thread.
     */
    static final class Fighting {
        final double[][] fighting;
        final double[][] engagement;
        /** Each side's troops present in each cell (scratch for the means). */
        private final double[][] troops;
        /** 1 where the state's forces may operate, else 0 (scratch). */
        private final double[] stateHere;

        Fighting(int cells) {
            fighting = new double[Side.COUNT][cells];
            engagement = new double[Side.COUNT][cells];
            troops = new double[Side.COUNT][cells];
            stateHere = new double[cells];
            for (Force f : Force.values()) {
                sideOf[f.ordinal()] = f.side().ordinal();
                stateSide[f.ordinal()] = f.side() == Side.STATE;
            }
        }

        int cells() {
            return stateHere.length;
        }

        /** The side of each force, by ordinal, and whether it is the state's. */
        private final int[] sideOf = new int[Force.COUNT];
        private final boolean[] stateSide = new boolean[Force.COUNT];

        /**
         * Cells {@code from} to {@code to − 1}: each force present (the state's only where it may
         * operate, but counted among the troops present everywhere) adds, in the forces' order,
         * its troops times {@code engaged[force]} (the share that fights) and times
         * {@code engagement[force]}; the latter sum then becomes a mean over the troops present.
         *
         * <p>Force by force over the cells, with no branch in the loops, so that the JIT does
         * several cells an instruction: a force absent from a cell ({@code presence ≤ 0}) adds
         * {@code max(presence, 0) = 0}, and the state's forces where they may not operate add their
         * terms times 0; adding a zero leaves a sum that started at {@code +0} unchanged, so each
         * cell's sums have the bits of adding only the forces present. A side's mean engagement
         * {@code Σ/troops} is left at its sum (zero) where nobody engages: the engagements are not
         * negative (0–1), so that sum is {@code +0}, and {@code +0 / max(troops, MIN_VALUE)} is
         * {@code +0} again, with or without troops.
         */
        void count(WorldState w, double[] engagement, double[] engaged, int from, int to) {
            double[][] presence = w.presence;
            boolean[] may = w.stateMayOperate;
            double[] here = stateHere;
            for (int c = from; c < to; c++) here[c] = may[c] ? 1 : 0;
            int started = 0;
            for (int f = 0; f < Force.COUNT; f++) {
                int s = sideOf[f];
                double[] pr = presence[f];
                double[] all = troops[s];
                double[] fights = fighting[s];
                double[] engages = this.engagement[s];
                double share = engaged[f];
                double e = engagement[f];
                boolean first = (started >>> s & 1) == 0;
                started |= 1 << s;
                if (first && stateSide[f]) {
                    // A side's first force starts its sums from zero.
                    for (int c = from; c < to; c++) {
                        double v = Math.max(pr[c], 0);
                        all[c] = 0.0 + v;
                        fights[c] = 0.0 + v * share * here[c];
                        engages[c] = 0.0 + v * e * here[c];
                    }
                } else if (first) {
                    for (int c = from; c < to; c++) {
                        double v = Math.max(pr[c], 0);
                        all[c] = 0.0 + v;
                        fights[c] = 0.0 + v * share;
                        engages[c] = 0.0 + v * e;
                    }
                } else if (stateSide[f]) {
                    for (int c = from; c < to; c++) {
                        double v = Math.max(pr[c], 0);
                        all[c] += v;
                        fights[c] += v * share * here[c];
                        engages[c] += v * e * here[c];
                    }
                } else {
                    for (int c = from; c < to; c++) {
                        double v = Math.max(pr[c], 0);
                        all[c] += v;
                        fights[c] += v * share;
                        engages[c] += v * e;
                    }
                }
            }
            unstarted(troops, started, from, to);
            unstarted(fighting, started, from, to);
            unstarted(this.engagement, started, from, to);
            for (int s = 0; s < Side.COUNT; s++) {
                double[] all = troops[s];
                double[] engages = this.engagement[s];
                for (int c = from; c < to; c++) engages[c] = engages[c] / Math.max(all[c], Double.MIN_VALUE);
            }
        }

        /**
         * Cell {@code c}'s mean quality ({@code fire}) and ISR of each side's troops who fight,
         * weighted by their engagement, and the civilians it harms per engagement per troop
         * present ({@code harm}), into {@code [side]}: each force present adds, in the forces'
         * order, its troops times its quality, ISR and {@code engagement[force]}, and its harm,
         * and the sums become means (left at zero where nobody engages).
         */
        void detail(WorldState w, double[] engagement, int c, double[] fire, double[] isr, double[] harm) {
            double[] quality = w.quality;
            double[] seen = w.isr;
            double[] harmRate = w.civilianHarm;
            double[][] presence = w.presence;
            boolean stateHere = w.stateMayOperate[c];
            double[] troops = new double[Side.COUNT];
            double[] engages = new double[Side.COUNT];
            Arrays.fill(fire, 0);
            Arrays.fill(isr, 0);
            Arrays.fill(harm, 0);
            for (int f = 0; f < Force.COUNT; f++) {
                double v = presence[f][c];
                if (v <= 0) continue;
                int s = sideOf[f];
                troops[s] += v;
                if (stateSide[f] && !stateHere) continue;
                double e = engagement[f];
                fire[s] += v * quality[f] * e;
                isr[s] += v * seen[f] * e;
                engages[s] += v * e;
                harm[s] += v * harmRate[f];
            }
            for (int s = 0; s < Side.COUNT; s++) {
                double pe = engages[s];
                if (pe > 0) {
                    fire[s] /= pe; // mean quality of those who fight
                    isr[s] /= pe;
                    harm[s] /= troops[s];
                }
            }
        }
    }
}
