package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.CombatParams;
import org.sahelsim.model.params.ForceParams;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Mali;

/**
 * Combat's statistics: air power deters massing, and with it fewer engagements; the Poisson
 * sampler has the right mean and variance.
 */
class CombatTest {
    private static final Geography MAP = Mali.map();
    /** A map of several blocks of cells ({@link CellSweep}). */
    private static final Geography FINE = Rasteriser.build(MaliAtlas.load(), 0.1);
    private static final Scenario DEFAULT = Mali.defaultScenario().scenario();

    /** Engagements fought, and how many of them were set battles. */
    record Tally(long engagements, long setBattles, long cellsFought) {
    }

    /**
     * France against JNIM on the whole map, the default scenario's forces and combat, with
     * France's air power set to {@code air}. Each of {@code weeks} weeks starts from the same
     * deployment (random per seed, 20–500 a side in a cell, either side up to 25× the other), so
     * the weeks are independent draws of one situation.
     */
    private static Tally fight(double air, long seed, int weeks) {
        return fight(withEvadedContact(DEFAULT.combat(), 1), air, seed, weeks);
    }

    /** The default combat with insurgents facing a superior column fighting {@code evadedContact} as often. */
    static CombatParams withEvadedContact(CombatParams p, double evadedContact) {
        return new CombatParams(p.contactRate(), p.lanchesterFire(), p.deitchmanAreaFire(), p.deitchmanAimedFire(), p.battleDays(),
                p.ambushDays(), p.committedShare(), p.massingThreshold(), p.terrainCover(), p.engagedPresence(), p.exchangeClamp(),
                p.maxWeeklyLoss(), p.insurgentInitiative(), p.evadeRatio(), evadedContact, p.source());
    }

    /** An empty map with France and JNIM as the default scenario arms them, at war. */
    private static WorldState franceAgainstJnim() {
        WorldState w = new WorldState(MAP);
        for (Force f : new Force[] {Force.FRANCE, Force.JNIM}) {
            ForceParams fp = DEFAULT.forces().of(f);
            int i = f.ordinal();
            w.quality[i] = fp.quality();
            w.isr[i] = fp.isr();
            w.engagement[i] = fp.engagement();
            w.civilianHarm[i] = fp.civilianHarm();
            w.airPower[i] = fp.airPower();
        }
        w.hostile[Side.STATE.ordinal()][Side.JNIM.ordinal()] = true;
        w.hostile[Side.JNIM.ordinal()][Side.STATE.ordinal()] = true;
        return w;
    }

    private static Tally fight(CombatParams p, double air, long seed, int weeks) {
        Random layout = new Random(seed);
        double[] france = new double[MAP.cellCount()];
        double[] jnim = new double[MAP.cellCount()];
        for (int c = 0; c < france.length; c++) {
            france[c] = 20 + 480 * layout.nextDouble();
            jnim[c] = 20 + 480 * layout.nextDouble();
        }
        return fight(p, air, seed, weeks, france, jnim);
    }

    /** France against JNIM, each week from the deployment given, France's air power {@code air}. */
    private static Tally fight(CombatParams p, double air, long seed, int weeks, double[] france, double[] jnim) {
        WorldState w = franceAgainstJnim();
        w.airPower[Force.FRANCE.ordinal()] = air;
        Combat combat = new Combat(p);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        long engagements = 0;
        long set = 0;
        long cells = 0;
        for (int week = 0; week < weeks; week++) {
            System.arraycopy(france, 0, w.presence[Force.FRANCE.ordinal()], 0, w.cells);
            System.arraycopy(jnim, 0, w.presence[Force.JNIM.ordinal()], 0, w.cells);
            w.recountStrength();
            java.util.Arrays.fill(w.violence, 0);
            java.util.Arrays.fill(w.lastEngagementSetBattle, false);
            int k = combat.week(w, random);
            engagements += k;
            for (int c = 0; c < w.cells; c++) {
                if (w.violence[c] == 0) continue;
                cells++;
                if (w.lastEngagementSetBattle[c]) set++;
            }
        }
        return new Tally(engagements, set, cells);
    }

