package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.EmptyWorld;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The places' projection worked out again only where a place's share changed (ODD §7.9) gives, week
 * after week, the bits of the whole projection worked out afresh: places taken, lost, reinforced,
 * besieged and cut off at random, on a map of several blocks of cells, on one thread and two.
 */
class ProjectionTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.1);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.1")).scenario();

    @Test
    void theProjectionKeptFromWeekToWeekIsTheProjectionWorkedOutAfresh() {
        assertTrue(GEO.cellCount() > 2 * CellSweep.BLOCK, "a map of several blocks: " + GEO.cellCount() + " cells");
        for (int threads : new int[] {1, 2}) weeksOfChanges(threads);
    }

    private static void weeksOfChanges(int threads) {
        WorldState w = EmptyWorld.of(SCENARIO, GEO);
        w.sweepCellsWith(CellSweep.on(threads));
        Places places = w.places;
        int n = places.count();
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        double[] density = {0.5, 0.25, 0.25, 0.25};
        boolean[] counted = new boolean[Force.COUNT];
        for (Force f : Force.values()) counted[f.ordinal()] = f == Force.FAMA || f.side() != Side.STATE;
        Projection kept = new Projection(GEO, SCENARIO.places());
        double[][] all = new double[Side.COUNT][w.cells];
        double[][] own = new double[Side.COUNT][w.cells];
        for (int week = 0; week < 40; week++) {
            // Most weeks change a few places (some none); the first holds half of them.
            int changes = week == 0 ? n / 2 : random.nextInt(6);
            for (int k = 0; k < changes; k++) change(places, random.nextInt(n), random);
            kept.project(w, density, all, counted, own);
            double[][] allAfresh = new double[Side.COUNT][w.cells];
            double[][] ownAfresh = new double[Side.COUNT][w.cells];
            new Projection(GEO, SCENARIO.places()).project(w, density, allAfresh, counted, ownAfresh);
            for (int s = 0; s < Side.COUNT; s++) {
                assertArrayEquals(allAfresh[s], all[s], "week " + week + ", side " + s + ", on " + threads + " thread(s)");
                assertArrayEquals(ownAfresh[s], own[s], "week " + week + ", side " + s + " (own forces), on " + threads + " thread(s)");
            }
        }
    }

    /** Place {@code p} taken by a side or left, its garrison, supplies, siege and roads drawn afresh. */
    private static void change(Places places, int p, MersenneTwisterFast random) {
        for (double[] g : places.garrison) g[p] = 0;
        int s = random.nextInt(Side.COUNT + 1) - 1;
        places.holder[p] = s;
        places.besiegedBy[p] = Places.NOBODY;
        places.cutOff[p] = false;
        if (s == Places.NOBODY) return;
        for (Force f : Force.values()) {
            if (f.side().ordinal() == s && random.nextBoolean()) places.garrison[f.ordinal()][p] = random.nextInt(4) * 150;
        }
        places.supplyDays[p] = places.supplyCapacity[p] * random.nextDouble();
        if (random.nextInt(4) == 0) places.besiegedBy[p] = (s + 1) % Side.COUNT;
        places.cutOff[p] = random.nextInt(4) == 0;
    }
}
