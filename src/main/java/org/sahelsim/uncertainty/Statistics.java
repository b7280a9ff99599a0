package org.sahelsim.uncertainty;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.sahelsim.run.Ensemble;

/** The few statistics the studies report, each in one place. */
final class Statistics {
    private Statistics() {
    }

    /** The {@code q}-quantile of the values (linear interpolation between order statistics, as compare uses). */
    static double quantile(double[] values, double q) {
        return Ensemble.quantile(values, q);
    }

    static double mean(double[] v) {
        return Ensemble.mean(v);
    }

    /**
     * The Wilson score interval for a probability from {@code successes} of {@code n}, at the
     * level of the normal quantile {@code z} (1.645 for 90%): it stays within [0, 1] and is
     * honest near 0 and 1, where most outcome probabilities live.
     */
    static double[] wilson(int successes, int n, double z) {
        if (n == 0) return new double[] {Double.NaN, Double.NaN};
        double p = (double) successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** Spearman's rank correlation, or NaN when either side does not vary. */
    static double spearman(double[] x, double[] y) {
        if (x.length < 3 || constant(x) || constant(y)) return Double.NaN;
        return new SpearmansCorrelation().correlation(x, y);
    }

    private static boolean constant(double[] v) {
        return Arrays.stream(v).allMatch(a -> a == v[0]);
    }

    /** A number for a table: three significant digits below 1, fewer decimals for larger values. */
    static String fmt(double v) {
        if (Double.isNaN(v)) return "";
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ENGLISH, "%,.0f", v);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
        if (a >= 1) return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
        if (v == 0) return "0";
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A share as a percentage: "12.3%". */
    static String pct(double share) {
        return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A number in a CSV file: fixed six decimals (empty for NaN). */
    static String csv(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }
}
