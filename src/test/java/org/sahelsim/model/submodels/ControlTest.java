package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ControlParams;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Mali;

/** Competitive control: shares stay shares, presence wins ground, and the national shares add up. */
class ControlTest {
    private static final Geography MAP = Mali.map();

    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    /** Random parameters within their declared bounds, the contested weight sometimes zero. */
    private static ControlParams randomParams(Random rnd) {
        return new ControlParams(0.01 + rnd.nextDouble(), 0.01 + rnd.nextDouble(), 2 * rnd.nextDouble(), 2 * rnd.nextDouble(), 2 * rnd.nextDouble(),
                2 * rnd.nextDouble(), rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble(), 0.9 * rnd.nextDouble(),
                5 * rnd.nextDouble(), 1 + 25 * rnd.nextDouble(), 0, 0.5 * rnd.nextDouble(), null, "test");
    }

    /** A point in the simplex: {@code n} non-negative shares summing to at most 1 (the rest contested). */
    private static void randomShares(Random rnd, double[][] into, int cell) {
        double[] x = new double[into.length + 1];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextInt(5) == 0 ? 0 : -Math.log(1 - rnd.nextDouble());
            sum += x[i];
        }
        for (int i = 0; i < into.length; i++) into[i][cell] = sum > 0 ? x[i] / sum : 0;
    }

    private static WorldState randomWorld(Random rnd) {
        WorldState w = new WorldState(MAP);
        for (int f = 0; f < Force.COUNT; f++) w.quality[f] = rnd.nextDouble();
        for (int c = 0; c < w.cells; c++) {
            randomShares(rnd, w.control, c);
            randomShares(rnd, w.support, c);
            w.stateMayOperate[c] = rnd.nextInt(10) != 0;
            for (int f = 0; f < Force.COUNT; f++) {
                // Empty most of the time, sometimes far more than the cell's capacity.
                w.presence[f][c] = rnd.nextInt(3) == 0 ? Math.pow(10, 5 * rnd.nextDouble()) : 0;
            }
        }
        return w;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sharesStayInTheSimplex(long seed) {
        Random rnd = new Random(seed);
        WorldState w = randomWorld(rnd);
        Control control = new Control(randomParams(rnd));
        for (int week = 0; week < 10; week++) {
            control.update(w);
            for (int c = 0; c < w.cells; c++) {
                double sum = 0;
                for (int s = 0; s < Side.COUNT; s++) {
                    double x = w.control[s][c];
                    assertTrue(x >= 0 && x <= 1, "control of " + Side.of(s) + " in cell " + c + " is " + x);
                    sum += x;
                }
                assertTrue(sum <= 1 + 1e-12, "cell " + c + " shares sum to " + sum);
            }
        }
    }

    /** With no contested weight, a cell where nobody exerts any influence must stay contested, not turn NaN. */
    @Test
    void anEmptyCellStaysContestedWithoutAContestedWeight() {
        WorldState w = new WorldState(MAP);
        new Control(new ControlParams(0.1, 0.03, 1, 0.5, 0.4, 0.2, 0, 0.05, 0.5, 0, 0, 1, 0, 0.25, null, "test")).update(w);
        for (int s = 0; s < Side.COUNT; s++) {
            for (int c = 0; c < w.cells; c++) assertEquals(0.0, w.control[s][c], 0.0, "cell " + c);
        }
    }

    /**
     * A side that floods a cell held by another with a hundred times the troops that count as
     * full presence, while the holder leaves, takes it over within a couple of years.
     */
    @ParameterizedTest
    @EnumSource(Side.class)
    void overwhelmingPresenceComesToDominate(Side side) {
        ControlParams p = Mali.defaultScenario().scenario().control();
        Side holder = side == Side.STATE ? Side.JNIM : Side.STATE;
        WorldState w = new WorldState(MAP);
        java.util.Arrays.fill(w.quality, 1.0);
        int c = MAP.town("mopti").cell();
        w.control[holder.ordinal()][c] = 0.9;
        for (int k = 0; k < MAP.neighbourCount(c); k++) w.control[holder.ordinal()][MAP.neighbour(c, k)] = 0.9;
        Force force = java.util.Arrays.stream(Force.values()).filter(f -> f.side() == side).findFirst().orElseThrow();
        w.presence[force.ordinal()][c] = 100 * Math.max(p.troopsPerKm2(), p.insurgentTroopsPerKm2()) * MAP.areaKm2(c);
        assertSame(holder, w.dominant(c, p.dominance()));
        Control control = new Control(p);
        for (int week = 0; week < 104; week++) control.update(w);
        assertSame(side, w.dominant(c, p.dominance()), "after two years: " + side + " holds "
                + w.control[side.ordinal()][c] + ", " + holder + " " + w.control[holder.ordinal()][c]);
    }

    /**
     * The state's forces in strength in a separatist cell take it when the two are at war, and
     * leave the separatists' hold alone under a truce: a truce stops the guns, in combat and in
     * the contest for control.
     */
    @Test
    void aTrucePartnersForcesDoNotTakeACell() {
        ControlParams p = Mali.defaultScenario().scenario().control();
        int c = MAP.town("kidal").cell();
        double[] held = new double[2];
        for (int k = 0; k < 2; k++) {
            boolean war = k == 1;
            WorldState w = new WorldState(MAP);
            java.util.Arrays.fill(w.quality, 1.0);
            for (int s = 0; s < Side.COUNT; s++) for (int t = 0; t < Side.COUNT; t++) w.hostile[s][t] = s != t;
            w.hostile[Side.STATE.ordinal()][Side.SEPARATISTS.ordinal()] = war;
            w.hostile[Side.SEPARATISTS.ordinal()][Side.STATE.ordinal()] = war;
            w.control[Side.SEPARATISTS.ordinal()][c] = 0.9;
            w.support[Side.SEPARATISTS.ordinal()][c] = 0.5;
            w.presence[Force.SEPARATISTS.ordinal()][c] = 0.2 * p.insurgentTroopsPerKm2() * MAP.areaKm2(c);
            w.presence[Force.FRANCE.ordinal()][c] = 2 * p.troopsPerKm2() * MAP.areaKm2(c);
            Control control = new Control(p);
            for (int week = 0; week < 104; week++) control.update(w);
            held[k] = w.control[Side.SEPARATISTS.ordinal()][c];
        }
        assertTrue(held[0] > p.dominance(), "under a truce the separatists keep the cell: " + held[0]);
        assertTrue(held[1] < p.dominance(), "at war they lose it: " + held[1]);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void nationalAndRegionalSharesSumToOne(long seed) {
        Random rnd = new Random(1000 + seed);
        WorldState w = randomWorld(rnd);
        double dominance = 0.2 + 0.8 * rnd.nextDouble();
        for (boolean byPopulation : new boolean[] {false, true}) {
            for (int region = -1; region < MAP.regions().size(); region++) {
                double[] shares = Control.shares(w, dominance, byPopulation, region);
                assertEquals(Side.COUNT + 1, shares.length);
                double sum = 0;
                for (double x : shares) {
                    assertTrue(x >= 0 && x <= 1 + 1e-12);
                    sum += x;
                }
                assertEquals(1.0, sum, 1e-12, "region " + region + (byPopulation ? " by population" : " by area"));
            }
        }
    }

    @Test
    void sharesWeighCellsByArea() {
        WorldState w = new WorldState(MAP);
        int kidal = MAP.regionIndex("kidal");
        double area = 0;
        double total = MAP.totalAreaKm2();
        for (int c = 0; c < w.cells; c++) {
            if (MAP.region(c) == kidal) {
                w.control[Side.SEPARATISTS.ordinal()][c] = 0.8;
                area += MAP.areaKm2(c);
            }
        }
        double[] national = Control.shares(w, 0.5, false, -1);
        assertEquals(area / total, national[Side.SEPARATISTS.ordinal()], 1e-12);
        assertEquals(1 - area / total, national[Side.COUNT], 1e-12, "the rest is contested");
        assertEquals(1.0, Control.shares(w, 0.5, false, kidal)[Side.SEPARATISTS.ordinal()], 1e-12);
    }
}
