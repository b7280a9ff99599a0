package org.sahelsim.model.actors;

import ec.util.MersenneTwisterFast;

/**
 * The shape of every strategic decision rule: an actor acts with the logit (quantal response)
 * probability {@code 1 / (1 + exp(−(pressure − threshold) / temperature))}. Near the threshold it
 * hesitates; far above it acts almost surely; far below almost never.
 */
public final class Rule {
    private Rule() {
    }

    /** The probability of acting. */
    public static double chance(double pressure, double threshold, double temperature) {
        return 1 / (1 + Math.exp(-(pressure - threshold) / temperature));
    }

    /**
     * Whether the actor acts this month, drawing only when it is in doubt: a chance below
     * {@code settled} is no, above {@code 1 − settled} yes, without a draw. A rule that runs every
     * month of a replay so leaves the run's random numbers to the rest of the model until its
     * pressure nears its threshold.
     */
    public static boolean actsWhenInDoubt(double pressure, double threshold, double temperature, double settled, MersenneTwisterFast random) {
        double p = chance(pressure, threshold, temperature);
        if (p < settled) return false;
        if (p > 1 - settled) return true;
        return random.nextDouble() < p;
    }

    /** Draws whether the actor acts this month. */
    public static boolean acts(double pressure, double threshold, double temperature, MersenneTwisterFast random) {
        return random.nextDouble() < chance(pressure, threshold, temperature);
    }
}
