package org.sahelsim.model.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** An assault is Lanchester's square law with the place's defences: closed forms checked to the last digit, and fortune checked over many draws. */
class BattleTest {
    private static final double A = 0.05;
    private static final double B = 0.3;

    @Test
    void aFortifiedGarrisonHoldsAgainstWhatTheSquareLawSaysItHoldsAgainst() {
        // Equal quality, equal break shares, defences 9: the attacker needs 3 times the defenders.
        double d = 200;
        assertFalse(Battle.fight(2.9 * d, A, d, A, 9, B, B, 1, 1, 0.3).taken(), "2.9:1 is not enough behind defences of 9");
        assertTrue(Battle.fight(3.1 * d, A, d, A, 9, B, B, 1, 1, 0.3).taken(), "3.1:1 carries it");
        assertEquals(1, Battle.odds(3 * d, A, d, A, 9, B, B), 1e-12, "exactly 3:1 is even");
        // In the open (defences 1) parity is even.
        assertEquals(1, Battle.odds(d, A, d, A, 1, B, B), 1e-12);
        assertEquals(3 * d, Battle.attackersFor(1, A, d, A, 9, B, B), 1e-9, "the inverse");
    }

    @Test
    void lossesFollowTheSquareLawsInvariant() {
        for (double ratio : new double[] {1.5, 2.5, 3.5, 6}) {
            double attackers = ratio * 100;
            double defenders = 100;
            double f = 4;
            Battle.Outcome o = Battle.fight(attackers, A, defenders, 0.8 * A, f, 0.3, 0.5, 1, 1, 0.3);
            double a1 = attackers - o.attackerLosses() + (o.routed() ? 0.3 * attackers * 0.7 : 0);
            double d1 = defenders - o.defenderLosses();
            // a (A0² − A1²) = F d (D0² − D1²) along the battle (before any pursuit).
            assertEquals(A * (attackers * attackers - a1 * a1), f * 0.8 * A * (defenders * defenders - d1 * d1),
                    1e-9 * attackers * attackers, "invariant at ratio " + ratio);
            if (o.taken()) assertEquals(0.5 * defenders, o.defenderLosses(), 1e-9, "the garrison breaks at its break share");
            else assertEquals(0.3 * attackers + (o.routed() ? 0.3 * 0.7 * attackers : 0), o.attackerLosses(), 1e-9, "the attack stops at its break share");
        }
    }

    @Test
    void theChanceOfSuccessIsThatOfFortuneBeatingTheOdds() {
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        double sigma = 0.5;
        for (double ratio : new double[] {2.0, 2.6, 3.0, 3.4, 4.0}) {
            double q = Battle.odds(ratio * 100, A, 100, A, 9, B, B);
            double expected = Battle.chance(q, sigma);
            int n = 20000;
            int won = 0;
            for (int i = 0; i < n; i++) {
                double fortune = Math.exp(sigma * random.nextGaussian());
                if (Battle.fight(ratio * 100, A, 100, A, 9, B, B, fortune, 1, 0.3).taken()) won++;
            }
            double se = Math.sqrt(expected * (1 - expected) / n);
            assertEquals(expected, won / (double) n, 4 * se + 1e-9, "ratio " + ratio + ": Φ(ln Q / σ)");
        }
        assertEquals(0.5, Battle.chance(1, sigma), 1e-7, "even odds, even chance");
    }

    @Test
    void theNormalDistributionIsRight() {
        assertEquals(0.8413447460685429, Normal.cdf(1), 2e-7);
        assertEquals(0.02275013194817921, Normal.cdf(-2), 2e-7);
        assertEquals(1.2815515655446004, Normal.quantile(0.9), 1e-8);
        assertEquals(-2.3263478740408408, Normal.quantile(0.01), 1e-8);
        for (double p : new double[] {0.001, 0.2, 0.5, 0.77, 0.999}) assertEquals(p, Normal.cdf(Normal.quantile(p)), 2e-7);
    }

    @Test
    void theAttackersLossesAloneAreTheFightsToTheBit() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int routed = 0;
        int taken = 0;
        for (int i = 0; i < 2000; i++) {
            double attackers = i % 50 == 0 ? 0 : 400 * random.nextDouble();
            double defenders = i % 70 == 0 ? 0 : 300 * random.nextDouble();
            double a = 0.5 + random.nextDouble();
            double d = 0.5 + random.nextDouble();
            double defences = 1 + 8 * random.nextDouble();
            double fortune = Math.exp(random.nextGaussian());
            Battle.Outcome o = Battle.fight(attackers, a, defenders, d, defences, B, 0.5, fortune, 2, 0.3);
            double alone = Battle.attackerLosses(attackers, a, defenders, d, defences, B, 0.5, fortune, 2, 0.3);
            assertEquals(Double.doubleToLongBits(o.attackerLosses()), Double.doubleToLongBits(alone), attackers + " against " + defenders);
            if (o.routed()) routed++;
            if (o.taken()) taken++;
        }
        assertTrue(routed > 100 && taken > 100, routed + " routed, " + taken + " taken: every branch must be met");
    }
}
