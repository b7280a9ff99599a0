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
        for (int j = 0; j < d; j++) {
            int[] strata = permutation(n, random);
            for (int i = 0; i < n; i++) points[i][j] = (strata[i] + random.nextDouble()) / n;
        }
        return points;
    }

    /** A uniform random permutation of {@code 0..n-1} (Fisher-Yates). */
    static int[] permutation(int n, RandomGenerator random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }
}
