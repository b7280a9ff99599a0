package org.sahelsim.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** The samplers of the unit cube: Latin hypercube strata, Sobol discrepancy, seeds per run. */
class SamplersTest {

    @Test
    void everyStratumOfEveryDimensionHoldsExactlyOnePoint() {
        for (int n : new int[] {1, 7, 100, 1000}) {
            int d = 12;
            double[][] p = LatinHypercube.sample(n, d, 42);
            assertEquals(n, p.length);
            for (int j = 0; j < d; j++) {
                int[] count = new int[n];
                for (double[] x : p) {
                    assertTrue(x[j] >= 0 && x[j] < 1, "in [0, 1): " + x[j]);
                    count[(int) Math.floor(x[j] * n)]++;
                }
                for (int s = 0; s < n; s++) assertEquals(1, count[s], "n=" + n + ", dimension " + j + ", stratum " + s);
            }
        }
    }

    @Test
    void aLatinHypercubeIsAPureFunctionOfItsSeed() {
        assertTrue(Arrays.deepEquals(LatinHypercube.sample(50, 4, 7), LatinHypercube.sample(50, 4, 7)));
        assertFalse(Arrays.deepEquals(LatinHypercube.sample(50, 4, 7), LatinHypercube.sample(50, 4, 8)));
    }

    @Test
    void theStrataArePairedAtRandomNotAlongTheDiagonal() {
        // Independent permutations per dimension: the rank correlation between two dimensions is near 0.
        double[][] p = LatinHypercube.sample(2000, 2, 3);
        double[] a = new double[p.length];
        double[] b = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            a[i] = p[i][0];
            b[i] = p[i][1];
        }
        double r = new org.apache.commons.math3.stat.correlation.SpearmansCorrelation().correlation(a, b);
        assertTrue(Math.abs(r) < 0.06, "rank correlation " + r); // 2.7 standard errors at n = 2000
    }

    /**
     * The L2-star discrepancy (Warnock 1972): how far the points' empirical distribution is from
     * uniform over all boxes anchored at the origin. Squared form:
     * 3^-d - 2^(1-d)/n sum_i prod_k (1 - x_ik^2) + 1/n^2 sum_i sum_j prod_k (1 - max(x_ik, x_jk)).
     */
    static double l2StarDiscrepancy(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double a = 0;
        for (double[] p : x) {
            double prod = 1;
            for (int k = 0; k < d; k++) prod *= 1 - p[k] * p[k];
            a += prod;
        }
        double b = 0;
        for (double[] p : x) {
            for (double[] q : x) {
                double prod = 1;
                for (int k = 0; k < d; k++) prod *= 1 - Math.max(p[k], q[k]);
                b += prod;
            }
        }
        return Math.sqrt(Math.pow(3, -d) - Math.pow(2, 1 - d) / n * a + b / ((double) n * n));
    }

    @Test
    void sobolPointsHaveLowerDiscrepancyThanRandomPoints() {
        int n = 256;
        for (int d : new int[] {2, 5, 10}) {
            double sobol = l2StarDiscrepancy(SobolPoints.sample(n, d));
            // Against ten seeded sets of random points: below the best of them, and well below their median.
            double[] random = new double[10];
            for (int s = 0; s < random.length; s++) {
                MersenneTwister rng = new MersenneTwister(1000 + s);
                double[][] r = new double[n][d];
                for (double[] p : r) for (int k = 0; k < d; k++) p[k] = rng.nextDouble();
                random[s] = l2StarDiscrepancy(r);
            }
            Arrays.sort(random);
            double median = (random[4] + random[5]) / 2;
            // The gain shrinks as dimensions grow at a fixed number of points (0.16, 0.47, 0.79 of the median here).
            if (d <= 5) assertTrue(sobol < 0.5 * median, "d=" + d + ": Sobol " + sobol + " against random " + median);
            assertTrue(sobol < random[0], "d=" + d + ": Sobol " + sobol + " above the best random set " + random[0]);
        }
    }

    @Test
    void sobolPointsSkipTheOriginAndExtendTheirPrefix() {
        double[][] p = SobolPoints.sample(8, 3);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, p[0], "the point after the origin");
        double[][] longer = SobolPoints.sample(16, 3);
        for (int i = 0; i < 8; i++) assertArrayEquals(p[i], longer[i]);
    }

    @Test
    void eachRunHasItsOwnSeedWhateverItsNeighbours() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            long s = Seeds.of(1, i);
            assertTrue(s >= 0 && s < (1L << 31), "31-bit seed: " + s);
            seen.add(s);
        }
        assertTrue(seen.size() >= 9_970, "seeds of neighbouring runs collide: " + seen.size() + " distinct of 10,000");
        assertEquals(Seeds.of(5, 17), Seeds.of(5, 17));
        assertFalse(Seeds.of(5, 17) == Seeds.of(6, 17), "another master seed, another stream");
    }
}
