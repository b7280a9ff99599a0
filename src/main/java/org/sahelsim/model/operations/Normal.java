package org.sahelsim.model.operations;

/** The standard normal distribution's CDF and quantile, to double precision, for the odds of a battle. */
public final class Normal {
    private Normal() {
    }

    /** Φ(x), the standard normal CDF (via erfc, relative error below 1.2e-7; Numerical Recipes' Chebyshev fit). */
    public static double cdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /** Acklam's coefficients (see {@link #quantile}), constants rather than arrays made anew at each call. */
    private static final double A0 = -3.969683028665376e+01;
    private static final double A1 = 2.209460984245205e+02;
    private static final double A2 = -2.759285104469687e+02;
    private static final double A3 = 1.383577518672690e+02;
    private static final double A4 = -3.066479806614716e+01;
    private static final double A5 = 2.506628277459239e+00;
    private static final double B0 = -5.447609879822406e+01;
    private static final double B1 = 1.615858368580409e+02;
    private static final double B2 = -1.556989798598866e+02;
    private static final double B3 = 6.680131188771972e+01;
    private static final double B4 = -1.328068155288572e+01;
    private static final double C0 = -7.784894002430293e-03;
    private static final double C1 = -3.223964580411365e-01;
    private static final double C2 = -2.400758277161838e+00;
    private static final double C3 = -2.549732539343734e+00;
    private static final double C4 = 4.374664141464968e+00;
    private static final double C5 = 2.938163982698783e+00;
    private static final double D0 = 7.784695709041462e-03;
    private static final double D1 = 3.224671290700398e-01;
    private static final double D2 = 2.445134137142996e+00;
    private static final double D3 = 3.754408661907416e+00;

    /** Φ⁻¹(p) for 0 < p < 1 (Acklam's rational approximation, relative error below 1.2e-9). */
    public static double quantile(double p) {
        if (p <= 0 || p >= 1) throw new IllegalArgumentException("p must lie strictly between 0 and 1: " + p);
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5)
                    / ((((D0 * q + D1) * q + D2) * q + D3) * q + 1);
        }
        if (p > 1 - low) return -quantile(1 - p);
        double q = p - 0.5;
        double r = q * q;
        return (((((A0 * r + A1) * r + A2) * r + A3) * r + A4) * r + A5) * q
                / (((((B0 * r + B1) * r + B2) * r + B3) * r + B4) * r + 1);
    }
}
