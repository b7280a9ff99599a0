package org.sahelsim.classic.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What the model's mechanisms must produce: conservation of citizens and cops, the activation
 * rule's closed forms, jail terms, movement, the levers, and runs that are a pure function of
 * (scenario, seed).
 */
class CivilViolenceTest {

    /** Steps a started model one tick. */
    private static void step(CivilViolence m) {
        m.schedule.step(m);
    }

    @Test
    void citizensAndCopsAreConservedAndTheLatticeAgreesWithTheCensus() {
        EpsteinScenario s = Scenarios.run2();
        CivilViolence m = new CivilViolence(s, 11);
        m.start();
        Occupant[] sites = new Occupant[s.torus().sites()];
        int sawActive = 0;
        int sawJailed = 0;
        for (int t = 1; t <= 300; t++) {
            step(m);
            Census c = m.census();
            assertEquals(t, c.tick());
            assertEquals(s.citizenCount(), c.citizens(), "citizens are never created or lost");
            assertEquals(s.copCount(), c.cops());
            m.occupants(sites);
            int[] count = new int[Occupant.values().length];
            for (Occupant o : sites) count[o.ordinal()]++;
            assertEquals(c.quiescent(), count[Occupant.QUIESCENT.ordinal()], "tick " + t);
            assertEquals(c.active(), count[Occupant.ACTIVE.ordinal()], "tick " + t);
            assertEquals(c.cops(), count[Occupant.COP.ordinal()], "tick " + t);
            assertTrue(count[Occupant.JAILED.ordinal()] <= c.jailed(), "a jailed citizen shows at most at one site");
            sawActive = Math.max(sawActive, c.active());
            sawJailed = Math.max(sawJailed, c.jailed());
        }
        assertTrue(sawActive > 50 && sawJailed > 50, "Run 2 has outbursts and arrests: " + sawActive + " active, " + sawJailed + " jailed");
        assertEquals(301, m.history().size(), "a census for tick 0 and each tick after");
    }

    @Test
    void withoutCopsACitizenIsActiveExactlyWhenItsGrievanceExceedsTheThreshold() {
        // No cop in sight: P = 0, so N = 0 and rule A reduces to G > T, whatever the others do.
        EpsteinScenario s = Scenarios.of(40, 40, 0.7, 0.0, 7, 0.7, 30, ArrestRatio.ROUND, true, 10, List.of());
        CivilViolence m = new CivilViolence(s, 3);
        m.start();
        step(m);
        long expected = m.citizens().stream().filter(c -> c.hardship() * (1 - 0.7) > 0.1).count();
        assertEquals(expected, m.census().active());
        for (Citizen c : m.citizens()) assertEquals(c.grievance(0.7) > 0.1, c.isActive());
        // H is U(0, 1), so about 1 - 0.1 / 0.3 = 2/3 of them.
        assertEquals(2 / 3.0, expected / (double) s.citizenCount(), 0.05);
    }

    @Test
    void atLegitimacyNinetyNobodyEverRebels() {
        // G = H(1 - 0.9) <= 0.1 = T for every H in [0, 1]: the runs 3 and 4 before their changes.
        EpsteinScenario s = Scenarios.of(40, 40, 0.7, 0.074, 7, 0.9, null, ArrestRatio.ROUND, true, 100, List.of());
        for (Census c : new CivilViolence(s, 2).runToEnd()) {
            assertEquals(0, c.active());
            assertEquals(0, c.jailed());
        }
    }

    @Test
    void jailTermsAreDrawnFromZeroToTheMaximum() {
        // A term of j ticks keeps a citizen in jail in j consecutive censuses (0 to 30 here),
        // so the terms seen (1 to 30, the zeros unseen) average 15.5.
        EpsteinScenario s = Scenarios.run2();
        CivilViolence m = new CivilViolence(s, 5);
        m.start();
        int n = s.citizenCount();
        int[] inJail = new int[n];
        List<Integer> terms = new ArrayList<>();
        for (int t = 1; t <= 1000; t++) {
            step(m);
            for (Citizen c : m.citizens()) {
                if (c.isJailed()) {
                    inJail[c.index()]++;
                } else if (inJail[c.index()] > 0) {
                    terms.add(inJail[c.index()]);
                    inJail[c.index()] = 0;
                }
            }
        }
        assertTrue(terms.size() > 1000, terms.size() + " terms served");
        assertEquals(1, terms.stream().mapToInt(Integer::intValue).min().orElseThrow());
        assertEquals(30, terms.stream().mapToInt(Integer::intValue).max().orElseThrow());
        double mean = terms.stream().mapToInt(Integer::intValue).average().orElseThrow();
        // Uniform on 1..30: s.d. 8.66, so the mean of over 1,000 terms is within 1 of 15.5 (3.6 standard errors).
        assertEquals(15.5, mean, 1.0);
    }

