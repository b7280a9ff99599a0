package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Mali;

/** Deployment: planning puts the whole force somewhere; moving never creates or loses troops. */
class DeploymentTest {
    private static final Geography MAP = Mali.map();
    private static final Scenario DEFAULT = Mali.defaultScenario().scenario();
    private static final Deployment DEPLOYMENT = new Deployment(MAP, CellSweep.on(1));

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    private static WorldState randomWorld(Random rnd) {
        WorldState w = new WorldState(MAP);
        for (int s = 0; s < Side.COUNT; s++) {
            for (int t = 0; t < Side.COUNT; t++) w.hostile[s][t] = s != t;
        }
        for (int c = 0; c < w.cells; c++) {
            w.grievanceState[c] = rnd.nextDouble();
            for (int s = 0; s < Side.COUNT; s++) w.control[s][c] = 0.25 * rnd.nextDouble();
            for (int f = 0; f < Force.COUNT; f++) {
                w.presence[f][c] = rnd.nextInt(4) == 0 ? 1000 * rnd.nextDouble() : 0;
                w.plannedPresence[f][c] = rnd.nextInt(3) == 0 ? 1000 * rnd.nextDouble() : 0;
            }
        }
        w.recountStrength();
        return w;
    }

    private static double total(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void movingConservesEachForcesStrength(long seed) {
        Random rnd = new Random(seed);
        WorldState w = randomWorld(rnd);
        for (int week = 0; week < 12; week++) {
            Force force = Force.of(rnd.nextInt(Force.COUNT));
            double rate = rnd.nextInt(5) == 0 ? 1.0 : rnd.nextDouble();
            double[] before = new double[Force.COUNT];
            for (int f = 0; f < Force.COUNT; f++) before[f] = total(w.presence[f]);
            double gapBefore = gapToPlan(w, force);
            DEPLOYMENT.move(w, force, rate);
            for (int f = 0; f < Force.COUNT; f++) {
                assertEquals(before[f], total(w.presence[f]), 1e-9 * Math.max(1, before[f]),
                        Force.of(f) + " after moving " + force + " at rate " + rate);
            }
            for (int c = 0; c < w.cells; c++) assertTrue(w.presence[force.ordinal()][c] >= 0, "negative presence in " + c);
            if (before[force.ordinal()] > 0 && rate > 0) {
                assertTrue(gapToPlan(w, force) <= gapBefore * (1 - rate) + 1e-9 * before[force.ordinal()],
                        "moving closes the share " + rate + " of the gap to the (rescaled) plan");
            }
        }
    }

    /**
     * Moving every force in one step of the map gives each force the bits of the plain loop that
     * moves one force alone (its totals, each cell's step, the rescaling).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void movingAllForcesAtOnceIsMovingEachAlone(long seed) {
        Random rnd = new Random(200 + seed);
        WorldState together = randomWorld(rnd);
        WorldState alone = new WorldState(MAP);
        for (int f = 0; f < Force.COUNT; f++) {
            System.arraycopy(together.presence[f], 0, alone.presence[f], 0, MAP.cellCount());
            System.arraycopy(together.plannedPresence[f], 0, alone.plannedPresence[f], 0, MAP.cellCount());
        }
        double[] rates = new double[Force.COUNT];
        for (int f = 0; f < Force.COUNT; f++) rates[f] = rnd.nextInt(5) == 0 ? 1.0 : rnd.nextDouble();
        new Deployment(MAP, CellSweep.on(2)).move(together, Force.values(), rates);
        for (int f = 0; f < Force.COUNT; f++) moveAlone(alone.presence[f], alone.plannedPresence[f], rates[f]);
        for (int f = 0; f < Force.COUNT; f++) {
            for (int c = 0; c < MAP.cellCount(); c++) {
                assertEquals(Double.doubleToRawLongBits(alone.presence[f][c]), Double.doubleToRawLongBits(together.presence[f][c]),
                        Force.of(f) + " in cell " + c);
            }
        }
    }

    private static void moveAlone(double[] pres, double[] plan, double rate) {
        double before = 0;
        double planned = 0;
        for (int c = 0; c < pres.length; c++) {
            before += pres[c];
            planned += plan[c];
        }
        if (before <= 0 || planned <= 0) return;
        double after = 0;
        for (int c = 0; c < pres.length; c++) {
            pres[c] += rate * (plan[c] * before / planned - pres[c]);
            after += pres[c];
        }
        if (after > 0) {
            double k = before / after;
            for (int c = 0; c < pres.length; c++) pres[c] *= k;
        }
    }

    /** L1 distance between a force's presence and its plan scaled to its strength. */
    private static double gapToPlan(WorldState w, Force force) {
        double[] pres = w.presence[force.ordinal()];
        double[] plan = w.plannedPresence[force.ordinal()];
        double strength = total(pres);
        double planned = total(plan);
        if (planned <= 0) return 0;
        double gap = 0;
        for (int c = 0; c < w.cells; c++) gap += Math.abs(pres[c] - plan[c] * strength / planned);
        return gap;
    }

    /** Every force's plan, under the default scenario's priorities, places exactly its strength, only where allowed. */
    @ParameterizedTest
    @MethodSource("seeds")
    void planningPlacesTheWholeForce(long seed) {
        Random rnd = new Random(100 + seed);
        WorldState w = randomWorld(rnd);
        boolean[] mask = new boolean[w.cells];
        for (int c = 0; c < w.cells; c++) mask[c] = rnd.nextInt(4) != 0;
        mask[MAP.town("bamako").cell()] = true;
        for (Force force : Force.values()) {
            boolean masked = rnd.nextBoolean();
            DEPLOYMENT.plan(w, force, DEFAULT.forces().of(force).priorities(), masked ? mask : null);
            double strength = w.strength[force.ordinal()];
            double[] plan = w.plannedPresence[force.ordinal()];
            assertEquals(strength, total(plan), 1e-9 * Math.max(1, strength), force + "'s plan");
            for (int c = 0; c < w.cells; c++) {
                assertTrue(plan[c] >= 0);
                if (masked && !mask[c] && strength > 0) assertEquals(0.0, plan[c], 0.0, force + " planned into a closed cell " + c);
            }
        }
    }
}
