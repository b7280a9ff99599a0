package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;

/**
 * How many times each pair of hostile sides engages in a cell in a week, for the pairs whose
 * rate is bounded before it is known (ODD §7.1): one draw for the cell rather than one a pair.
 *
 * <p>Each pair {@code j} engages a Poisson number of times of mean {@code λ_j}, the pairs
 * independently, and {@code λ_j} is known to lie at or below a bound {@code b_j} before the
 * fight's attrition is worked out. By the superposition of Poisson processes, candidate
 * engagements at the rate of all the bounds, {@code B = Σ b_j}, number a Poisson draw of mean
 * {@code B}; each candidate falls to pair {@code j} with probability {@code b_j / B} and happens
 * with probability {@code λ_j / b_j} (thinning). The engagements that happen are then, pair by
 * pair, independent Poisson draws of mean {@code λ_j}: the distribution of drawing each pair on
 * its own, with one uniform for the cell where nothing happens. Knuth's draw of the candidates
 * stops at its first uniform when it lies at or below {@code exp(−B)}, so nearly every cell-week
 * takes one uniform and no pair's rate is worked out.
 */
final class CellEngagements {
    private CellEngagements() {
    }

    /** A pair's exact rate of engagements, worked out when a candidate falls to it. */
    @FunctionalInterface
    interface Rate {
        double of(int pair);
    }

    /**
     * Draws the engagements of the pairs {@code j} with {@code bounds[base + j] ≥ 0}, {@code j <
     * pairs}, into {@code counts[j]} (set to zero first); pairs with a negative or NaN bound are
     * left at zero, for the caller to draw on their own. {@code rate} is asked for pair {@code
     * j}'s exact rate (at most its bound) at most once, and only when a candidate falls to it.
     *
     * @return whether any pair engaged
     */
    static boolean draw(MersenneTwisterFast random, double[] bounds, int base, int pairs, Rate rate, int[] counts, double[] rates) {
        double total = total(bounds, base, pairs);
        return draw(random, total > 0 ? random.nextDouble() : Double.NaN, total, bounds, base, pairs, rate, counts, rates);
    }

    /** The rate of all the bounds {@code bounds[base + j] ≥ 0}, {@code j < pairs}, added in the pairs' order. */
    static double total(double[] bounds, int base, int pairs) {
        double total = 0;
        for (int j = 0; j < pairs; j++) {
            double b = bounds[base + j];
            if (b >= 0) total += b;
        }
        return total;
    }

    /**
     * Whether the cell's first uniform {@code first} settles it with no candidate at the rate of
     * all its bounds {@code total} (Knuth's draw stops at once: the uniform at or below
     * {@code exp(−total)}).
     */
    static boolean none(double first, double total) {
        // 1 − x − 1e-12 lies below the computed exp(−x) for every x ≥ 0: a cheaper test first.
        return first <= 1 - total - 1e-12 || first <= Math.exp(-total);
    }

    /**
     * {@link #draw(MersenneTwisterFast, double[], int, int, Rate, int[], double[])} with the
     * bounds' {@link #total} and, when it is above zero, the cell's first uniform already drawn
     * ({@code first}; unused otherwise): the same draws from {@code random} after it.
     */
    static boolean draw(MersenneTwisterFast random, double first, double total, double[] bounds, int base, int pairs, Rate rate,
                        int[] counts, double[] rates) {
        for (int j = 0; j < pairs; j++) {
            counts[j] = 0;
            rates[j] = -1;
        }
        if (!(total > 0)) return false;
        if (none(first, total)) return false;
        // Knuth's draw of the candidates, its first uniform already drawn (the bounds are each at
        // most Knuth's limit, so their sum is small enough for exp(−B) to be a normal number).
        int candidates = Combat.knuth(random, first, total);
        boolean any = false;
        for (int i = 0; i < candidates; i++) {
            // The pair it falls to, in proportion to the bounds (the sums run in the same order
            // as the total's, so the last eligible pair's ends at the total itself).
            double at = random.nextDouble() * total;
            int j = -1;
            double sum = 0;
            for (int k = 0; k < pairs; k++) {
                double b = bounds[base + k];
                if (!(b >= 0)) continue;
                sum += b;
                j = k;
                if (at < sum) break;
            }
            if (rates[j] < 0) rates[j] = rate.of(j);
            if (random.nextDouble() * bounds[base + j] < rates[j]) {
                counts[j]++;
                any = true;
            }
        }
        return any;
    }
}