    /**
     * Air power deters massing and with it engagements: the massing choice alone, with insurgents
     * that do not disperse before a superior column (dispersal cuts the fights where the regular
     * side is strongest, which leaves set battles a larger share of those fought and would hide
     * the choice this measures; it has its own test below).
     */
    @Test
    void airPowerDetersMassingAndEngagements() {
        long seeds = 20;
        int weeks = 10;
        long withoutAir = 0;
        long withAir = 0;
        double setShareWithout = 0;
        double setShareWith = 0;
        for (long seed = 0; seed < seeds; seed++) {
            Tally none = fight(1.0, seed, weeks);
            Tally strong = fight(DEFAULT.forces().france().airPower(), seed, weeks);
            withoutAir += none.engagements();
            withAir += strong.engagements();
            setShareWithout += none.setBattles() / (double) none.cellsFought();
            setShareWith += strong.setBattles() / (double) strong.cellsFought();
        }
        double meanWithout = withoutAir / (double) (seeds * weeks);
        double meanWith = withAir / (double) (seeds * weeks);
        assertTrue(setShareWith / seeds < 0.5 * setShareWithout / seeds,
                "set battles: " + setShareWith / seeds + " of fights with air power, " + setShareWithout / seeds + " without");
        assertTrue(meanWith < meanWithout, "engagements a week: " + meanWith + " with air power, " + meanWithout + " without");
    }

    /**
     * Losing the defender's aircraft never makes the insurgents attack less often, even where it
     * lets them mass. With France and JNIM even in every cell (20 a side, small bands), JNIM's
     * square-law ratio is 0.55/0.9 = 0.61 without air power, above the massing threshold (0.6),
     * and a third of that with France's 3.0: it masses without the aircraft and ambushes with
     * them. Its set battles cost it more than France (exchange 0.6), its ambushes on so few
     * regulars cost France more than it, aircraft or not; when the rate of attack read the form
     * chosen, the aircraft's going cut the engagements (the exit from Mali a non-event, ODD 9).
     * Read from the better form, the engagements without air power are at least those with it,
     * and the set battles are there.
     */
    @Test
    void losingAirPowerNeverMakesInsurgentsAttackLessOften() {
        CombatParams p = withEvadedContact(DEFAULT.combat(), 1);
        long seeds = 20;
        int weeks = 10;
        long withoutAir = 0;
        long withAir = 0;
        long setWithout = 0;
        long setWith = 0;
        for (long seed = 0; seed < seeds; seed++) {
            Tally none = fightEven(p, 1.0, seed, weeks);
            Tally strong = fightEven(p, DEFAULT.forces().france().airPower(), seed, weeks);
            withoutAir += none.engagements();
            withAir += strong.engagements();
            setWithout += none.setBattles();
            setWith += strong.setBattles();
        }
        assertTrue(setWith == 0 && setWithout > 0, "cells ending in set battles: " + setWith + " with air power, " + setWithout + " without");
        // Poisson counts of some thousands: 5% is many standard deviations of their difference.
        assertTrue(withoutAir >= 0.95 * withAir, "engagements: " + withoutAir + " without air power, " + withAir + " with");
    }

    /** France and JNIM 20 a side in every cell, each week from that same deployment. */
    private static Tally fightEven(CombatParams p, double air, long seed, int weeks) {
        double[] even = new double[MAP.cellCount()];
        java.util.Arrays.fill(even, 20);
        return fight(p, air, seed, weeks, even, even);
    }

    /**
     * Insurgents disperse before a column that outguns them: where France has ten times JNIM's
     * numbers in every cell (square law: a hundred times its fire or more), the engagements and
     * JNIM's losses fall to about {@code evaded_contact} of what they are when JNIM stands, and
     * where the two are even nothing changes.
     */
    @Test
    void insurgentsDisperseBeforeASuperiorColumnAndLoseLess() {
        CombatParams dispersing = DEFAULT.combat();
        CombatParams standing = withEvadedContact(dispersing, 1);
        double[] superior = evade(dispersing, standing, 500, 50);
        assertTrue(superior[0] < 0.5 * superior[1], "engagements: " + superior[0] + " dispersing, " + superior[1] + " standing");
        assertTrue(superior[2] < 0.5 * superior[3], "JNIM's losses: " + superior[2] + " dispersing, " + superior[3] + " standing");
        double[] even = evade(dispersing, standing, 100, 100);
        assertEquals(even[1], even[0], 0.0, "engagements between even forces");
        assertEquals(even[3], even[2], 0.0, "JNIM's losses between even forces");
    }

