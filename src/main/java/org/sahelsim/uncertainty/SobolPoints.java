package org.sahelsim.uncertainty;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The first points of a Sobol low-discrepancy sequence in the unit cube (Joe and Kuo's direction
 * numbers, commons-math3's {@link SobolSequenceGenerator}), skipping the origin, which every
 * Sobol sequence starts with. Deterministic: the same {@code n} and {@code d} give the same
 * points, and a shorter sequence is the start of a longer one.
 */
public final class SobolPoints {
    /** The generator's direction numbers cover this many dimensions. */
    public static final int MAX_DIMENSIONS = 1000;

    private SobolPoints() {
    }

    /** The points {@code 1..n} of the sequence, {@code [point][dimension]}. */
    public static double[][] sample(int n, int d) {
        if (n < 1 || d < 0) throw new IllegalArgumentException("a Sobol sequence needs n >= 1 and d >= 0, found n=" + n + ", d=" + d);
        if (d > MAX_DIMENSIONS) throw new IllegalArgumentException("a Sobol sequence of at most " + MAX_DIMENSIONS + " dimensions, found " + d);
        double[][] points = new double[n][];
        if (d == 0) {
            for (int i = 0; i < n; i++) points[i] = new double[0];
            return points;
        }
        SobolSequenceGenerator generator = new SobolSequenceGenerator(d);
        generator.nextVector(); // the origin
        for (int i = 0; i < n; i++) points[i] = generator.nextVector();
        return points;
    }
}
