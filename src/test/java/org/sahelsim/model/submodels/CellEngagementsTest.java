package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * One draw a cell for the engagements of all its pairs ({@link CellEngagements}) has the
 * distribution of one Poisson draw a pair: the count of engagements and who fights whom, over
 * many cell-weeks, against the closed form and against the per-pair draws combat made before,
 * by chi-square tests at the 0.1% level (seeded, so each test gives the same answer every time).
 */
class CellEngagementsTest {
    /** Six pairs: bounds and the exact rates under them; NaN does not meet, −1 is drawn by the caller. */
    private static final double[] BOUNDS = {0.4, Double.NaN, 0.9, 0.05, -1, 0.6};
    private static final double[] RATES = {0.4, 0, 0.3, 0.05, 0.7, 0.01};
    /** The pairs the cell's draw settles. */
    private static final int[] SETTLED = {0, 2, 3, 5};
    /** The 0.999 quantile of chi-square with 6 degrees of freedom (none; one in each of four pairs; two; three or more: 7 classes). */
    private static final double CHI2_6_999 = 22.458;

    /** The class of an outcome: 0 none, 1 + i one engagement in SETTLED[i], 5 two in all, 6 three or more. */
    private static int outcome(int[] counts) {
        int total = 0;
        int only = -1;
        for (int i = 0; i < SETTLED.length; i++) {
            total += counts[SETTLED[i]];
            if (counts[SETTLED[i]] > 0) only = i;
        }
        return total == 0 ? 0 : total == 1 ? 1 + only : total == 2 ? 5 : 6;
    }

    private static long[] cellDraws(long seed, int n) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] counts = new int[BOUNDS.length];
        double[] rates = new double[BOUNDS.length];
        long[] classes = new long[7];
        for (int t = 0; t < n; t++) {
            int[] asked = new int[BOUNDS.length];
            boolean any = CellEngagements.draw(random, BOUNDS, 0, BOUNDS.length, j -> {
                asked[j]++;
                return RATES[j];
            }, counts, rates);
            for (int j = 0; j < BOUNDS.length; j++) assertTrue(asked[j] <= 1, "a pair's rate is worked out once a draw");
            assertEquals(0, counts[1], "pairs that do not meet do not engage");
            assertEquals(0, counts[4], "pairs with no bound are left to the caller");
            assertEquals(any, outcome(counts) != 0);
            classes[outcome(counts)]++;
        }
        return classes;
    }

    /** Combat's draws before: each settled pair on its own, its first uniform against its bound, then Knuth's draw at its rate. */
    private static long[] pairDraws(long seed, int n) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] counts = new int[BOUNDS.length];
        long[] classes = new long[7];
        for (int t = 0; t < n; t++) {
            for (int j : SETTLED) {
                double first = random.nextDouble();
                int k = 0;
                if (first > Math.exp(-BOUNDS[j])) {
                    double l = Math.exp(-RATES[j]);
                    double prod = first;
                    while (prod > l) {
                        k++;
                        prod *= random.nextDouble();
                    }
                }
                counts[j] = k;
            }
            classes[outcome(counts)]++;
        }
        return classes;
    }

    /** Each class's probability under independent Poisson draws at the exact rates. */
    private static double[] closedForm() {
        double all = 0;
        for (int j : SETTLED) all += RATES[j];
        double none = Math.exp(-all);
        double[] p = new double[7];
        p[0] = none;
        for (int i = 0; i < SETTLED.length; i++) p[1 + i] = RATES[SETTLED[i]] * none;
        p[5] = all * all / 2 * none;
        p[6] = 1 - p[0] - p[1] - p[2] - p[3] - p[4] - p[5];
        return p;
    }

    @Test
    void theCellsDrawHasTheClosedFormsDistribution() {
        int n = 400_000;
        long[] seen = cellDraws(7, n);
        double[] p = closedForm();
        double chi2 = 0;
        for (int k = 0; k < p.length; k++) {
            double expected = n * p[k];
            chi2 += (seen[k] - expected) * (seen[k] - expected) / expected;
        }
        assertTrue(chi2 < CHI2_6_999, "chi-square " + chi2 + " against the closed form, classes " + java.util.Arrays.toString(seen));
    }

    @Test
    void theCellsDrawMatchesThePerPairDraws() {
        int n = 400_000;
        long[] cell = cellDraws(11, n);
        long[] pair = pairDraws(13, n);
        // Two samples of the same size: sum of (a − b)² / (a + b) over the classes.
        double chi2 = 0;
        for (int k = 0; k < cell.length; k++) {
            if (cell[k] + pair[k] == 0) continue;
            chi2 += Math.pow(cell[k] - pair[k], 2) / (cell[k] + pair[k]);
        }
        assertTrue(chi2 < CHI2_6_999, "chi-square " + chi2 + ": cell " + java.util.Arrays.toString(cell)
                + " per pair " + java.util.Arrays.toString(pair));
    }

    @Test
    void eachPairsMeanIsItsRate() {
        int n = 400_000;
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        int[] counts = new int[BOUNDS.length];
        double[] rates = new double[BOUNDS.length];
        double[] sum = new double[BOUNDS.length];
        for (int t = 0; t < n; t++) {
            CellEngagements.draw(random, BOUNDS, 0, BOUNDS.length, j -> RATES[j], counts, rates);
            for (int j = 0; j < BOUNDS.length; j++) sum[j] += counts[j];
        }
        // Five standard errors of a Poisson mean, sqrt(λ / n).
        for (int j : SETTLED) assertEquals(RATES[j], sum[j] / n, 5 * Math.sqrt(RATES[j] / n), "pair " + j);
    }

    @Test
    void aQuietCellTakesOneUniform() {
        // Bounds as most cell-weeks have them: all engagements very unlikely.
        double[] bounds = {1e-4, 2e-5, Double.NaN, 3e-4, Double.NaN, 1e-6};
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        MersenneTwisterFast twin = new MersenneTwisterFast(5);
        int[] counts = new int[bounds.length];
        double[] rates = new double[bounds.length];
        int quiet = 0;
        for (int t = 0; t < 10_000; t++) {
            boolean any = CellEngagements.draw(random, bounds, 0, bounds.length, j -> bounds[j], counts, rates);
            double u = twin.nextDouble();
            if (u <= Math.exp(-(1e-4 + 2e-5 + 3e-4 + 1e-6))) {
                quiet++;
                assertTrue(!any);
                assertEquals(twin.nextLong(), random.nextLong(), "one uniform, and no more, where none engages");
            } else {
                return; // the streams part here; the weeks before were quiet, one uniform each
            }
        }
        assertTrue(quiet > 0);
    }
}
