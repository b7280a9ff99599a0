package org.sahelsim.model.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.EmptyWorld;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.TestWeeks;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Strangle or storm, in a constructed world where the state holds Bamako alone and JNIM's
 * fighters stand around it: under its blockade, with the capital's fuel dear and the capital
 * strongly held, JNIM's assault is charged with the whole squeeze and it strangles (a decision
 * with its numbers); with the fuel near its normal price and the capital weakly held, storming is
 * worth more and it storms (the best way to storm it, an assault or a siege, is the one weighed).
 * Without a blockade nothing is charged.
 */
class StrangleOrStormTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5")).scenario();

    private WorldState w;
    private Planner planner;
    private int bamako;
    private EventLog log;

    @BeforeEach
    void stage() {
        w = EmptyWorld.of(SCENARIO, GEO);
        bamako = GEO.placeIndex("bamako");
        w.places.holder[bamako] = Side.STATE.ordinal();
        w.presence[Force.JNIM.ordinal()][w.places.place(bamako).cell()] = 0;
        int near = neighbourOf(w.places.place(bamako).cell());
        w.presence[Force.JNIM.ordinal()][near] = 20000;
        planner = new Planner(SCENARIO.operations(), SCENARIO.places(), SCENARIO.combat(), Reach.of(GEO, SCENARIO.operations().reachKm()));
        log = new EventLog();
    }

    /** A cell next to {@code cell} (the fighters stand outside the city, as they would). */
    private static int neighbourOf(int cell) {
        double lon = GEO.lon(cell);
        double lat = GEO.lat(cell);
        int c = GEO.cellAt(lon + GEO.cellDegrees(), lat);
        return c >= 0 ? c : GEO.cellAt(lon - GEO.cellDegrees(), lat);
    }

    private void garrison(double troops, double priceRatio, boolean blockade) {
        w.places.garrison[Force.FAMA.ordinal()][bamako] = troops;
        w.recountStrength();
        w.bamakoPrice = priceRatio * w.normalFuelPrice;
        if (blockade) w.blockade.declare(new int[0], null, null);
    }

    private Planner.Option assault() {
        for (Planner.Option o : planner.menu(w, TestWeeks.monthStart(0, SCENARIO.period().start(), new MersenneTwisterFast(3), log), Side.JNIM,
                List.of(Force.JNIM), new double[w.places.count()])) {
            if (o.place() == bamako && o.kind() == OperationKind.ASSAULT) return o;
        }
        throw new AssertionError("no assault on Bamako in JNIM's menu");
    }

    private String decision() {
        planner.plan(w, TestWeeks.monthStart(0, SCENARIO.period().start(), new MersenneTwisterFast(3), log), Side.JNIM, List.of(Force.JNIM));
        return log.events().stream().filter(e -> e.type().equals("decision")).map(e -> e.description()).findFirst().orElse("");
    }

    @Test
    void withTheCapitalStronglyHeldAndItsFuelDearJnimStrangles() {
        garrison(2500, 3, false);
        double unblockaded = assault().ev();
        w.blockade.declare(new int[0], null, null);
        double worth = w.places.worth[Side.JNIM.ordinal()][bamako];
        // At three times the normal price the squeeze is whole: the assault forgoes the capital's full worth.
        assertEquals(unblockaded - worth, assault().ev(), 1e-6 * worth);
        assertTrue(assault().ev() < 0, assault().reason());
        String d = decision();
        assertTrue(d.startsWith("JNIM strangles the capital rather than storm it: ") && d.contains(" Bamako would be worth"), d);
        assertTrue(d.contains("with its fuel at 3.0 times the normal price"), d);
    }

    @Test
    void withTheCapitalWeaklyHeldAndItsFuelNearNormalJnimStorms() {
        garrison(300, 1.1, true);
        double worth = w.places.worth[Side.JNIM.ordinal()][bamako];
        Planner.Option o = assault();
        assertTrue(o.ev() > 0.1 * worth, o.reason());
        String d = decision();
        assertTrue(d.startsWith("JNIM moves to storm the capital rather than strangle it: ") && d.contains(" Bamako would be worth"), d);
    }

    @Test
    void withoutABlockadeNothingIsForgone() {
        garrison(2500, 3, false);
        Planner.Option o = assault();
        assertTrue(!o.reason().contains("strangling"), o.reason());
        assertEquals("", decision());
    }

    /** A planner is saved with the run (checkpoints, the classroom's saves): what it weighed for the month's log is not. */
    @Test
    void aPlannerThatHasWeighedTheCapitalCanBeSaved() throws java.io.IOException {
        garrison(2500, 3, false);
        w.blockade.declare(new int[0], null, null);
        assertTrue(decision().startsWith("JNIM strangles the capital"));
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream())) {
            out.writeObject(planner);
        }
    }
}
