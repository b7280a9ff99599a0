package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.submodels.HeldPlaceStrikes;

/**
 * Strikes from the air on insurgent-held places (ODD §7.9), in a constructed world: JNIM holds
 * Ségou, the state Bamako, the separatists Kidal under their truce. Under a steady air power
 * {@code A} a held garrison {@code G} falls to {@code G exp(−r (A − 1) t)} in {@code t} weeks,
 * every fighter lost entered in the ledger as killed; the state's garrison and the garrison of a
 * side at peace with the state are not struck, and without aircraft nobody is. With a strike's
 * share of a garrison the strikes are a Poisson draw: the same toll on average, not everywhere.
 */
class HeldPlaceStrikesTest extends ConstructedWorld {
    private static final double RATE = 0.1;
    private int segou;
    private int bamako;
    private int kidal;

    @BeforeEach
    void places() {
        w = EmptyWorld.of(SCENARIO, GEO);
        segou = GEO.placeIndex("segou");
        bamako = GEO.placeIndex("bamako");
        kidal = GEO.placeIndex("kidal");
        w.places.holder[segou] = Side.JNIM.ordinal();
        w.places.garrison[Force.JNIM.ordinal()][segou] = 300;
        w.places.holder[bamako] = Side.STATE.ordinal();
        w.places.garrison[Force.FAMA.ordinal()][bamako] = 2000;
        w.places.holder[kidal] = Side.SEPARATISTS.ordinal();
        w.places.garrison[Force.SEPARATISTS.ordinal()][kidal] = 400;
        Arrays.fill(w.airPower, 1);
        w.recountStrength();
    }

    @Test
    void aHeldGarrisonFallsByTheClosedFormAndEveryFighterLostIsCounted() {
        w.airPower[Force.FAMA.ordinal()] = 1.4;
        assertTrue(!w.hostile[Side.STATE.ordinal()][Side.SEPARATISTS.ordinal()], "the separatists' truce holds at the start");
        HeldPlaceStrikes strikes = new HeldPlaceStrikes(RATE);
        double killedBefore = w.troops.killed[Force.JNIM.ordinal()];
        int weeks = 10;
        for (int t = 0; t < weeks; t++) strikes.step(w, month());
        double expected = 300 * Math.exp(-RATE * 0.4 * weeks);
        assertEquals(expected, w.places.garrison[Force.JNIM.ordinal()][segou], 1e-9);
        assertEquals(300 * HeldPlaceStrikes.share(RATE, 1.4, weeks), 300 - expected, 1e-9);
        assertEquals(300 - expected, w.troops.killed[Force.JNIM.ordinal()] - killedBefore, 1e-9);
        assertEquals(expected, w.strength[Force.JNIM.ordinal()], 1e-9);
        assertEquals(2000, w.places.garrison[Force.FAMA.ordinal()][bamako]);
        assertEquals(400, w.places.garrison[Force.SEPARATISTS.ordinal()][kidal]);
        List<String> struck = log.events().stream().filter(e -> e.type().equals("air_strike")).map(e -> e.description()).toList();
        // Logged in the weeks ten or more are killed: 12, 11, 11, 10, 10, then fewer.
        assertEquals(5, struck.size(), struck.toString());
        assertTrue(struck.get(0).startsWith("Air strikes hit JNIM's garrison in Ségou: 12 killed"), struck.get(0));
    }

    @Test
    void strikesAreDrawnAsAPoissonNumberByInversion() {
        // The inverse of the cumulative law at a few uniforms, mean 0.5: P(0) = 0.607, P(≤1) = 0.910, P(≤2) = 0.986.
        assertEquals(0, HeldPlaceStrikes.strikes(0.5, 0.0));
        assertEquals(0, HeldPlaceStrikes.strikes(0.5, 0.6));
        assertEquals(1, HeldPlaceStrikes.strikes(0.5, 0.61));
        assertEquals(1, HeldPlaceStrikes.strikes(0.5, 0.90));
        assertEquals(2, HeldPlaceStrikes.strikes(0.5, 0.92));
        assertEquals(3, HeldPlaceStrikes.strikes(0.5, 0.99));
        assertEquals(0, HeldPlaceStrikes.strikes(0, 0.99));
        // Over a fine grid of uniforms the draws' mean is the law's.
        int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += HeldPlaceStrikes.strikes(1.6, (i + 0.5) / n);
        assertEquals(1.6, sum / n, 1e-3);
    }

    @Test
    void drawnStrikesKillTheClosedFormsShareOnAverageButNotEveryWhere() {
        // 400 worlds of one week each under the TB2s' air power, each its own seed: the garrison kept
        // averages exp(-r (A - 1)) (the closed form the planner weighs), and differs from world to world.
        double share = 0.25;
        int worlds = 400;
        double kept = 0;
        double keptSquared = 0;
        double killed = 0;
        int untouched = 0;
        for (int seed = 1; seed <= worlds; seed++) {
            places();
            w.airPower[Force.FAMA.ordinal()] = 3;
            double before = w.troops.killed[Force.JNIM.ordinal()];
            new HeldPlaceStrikes(RATE, share).step(w, new Week(0, true, new MersenneTwisterFast(seed), log, SCENARIO.period().start(), seed));
            double g = w.places.garrison[Force.JNIM.ordinal()][segou] / 300;
            kept += g;
            keptSquared += g * g;
            if (g == 1) untouched++;
            killed += w.troops.killed[Force.JNIM.ordinal()] - before;
            assertEquals(300 * (1 - g), w.troops.killed[Force.JNIM.ordinal()] - before, 1e-9, "the ledger holds every fighter lost");
            assertEquals(2000, w.places.garrison[Force.FAMA.ordinal()][bamako]);
            assertEquals(400, w.places.garrison[Force.SEPARATISTS.ordinal()][kidal]);
        }
        double mean = kept / worlds;
        double sd = Math.sqrt(keptSquared / worlds - mean * mean);
        double expected = Math.exp(-RATE * 2);
        // N ~ Poisson(0.8): the garrison keeps 0.75^N, mean exp(-0.2) = 0.819, second moment
        // exp(-0.8 (1 - 0.5625)) = 0.705, standard deviation 0.185; the mean of 400 within four of
        // its standard errors (0.037).
        assertEquals(expected, mean, 0.04, "mean share kept " + mean);
        assertTrue(sd > 0.15 && sd < 0.25, "the share kept varies from world to world: sd " + sd);
        assertEquals(Math.exp(-0.8), (double) untouched / worlds, 0.1, "a garrison is missed in a week with the chance exp(-m)");
        assertEquals(300 * (1 - mean) * worlds, killed, 1e-6);
    }

    @Test
    void withoutAStrikesShareTheExpectedShareIsTakenWithNoDraw() {
        w.airPower[Force.FAMA.ordinal()] = 3;
        new HeldPlaceStrikes(RATE, 0).step(w, month());
        assertEquals(300 * Math.exp(-RATE * 2), w.places.garrison[Force.JNIM.ordinal()][segou], 1e-9);
    }

    @Test
    void withoutAircraftOrWithoutTheRuleNobodyIsStruck() {
        new HeldPlaceStrikes(RATE).step(w, month());
        w.airPower[Force.FAMA.ordinal()] = 3;
        new HeldPlaceStrikes(0).step(w, month());
        new HeldPlaceStrikes(0, 0.25).step(w, month());
        assertEquals(300, w.places.garrison[Force.JNIM.ordinal()][segou]);
        assertTrue(log.events().isEmpty());
    }
}
