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

    /** Draws whether the actor acts this month. */
    public static boolean acts(double pressure, double threshold, double temperature, MersenneTwisterFast random) {
        return random.nextDouble() < chance(pressure, threshold, temperature);
    }
}
