package org.sahelsim.uncertainty;

import java.util.Locale;

/** How an ensemble draws its points in the unit cube of the varied parameters. */
public enum Sample {
    /** A Latin hypercube: every stratum of every parameter's range sampled once. */
    LHS,
    /** A Sobol sequence: low discrepancy, deterministic. */
    SOBOL,
    /** No parameter varies: the scenario as written, one seed per run. */
    SEEDS;

    /** The name on the command line and in files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Sample of(String key) {
        for (Sample s : values()) if (s.key().equals(key)) return s;
        throw new IllegalArgumentException("--sample: found '" + key + "', expected one of: lhs, sobol, seeds");
    }

    /** {@code n} points in {@code d} dimensions ({@code d} is ignored, taken as 0, for {@link #SEEDS}). */
    public double[][] points(int n, int d, long seed) {
        return switch (this) {
            case LHS -> LatinHypercube.sample(n, d, seed);
            case SOBOL -> SobolPoints.sample(n, d);
            case SEEDS -> LatinHypercube.sample(n, 0, seed);
        };
    }
}
