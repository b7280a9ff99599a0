package org.sahelsim.model.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.Force;
import org.sahelsim.model.Initialisation;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * An insurgent group's money against closed forms: the levy of the people it governs, times the
 * economic activity at each cell's fuel price, less the cost of governing its km², pays
 * {@code (income − governing) / fighter cost} fighters; the group's ceiling on recruits is the
 * lesser of that and its men's ceiling.
 */
class WarChestTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5")).scenario();

    private WorldState w;
    private int a;
    private int b;

    @BeforeEach
    void stage() {
        w = Initialisation.world(SCENARIO, GEO, new MersenneTwisterFast(1));
        for (double[] c : w.control) Arrays.fill(c, 0);
        for (double[] c : w.administration) Arrays.fill(c, 0);
        Arrays.fill(w.fuelPrice, w.normalFuelPrice);
        a = GEO.places().get(GEO.placeIndex("mopti")).cell();
        b = GEO.places().get(GEO.placeIndex("segou")).cell();
        int j = Side.JNIM.ordinal();
        w.control[j][a] = 0.8;
        w.administration[j][a] = 0.5;
        w.administration[j][b] = 0.4;
    }

    @Test
    void atTheNormalPriceTheLevyOfTheGovernedPeoplePaysItsFighters() {
        WarChest chest = new WarChest(0.5, 100, 0.8);
        double people = GEO.population(a) * 0.8 + GEO.population(b) * 0.4;
        assertEquals(0.5 * people, chest.incomeUsdMonth(w, Side.JNIM), 1e-6 * people);
        assertEquals(0.5 * people / 100, chest.payableFighters(w, Side.JNIM), 1e-6 * people);
    }

    @Test
    void dearFuelChokesTradeAndTheLevyWithIt() {
        WarChest chest = new WarChest(0.5, 100, 0.8);
        w.fuelPrice[a] = 3 * w.normalFuelPrice;
        double people = GEO.population(a) * 0.8 / (1 + 0.8 * 2) + GEO.population(b) * 0.4;
        assertEquals(0.5 * people, chest.incomeUsdMonth(w, Side.JNIM), 1e-6 * people);
    }

    @Test
    void governingTheGroundIsPaidBeforeTheFighters() {
        WarChest chest = new WarChest(0.5, 100, 0.8, 3);
        double people = GEO.population(a) * 0.8 + GEO.population(b) * 0.4;
        double km2 = GEO.areaKm2(a) * 0.8 + GEO.areaKm2(b) * 0.4;
        assertEquals(3 * km2, chest.governingUsdMonth(w, Side.JNIM), 1e-6 * km2);
        assertEquals(Math.max(0, 0.5 * people - 3 * km2) / 100, chest.payableFighters(w, Side.JNIM), 1e-6 * people);
        // A purse that governing empties pays no one.
        assertEquals(0, new WarChest(0.5, 100, 0.8, 1e6).payableFighters(w, Side.JNIM), 1e-9);
    }

    @Test
    void theCeilingIsTheLesserOfTheMenAndTheMoney() {
        double armedPerPerson = 0.004;
        double people = GEO.population(a) * 0.8 + GEO.population(b) * 0.4;
        var params = SCENARIO.forces().jnim();
        Insurgency rich = new Insurgency(Force.JNIM, params, 1, armedPerPerson, new WarChest(10, 100, 0.8), 0.08, null);
        Insurgency poor = new Insurgency(Force.JNIM, params, 1, armedPerPerson, new WarChest(0.1, 100, 0.8), 0.08, null);
        assertEquals(armedPerPerson * people, rich.ceiling(w), 1e-6 * people);
        assertEquals(0.1 * people / 100, poor.ceiling(w), 1e-6 * people);
        w.strength[Force.JNIM.ordinal()] = 0.1 * people / 100;
        assertEquals(0, poor.headroom(w), 1e-9);
        assertEquals(1 - 0.1 / 100 / armedPerPerson, rich.headroom(w), 1e-9);
    }
}
