package org.sahelsim.model.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.EmptyWorld;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.operations.Planner;
import org.sahelsim.model.operations.Reach;
import org.sahelsim.model.params.HinterlandParams;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.CellSweep;
import org.sahelsim.model.submodels.Deployment;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The ground across the border (ODD §7.2), against closed forms in an empty world: the cells of
 * the band along the border stand for as much ground across it at the density given, and a group
 * counts those people in its ceiling, its levy and its recruits as far as it holds the cells.
 */
class HinterlandTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5")).scenario();
    private static final HinterlandParams NIGER = new HinterlandParams(List.of("niger"), 60, 30, null);

    private WorldState w;
    private int border;
    private int inland;

    @BeforeEach
    void stage() {
        w = EmptyWorld.of(SCENARIO, GEO);
        for (double[] c : w.control) Arrays.fill(c, 0);
        for (double[] c : w.administration) Arrays.fill(c, 0);
        for (double[] c : w.support) Arrays.fill(c, 0);
        Arrays.fill(w.fuelPrice, w.normalFuelPrice);
        boolean[] band = GEO.nearBorder("niger", 60);
        border = -1;
        for (int c = 0; c < GEO.cellCount() && border < 0; c++) if ("niger".equals(GEO.borderCountry(c))) border = c;
        inland = GEO.places().get(GEO.placeIndex("mopti")).cell();
        assertTrue(border >= 0 && band[border] && !band[inland]);
    }

    @Test
    void aCellOfTheBandStandsForAsMuchGroundAcrossTheBorder() {
        Hinterland across = Hinterland.of(GEO, NIGER);
        assertEquals(30 * GEO.areaKm2(border), across.people(border), 1e-9);
        assertEquals(0, across.people(inland));
        assertEquals(0, Hinterland.none().people(border));
        assertEquals(0, Hinterland.of(GEO, null).people(border));
    }

    @Test
    void aCountryTheMapDoesNotTouchIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hinterland.of(GEO, new HinterlandParams(List.of("chad"), 60, 30, null)));
        assertTrue(e.getMessage().contains("chad"), e.getMessage());
    }

    @Test
    void theLevyCountsThePeopleAcrossAsFarAsTheGroupHoldsTheBorderCell() {
        Hinterland across = Hinterland.of(GEO, NIGER);
        WarChest chest = new WarChest(0.5, 100, 0.8);
        int is = Side.IS_SAHEL.ordinal();
        w.control[is][border] = 0.6;
        w.control[is][inland] = 0.5;
        double people = (GEO.population(border) + across.people(border)) * 0.6 + GEO.population(inland) * 0.5;
        assertEquals(0.5 * people, chest.incomeUsdMonth(w, Side.IS_SAHEL, across), 1e-9 * people);
        assertEquals(0.5 * people / 100, chest.payableFighters(w, Side.IS_SAHEL, across), 1e-9 * people);
        w.control[is][border] = 0;
        assertEquals(0.5 * GEO.population(inland) * 0.5, chest.incomeUsdMonth(w, Side.IS_SAHEL, across), 1e-6,
                "the border lost, the people across pay nothing");
    }

    @Test
    void theCeilingAndTheRecruitsCountThePeopleAcross() {
        Hinterland across = Hinterland.of(GEO, NIGER);
        Planner planner = new Planner(SCENARIO.operations(), SCENARIO.places(), SCENARIO.combat(), Reach.of(GEO, SCENARIO.operations().reachKm()));
        double density = SCENARIO.control().insurgentTroopsPerKm2();
        double armed = 0.004;
        Deployment deployment = new Deployment(GEO, CellSweep.on(1));
        Insurgency plain = new Insurgency(Force.IS_SAHEL, SCENARIO.forces().isSahel(), 1.0, armed, WarChest.unlimited(), density, planner);
        Insurgency withAcross = new Insurgency(Force.IS_SAHEL, SCENARIO.forces().isSahel(), 1.0, armed, WarChest.unlimited(), density, planner)
                .across(across);
        plain.deployedBy(deployment);
        withAcross.deployedBy(deployment);
        int is = Side.IS_SAHEL.ordinal();
        w.control[is][border] = 0.5;
        assertEquals(armed * GEO.population(border) * 0.5, plain.ceiling(w), 1e-9);
        assertEquals(armed * (GEO.population(border) + across.people(border)) * 0.5, withAcross.ceiling(w), 1e-9);

        // Recruits where it stands on the border, with no fighters yet (all headroom): the people
        // across join at the border cell's support and grievance.
        w.support[is][border] = 0.4;
        w.grievanceState[border] = 0.3;
        w.recountStrength();
        plain.recruit(w);
        double fromMali = w.troops.recruited[Force.IS_SAHEL.ordinal()];
        w.troops.clear();
        Arrays.fill(w.presence[Force.IS_SAHEL.ordinal()], 0);
        w.recountStrength();
        withAcross.recruit(w);
        double fromBoth = w.troops.recruited[Force.IS_SAHEL.ordinal()];
        double r = SCENARIO.forces().isSahel().recruitment() * 0.4 * 0.3 * 0.5;
        assertEquals(r * GEO.population(border) / 1000, fromMali, 1e-9);
        assertEquals(r * (GEO.population(border) + across.people(border)) / 1000, fromBoth, 1e-9);
    }
}