    /** Engagements and JNIM's losses over 20 seeds of a week, dispersing and standing: {dispersing, standing, lost dispersing, lost standing}. */
    private static double[] evade(CombatParams dispersing, CombatParams standing, double france, double jnim) {
        double[] out = new double[4];
        for (long seed = 0; seed < 20; seed++) {
            for (int k = 0; k < 2; k++) {
                WorldState w = franceAgainstJnim();
                w.airPower[Force.FRANCE.ordinal()] = 1;
                java.util.Arrays.fill(w.presence[Force.FRANCE.ordinal()], france);
                java.util.Arrays.fill(w.presence[Force.JNIM.ordinal()], jnim);
                w.recountStrength();
                double before = w.strength[Force.JNIM.ordinal()];
                out[k] += new Combat(k == 0 ? dispersing : standing).week(w, new MersenneTwisterFast(seed));
                out[2 + k] += before - w.strength[Force.JNIM.ordinal()];
            }
        }
        return out;
    }

    /**
     * Settling the pairs of a cell together by their bounds, one draw a cell ({@link
     * CellEngagements}), keeps the distribution of drawing each pair on its own at its exact
     * rate: with every force of the default scenario spread over the map (thin in most cells,
     * thick in a few, so that the cell's draw, the candidates' thinning and the pairs drawn whole
     * above Knuth's limit are all taken), the same week played many times each way gives the
     * same mean engagements and the same mean losses of each force, within four standard errors
     * of the difference (seeded, so the test gives the same answer every time).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void settlingPairsTogetherKeepsTheDistribution(long seed) {
        int weeks = 120;
        double[][] together = playWeeks(seed, true, weeks, 1000 + seed);
        double[][] apart = playWeeks(seed, false, weeks, 2000 + seed);
        assertSameMeans(together, "together", apart, "apart");
    }

    /**
     * Each measure of {@code a} (the engagements, then each force's losses, by week) has the mean of
     * {@code b}'s within four standard errors of the difference, and some pairs fought in {@code a}.
     */
    private static void assertSameMeans(double[][] a, String aName, double[][] b, String bName) {
        for (int m = 0; m < a.length; m++) {
            double meanA = mean(a[m]);
            double meanB = mean(b[m]);
            double se = Math.sqrt(variance(a[m]) / a[m].length + variance(b[m]) / b[m].length);
            String what = m == 0 ? "engagements" : "losses of " + Force.of(m - 1);
            assertTrue(Math.abs(meanA - meanB) <= 4 * se + 1e-9, what + ": " + meanA + " " + aName + " against " + meanB + " " + bName + " (se " + se + ")");
        }
        assertTrue(mean(a[0]) > 0, "some pairs fought");
    }

