package org.sahelsim.model.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** The posterior of a place's defenders given a noisy count and a prior (ODD §7.9): the conjugate normal one, in logs. */
class EstimateTest {

    @Test
    void theLogOfTheEstimateMovesFromThePriorTowardTheCountByTheWeightOfTheCount() {
        // τ = 0.3, s = 0.4: k = 0.09 / 0.25 = 0.36; a count of 800 against a prior of 200.
        Estimate e = Estimate.of(800, 0.4, 200, 0.3);
        assertEquals(0.36, Estimate.weight(0.4, 0.3), 1e-12);
        assertEquals(200 * Math.pow(4, 0.36), e.median(), 1e-9);
        assertEquals(0.4 * 0.6, e.spread(), 1e-12);
    }

    @Test
    void aCountWithoutErrorOrAPlaceWithoutPriorKeepsTheCount() {
        assertEquals(new Estimate(500, 0), Estimate.of(500, 0, 200, 0.3));
        assertEquals(new Estimate(500, 0.5), Estimate.of(500, 0.5, 200, Double.POSITIVE_INFINITY));
        assertEquals(new Estimate(0, 0.5), Estimate.of(0, 0.5, 200, 0.3));
    }

    @Test
    void whenTheTruthIsDrawnFromThePriorTheEstimateIsRightOnAverageWhateverWasCounted() {
        // Draw the truth from the prior and a count about it; among draws whose count came out
        // low (as a chosen option's does), the log of truth over estimate still averages zero.
        MersenneTwisterFast r = new MersenneTwisterFast(5);
        double tau = 0.3;
        double s = 0.5;
        double sum = 0;
        double rawSum = 0;
        int n = 0;
        for (int i = 0; i < 400_000; i++) {
            double truth = 200 * Math.exp(tau * r.nextGaussian());
            double count = truth * Math.exp(s * r.nextGaussian());
            if (count > 200 * Math.exp(-0.5)) continue;
            sum += Math.log(truth / Estimate.of(count, s, 200, tau).median());
            rawSum += Math.log(truth / count);
            n++;
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(true, rawSum / n > 0.3, "the raw count of the low ones is biased low: " + rawSum / n);
    }
}
