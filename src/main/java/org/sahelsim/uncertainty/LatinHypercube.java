package org.sahelsim.uncertainty;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A Latin hypercube of {@code n} points in the unit cube of {@code d} dimensions (McKay, Beckman
 * and Conover 1979): each dimension is cut into {@code n} equal strata and every stratum of every
 * dimension holds exactly one point, at a uniform random place inside it; the strata are paired
 * across dimensions by independent random permutations. A pure function of (n, d, seed).
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /** The points, {@code [point][dimension]}, each coordinate in [0, 1). */
    public static double[][] sample(int n, int d, long seed) {
        if (n < 1 || d < 0) throw new IllegalArgumentException("a Latin hypercube needs n >= 1 and d >= 0, found n=" + n + ", d=" + d);
        RandomGenerator random = new MersenneTwister(seed);
        double[][] points = new double[n][d];
        int[] strata = new int[n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) strata[i] = i;
            // Fisher-Yates: a uniform random permutation of the strata for this dimension.
            for (int i = n - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[k];
                strata[k] = t;
            }
            for (int i = 0; i < n; i++) points[i][j] = (strata[i] + random.nextDouble()) / n;
        }
        return points;
    }
}
