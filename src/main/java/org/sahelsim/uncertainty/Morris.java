package org.sahelsim.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris's elementary-effects screening (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33; with mu* of Campolongo, Cariboni and Saltelli 2007,
 * Environmental Modelling &amp; Software 22). A trajectory starts at a random point of a grid of
 * {@code p} levels in the unit cube and moves each of the {@code k} parameters once, in random
 * order and direction, by {@code delta = p / (2(p - 1))}; the change in the output over that step,
 * divided by the step, is the parameter's elementary effect. Over {@code r} trajectories: mu (mean
 * effect), mu* (mean absolute effect, the screening measure), sigma (spread: non-linearity or
 * interaction), and a bootstrap interval for mu* over trajectories. Effects are per unit of the
 * unit cube, i.e. per whole range of a parameter, so parameters of any units compare.
 */
public final class Morris {
    private Morris() {
    }

    /** One parameter's screening result, with the 95% bootstrap interval of mu*. */
    public record Effect(int parameter, double mu, double muStar, double sigma, double muStarLow, double muStarHigh) {
    }

    /** The step between levels used by a grid of {@code levels} levels. */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /** {@code r} trajectories of {@code k + 1} points each, {@code [point][parameter]}. */
    public static double[][] design(int r, int k, int levels, long seed) {
        if (r < 2 || k < 1 || levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris needs at least 2 trajectories, 1 parameter and an even number of levels;"
                    + " found r=" + r + ", k=" + k + ", levels=" + levels);
        }
        RandomGenerator random = new MersenneTwister(seed);
        double delta = delta(levels);
        int baseLevels = levels / 2; // base points at i/(p-1), i < p/2, so that base + delta <= 1
        double[][] points = new double[r * (k + 1)][];
        for (int t = 0; t < r; t++) {
            double[] base = new double[k];
            int[] direction = new int[k];
            for (int c = 0; c < k; c++) {
                base[c] = random.nextInt(baseLevels) / (double) (levels - 1);
                direction[c] = random.nextBoolean() ? 1 : -1;
            }
            int[] order = LatinHypercube.permutation(k, random);
            // Row j of B* = (J x* + delta/2 ((2B - J) D* + J)) P*, B strictly lower triangular.
            for (int j = 0; j <= k; j++) {
                double[] x = new double[k];
                for (int c = 0; c < k; c++) {
                    int moved = j > c ? 1 : 0;
                    x[order[c]] = base[order[c]] + delta / 2 * ((2 * moved - 1) * direction[order[c]] + 1);
                }
                points[t * (k + 1) + j] = x;
            }
        }
        return points;
    }

    /**
     * The elementary effects of the points of {@link #design} with outputs {@code y}, one per
     * parameter, with mu*'s interval from {@code resamples} bootstrap resamples of the
     * trajectories (seeded, so reproducible).
     */
    public static List<Effect> analyse(double[][] points, double[] y, int k, int resamples, long seed) {
        if (points.length != y.length || points.length % (k + 1) != 0) {
            throw new IllegalArgumentException("expected trajectories of " + (k + 1) + " points with one output each");
        }
        int r = points.length / (k + 1);
        double[][] effects = new double[k][r]; // effect of parameter i in trajectory t
        for (int t = 0; t < r; t++) {
            boolean[] seen = new boolean[k];
            for (int j = 1; j <= k; j++) {
                double[] a = points[t * (k + 1) + j - 1];
                double[] b = points[t * (k + 1) + j];
                int changed = -1;
                for (int c = 0; c < k; c++) {
                    if (a[c] != b[c]) {
                        if (changed >= 0) throw new IllegalArgumentException("trajectory " + t + " step " + j + " moves two parameters");
                        changed = c;
                    }
                }
                if (changed < 0 || seen[changed]) {
                    throw new IllegalArgumentException("trajectory " + t + " does not move each parameter once");
                }
                seen[changed] = true;
                effects[changed][t] = (y[t * (k + 1) + j] - y[t * (k + 1) + j - 1]) / (b[changed] - a[changed]);
            }
        }
        RandomGenerator random = new MersenneTwister(seed);
        int[][] resample = new int[resamples][r];
        for (int b = 0; b < resamples; b++) for (int i = 0; i < r; i++) resample[b][i] = random.nextInt(r);
        List<Effect> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] e = effects[i];
            double mu = 0;
            double muStar = 0;
            for (double x : e) {
                mu += x;
                muStar += Math.abs(x);
            }
            mu /= r;
            muStar /= r;
            double var = 0;
            for (double x : e) var += (x - mu) * (x - mu);
            double sigma = Math.sqrt(var / (r - 1));
            double[] boot = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                double s = 0;
                for (int j = 0; j < r; j++) s += Math.abs(e[resample[b][j]]);
                boot[b] = s / r;
            }
            Arrays.sort(boot);
            out.add(new Effect(i, mu, muStar, sigma, percentile(boot, 0.025), percentile(boot, 0.975)));
        }
        return out;
    }

    private static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
