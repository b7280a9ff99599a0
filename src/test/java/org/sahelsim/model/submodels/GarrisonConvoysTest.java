package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.EmptyWorld;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.TestWeeks;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.params.GarrisonSupplyParams;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The state's garrisons supplied by road from Bamako (ODD §7.10): the chance a convoy gets
 * through in closed form, a garrison the roads cannot reach withdrawn in the week its stores fall
 * to {@code abandon_days} with its troops conserved, the roads open refilling every garrison, and
 * no convoy leaving a Bamako down to its security stock.
 */
class GarrisonConvoysTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5")).scenario();
    private static final GarrisonSupplyParams RULE = new GarrisonSupplyParams(true, 1, 0.3, 14, null);

    private WorldState w;
    private final MersenneTwisterFast random = new MersenneTwisterFast(11);
    private final EventLog log = new EventLog();
    private Supply supply;

    @BeforeEach
    void emptyWorld() {
        w = EmptyWorld.of(SCENARIO, GEO);
        Arrays.fill(w.airPower, 1);
        Arrays.fill(w.roadDanger, 0);
        w.bamakoStockDays = SCENARIO.fuel().targetStockDays();
        w.escortConvoys = false;
        w.recountStrength();
        supply = new Supply(SCENARIO.operations(), SCENARIO.fuel(), new Routs(null), RULE);
    }

    private Week week(long tick) {
        return TestWeeks.monthStart(tick, SCENARIO.period().start(), random, log);
    }

    private int place(String id) {
        int q = GEO.placeIndex(id);
        assertTrue(q >= 0, id + " is a place");
        return q;
    }

    private void hold(int q, double troops) {
        w.places.garrison[Force.FAMA.ordinal()][q] = troops;
        w.places.holder[q] = Side.STATE.ordinal();
        w.recountStrength();
    }

    @Test
    void aCellsSurvivalIsOneLessItsDangerTimesTheEscortAndTheLossPerHit() {
        assertEquals(1 - 0.2 * 0.4 * 0.5, GarrisonConvoys.cellSurvival(0.2, 0.4, 0.5), 1e-12);
        assertEquals(1, GarrisonConvoys.cellSurvival(0, 1, 0.5), 1e-12);
        assertEquals(0.5, GarrisonConvoys.cellSurvival(3, 1, 0.5), 1e-12, "a danger above 1 counts as 1");
    }

    /** With the same danger d on every road cell, a convoy reaches a node with (1 − d × loss_per_hit)^k, k the fewest road cells on a route to it. */
    @Test
    void underAnEvenDangerTheChanceIsTheSurvivalPowerTheFewestCellsOnARoute() {
        double d = 0.1;
        Arrays.fill(w.roadDanger, d);
        GarrisonConvoys convoys = new GarrisonConvoys(RULE, SCENARIO.fuel(), new Routs(null));
        int bamako = GEO.roads().nodeIndex("bamako");
        double[] chance = convoys.reach(w, bamako, 1, new double[GEO.roads().nodes().size()]);
        double[] cellCount = new double[GEO.roads().segments().size()];
        for (int s = 0; s < cellCount.length; s++) cellCount[s] = GEO.roads().segments().get(s).cells().length;
        double[] fewest = new double[GEO.roads().nodes().size()];
        GEO.roads().shortestPaths(bamako, cellCount, fewest);
        double survive = 1 - d * SCENARIO.fuel().lossPerHit();
        int checked = 0;
        for (String id : List.of("segou", "mopti", "gao", "kayes", "sikasso")) {
            int node = GEO.roads().nodeIndex(id);
            assertTrue(node >= 0 && !Double.isInfinite(fewest[node]), id + " is on the roads from Bamako");
            assertEquals(Math.pow(survive, fewest[node]), chance[node], 1e-12, id);
            assertTrue(chance[node] < 1, id + " lies beyond Bamako's own node");
            checked++;
        }
        assertEquals(1, chance[bamako], 1e-12, "Bamako's depot reaches itself");
        assertEquals(5, checked);
    }

    @Test
    void withTheRoadsOpenEveryGarrisonIsRefilled() {
        int gao = place("gao");
        int mopti = place("mopti");
        hold(gao, 300);
        hold(mopti, 300);
        for (long t = 1; t <= 20; t++) supply.step(w, week(t));
        assertEquals(w.places.supplyCapacity[gao], w.places.supplyDays[gao], 1e-9);
        assertEquals(w.places.supplyCapacity[mopti], w.places.supplyDays[mopti], 1e-9);
        assertFalse(w.places.cutOff[gao]);
        assertTrue(log.events().stream().noneMatch(e -> e.type().equals("garrison_withdrawn")), log.events().toString());
    }

    /** Every road deadly: the garrison eats 7 days a week and is withdrawn in the week its stores fall to abandon_days; its troops go to the field. */
    @Test
    void aGarrisonTheRoadsCannotReachIsWithdrawnWhenItsStoresFallToTheLine() {
        Arrays.fill(w.roadDanger, 1);
        // Loss per hit 0.5: each cell passes half the convoys; Gao lies many cells from Bamako.
        int gao = place("gao");
        hold(gao, 300);
        double capacity = w.places.supplyCapacity[gao];
        double before = w.strength[Force.FAMA.ordinal()];
        long withdrawn = -1;
        for (long t = 1; t <= 40 && withdrawn < 0; t++) {
            supply.step(w, week(t));
            if (w.places.holder[gao] == Places.NOBODY) withdrawn = t;
            else assertTrue(w.places.cutOff[gao], "week " + t + ": cut off");
        }
        long expected = (long) Math.ceil((capacity - RULE.abandonDays()) / 7);
        assertEquals(expected, withdrawn, "stores " + capacity + " days, withdrawn at " + RULE.abandonDays());
        double field = 0;
        for (double x : w.presence[Force.FAMA.ordinal()]) field += x;
        assertEquals(300, field, 1e-9, "the garrison's troops are in the field");
        w.recountStrength();
        assertEquals(before, w.strength[Force.FAMA.ordinal()], 1e-9, "no troop lost");
        assertTrue(log.events().stream().anyMatch(e -> e.type().equals("garrison_withdrawn")), log.events().toString());
    }

    @Test
    void aCutOffGarrisonProjectsTheShareOfItsStoresLeft() {
        Arrays.fill(w.roadDanger, 1);
        int gao = place("gao");
        hold(gao, 300);
        supply.step(w, week(1));
        supply.step(w, week(2));
        Projection projection = new Projection(GEO, SCENARIO.places());
        assertEquals(w.places.supplyDays[gao] / w.places.supplyCapacity[gao], projection.kept(w.places, gao), 1e-12);
        assertTrue(projection.kept(w.places, gao) < 1);
    }

    @Test
    void noConvoyLeavesABamakoDownToItsSecurityStockButTheCapitalKeepsItsOwn() {
        w.bamakoStockDays = SCENARIO.fuel().securityStockDays();
        int segou = place("segou");
        int bamako = place("bamako");
        hold(segou, 300);
        hold(bamako, 2000);
        supply.step(w, week(1));
        assertTrue(w.places.cutOff[segou], "Ségou gets no convoy with the roads open");
        assertEquals(w.places.supplyCapacity[segou] - 7, w.places.supplyDays[segou], 1e-9);
        assertFalse(w.places.cutOff[bamako]);
        assertEquals(w.places.supplyCapacity[bamako], w.places.supplyDays[bamako], 1e-9);
    }

    /** The airlift goes to the places worth most first, each its whole week, until it runs out. */
    @Test
    void theAirliftGoesToTheGarrisonsWorthMostFirst() {
        double[] given = GarrisonConvoys.airlift(35, new double[] {10, 0, 30, 20}, new double[] {1, 5, 3, 2});
        assertEquals(0, given[0], 1e-12, "the least worth gets what is left: nothing");
        assertEquals(0, given[1], 1e-12, "a place that needs nothing gets nothing");
        assertEquals(30, given[2], 1e-12, "the most worth of those in need: its whole week");
        assertEquals(5, given[3], 1e-12, "the next: what is left");
    }

    @Test
    void aWithdrawnGarrisonFallsBackToTheNearestPlaceTheConvoysStillReach() {
        int gao = place("gao");
        int ansongo = place("ansongo");
        int mopti = place("mopti");
        hold(gao, 300);
        hold(ansongo, 100);
        hold(mopti, 300);
        w.places.cutOff[gao] = true;
        assertEquals(w.places.place(mopti).cell(), GarrisonConvoys.fallBack(w, ansongo), "Gao, nearer, is cut off: Mopti");
        w.places.cutOff[gao] = false;
        assertEquals(w.places.place(gao).cell(), GarrisonConvoys.fallBack(w, ansongo), "Gao, reached again, is nearest");
    }
}