    /**
     * Drawing each fixed block of cells from its own random numbers keeps the distribution of
     * one random stream in the cells' order, and gives the same bits on one thread or three: on a
     * map of several blocks (0.1°, six), every force spread over it, the same week played 120
     * times each way gives the same mean engagements and the same mean losses of each force,
     * within four standard errors of the difference (seeded).
     */
    @Test
    void eachBlocksOwnStreamKeepsTheDistributionOnAnyThreads() {
        int weeks = 120;
        double[][] blocks = new double[1 + Force.COUNT][weeks];
        double[][] one = new double[1 + Force.COUNT][weeks];
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        MersenneTwisterFast single = new MersenneTwisterFast(12);
        Combat combat = new Combat(DEFAULT.combat());
        Combat threaded = new Combat(DEFAULT.combat());
        assertTrue(FINE.cellCount() > 4 * 2048, "several blocks");
        for (int week = 0; week < weeks; week++) {
            long seed = random.nextLong();
            WorldState w = spread(FINE, 3);
            WorldState w3 = spread(FINE, 3);
            w3.sweepCellsWith(CellSweep.on(3));
            blocks[0][week] = combat.week(w, new MersenneTwisterFast(seed));
            assertEquals(blocks[0][week], threaded.week(w3, new MersenneTwisterFast(seed)), "the same engagements on three threads");
            for (int f = 0; f < Force.COUNT; f++) {
                blocks[1 + f][week] = w.troops.killed[f];
                assertEquals(Double.doubleToLongBits(w.troops.killed[f]), Double.doubleToLongBits(w3.troops.killed[f]), "the same losses on three threads");
            }
            assertEquals(Double.doubleToLongBits(w.weekCivilianFatalities), Double.doubleToLongBits(w3.weekCivilianFatalities));
            WorldState w1 = spread(FINE, 3);
            one[0][week] = combat.week(w1, single, b -> single);
            for (int f = 0; f < Force.COUNT; f++) one[1 + f][week] = w1.troops.killed[f];
        }
        assertSameMeans(blocks, "by blocks", one, "in one stream");
    }

    /**
     * The same week from {@link #spread} played {@code weeks} times, each from the same
     * deployment with its own random stream: the engagements and each force's losses, by week.
     */
    private static double[][] playWeeks(long seed, boolean early, int weeks, long streams) {
        double[][] out = new double[1 + Force.COUNT][weeks];
        Combat combat = new Combat(DEFAULT.combat());
        combat.settleEarly = early;
        MersenneTwisterFast random = new MersenneTwisterFast(streams);
        for (int week = 0; week < weeks; week++) {
            WorldState w = spread(seed);
            out[0][week] = combat.week(w, random);
            for (int f = 0; f < Force.COUNT; f++) out[1 + f][week] = w.troops.killed[f];
        }
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return s / (v.length - 1);
    }

    /** The default scenario's forces, each spread at random over the map: mostly thin, one cell in fifty thick. */
    private static WorldState spread(long seed) {
        return spread(MAP, seed);
    }

    private static WorldState spread(Geography map, long seed) {
        WorldState w = new WorldState(map);
        Random layout = new Random(seed);
        for (Force f : Force.values()) {
            ForceParams fp = DEFAULT.forces().of(f);
            int i = f.ordinal();
            w.quality[i] = fp.quality();
            w.isr[i] = fp.isr();
            w.engagement[i] = fp.engagement();
            w.civilianHarm[i] = fp.civilianHarm();
            w.airPower[i] = fp.airPower();
            for (int c = 0; c < w.cells; c++) {
                double u = layout.nextDouble();
                w.presence[i][c] = u < 0.3 ? 0 : u < 0.98 ? 20 * layout.nextDouble() : 5000 * layout.nextDouble();
            }
        }
        for (int a = 0; a < Side.COUNT; a++) {
            for (int b = 0; b < Side.COUNT; b++) w.hostile[a][b] = a != b;
        }
        w.recountStrength();
        return w;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.7, 3.0, 12.5, 29.0, 31.0, 80.0, 400.0})
    void poissonDrawsHaveTheRightMeanAndVariance(double mean) {
        int n = 100_000;
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        double sum = 0;
        double sumSq = 0;
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            int k = Combat.poisson(random, mean);
            assertTrue(k >= 0);
            sum += k;
            sumSq += (double) k * k;
            if (k == 0) zeros++;
        }
        double m = sum / n;
        double var = sumSq / n - m * m;
        // Five standard errors: of the mean, sqrt(λ/n); of the variance, sqrt((λ + 2λ²)/n).
        assertEquals(mean, m, 5 * Math.sqrt(mean / n), "mean");
        assertEquals(mean, var, 5 * Math.sqrt((mean + 2 * mean * mean) / n), "variance");
        double p0 = Math.exp(-mean);
        assertEquals(p0, zeros / (double) n, 5 * Math.sqrt(p0 * (1 - p0) / n) + 1e-9, "P(0)");
    }

    @Test
    void poissonOfNothingIsZero() {
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, Combat.poisson(random, 0));
            assertEquals(0, Combat.poisson(random, -1));
        }
    }
}