    @Test
    void termsOfZeroReleaseTheSameTickAndEndlessTermsNeverEnd() {
        EpsteinScenario none = Scenarios.of(40, 40, 0.7, 0.04, 7, 0.82, 0, ArrestRatio.ROUND, true, 200, List.of());
        for (Census c : new CivilViolence(none, 1).runToEnd()) assertEquals(0, c.jailed(), "tick " + c.tick());
        EpsteinScenario life = Scenarios.of(40, 40, 0.7, 0.04, 7, 0.82, null, ArrestRatio.ROUND, true, 200, List.of());
        List<Census> h = new CivilViolence(life, 1).runToEnd();
        for (int t = 1; t < h.size(); t++) assertTrue(h.get(t).jailed() >= h.get(t - 1).jailed(), "tick " + t);
        assertTrue(h.get(h.size() - 1).jailed() > 100, "the jail fills: " + h.get(h.size() - 1).jailed());
    }

    @Test
    void citizensWhoDoNotMoveStayPutWhileCopsStillMove() {
        EpsteinScenario s = Scenarios.of(40, 40, 0.7, 0.04, 1.7, 0.89, 15, ArrestRatio.ROUND, false, 50, List.of());
        CivilViolence m = new CivilViolence(s, 4);
        m.start();
        int[] before = m.citizens().stream().mapToInt(c -> c.site).toArray();
        Occupant[] sites = new Occupant[s.torus().sites()];
        m.occupants(sites);
        List<Integer> copsBefore = copSites(sites);
        step(m);
        m.occupants(sites);
        for (Citizen c : m.citizens()) if (!c.isJailed()) assertEquals(before[c.index()], c.site, "citizen " + c.index());
        assertNotEquals(copsBefore, copSites(sites), "the cops moved");
    }

    private static List<Integer> copSites(Occupant[] sites) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < sites.length; i++) if (sites[i] == Occupant.COP) out.add(i);
        return out;
    }

    @Test
    void theSameSeedGivesTheSameRunAloneOrInParallelAndAnotherSeedAnother() throws Exception {
        EpsteinScenario s = Scenarios.of(40, 40, 0.7, 0.04, 7, 0.82, 30, ArrestRatio.ROUND, true, 300, List.of());
        List<List<Census>> alone = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) alone.add(new CivilViolence(s, seed).runToEnd());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Census>>> together = new ArrayList<>();
            for (long seed = 1; seed <= 4; seed++) {
                long k = seed;
                together.add(pool.submit(() -> new CivilViolence(s, k).runToEnd()));
            }
            for (int i = 0; i < 4; i++) assertEquals(alone.get(i), together.get(i).get(), "seed " + (i + 1));
        } finally {
            pool.shutdown();
        }
        assertNotEquals(alone.get(0), alone.get(1));
    }

    @Test
    void leversRefuseBadValuesAndTakeEffectFromTheNextTick() {
        EpsteinScenario s = Scenarios.run2();
        CivilViolence m = new CivilViolence(s, 8);
        m.start();
        assertThrows(IllegalArgumentException.class, () -> m.requestLegitimacy(1.2));
        assertThrows(IllegalArgumentException.class, () -> m.requestLegitimacy(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> m.requestCopDensity(0.31), "0.7 citizens + 0.31 cops do not fit");
        assertThrows(IllegalArgumentException.class, () -> m.requestCopDensity(-0.01));
        m.requestLegitimacy(0.6);
        m.requestCopDensity(0.02);
        assertEquals(0.82, m.legitimacy(), "not before the next tick");
        step(m);
        assertEquals(0.6, m.census().legitimacy());
        assertEquals(32, m.census().cops());
        m.requestCopDensity(0.3);
        step(m);
        assertEquals(480, m.census().cops());
        assertEquals(s.citizenCount(), m.census().citizens());
    }

    @Test
    void aScriptedChangeMovesItsLeverTickByTick() {
        List<Change> changes = List.of(new Change(Lever.COP_DENSITY, 11, 10, 0.0, "test"),
                new Change(Lever.LEGITIMACY, 5, 1, 0.7, "test"));
        EpsteinScenario s = Scenarios.of(40, 40, 0.7, 0.04, 7, 0.82, 30, ArrestRatio.ROUND, true, 30, changes);
        List<Census> h = new CivilViolence(s, 2).runToEnd();
        assertEquals(0.82, h.get(4).legitimacy());
        assertEquals(0.7, h.get(5).legitimacy(), "the jump before tick 5");
        assertEquals(64, h.get(10).cops());
        for (int t = 11; t <= 20; t++) {
            assertEquals(Math.round(1600 * 0.04 * (20 - t) / 10.0), h.get(t).cops(), "tick " + t);
        }
        assertEquals(0, h.get(30).cops());
    }
}
