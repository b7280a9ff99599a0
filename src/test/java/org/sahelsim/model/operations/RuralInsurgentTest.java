package org.sahelsim.model.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
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
import org.sahelsim.model.submodels.HeldPlaceStrikes;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * A rural insurgent besieges a defended regional capital rather than storm it and hold it (ODD
 * §7.9), in a constructed world where the state holds Ségou alone, JNIM's fighters stand beside
 * it and the state's drones fly: holding a town brings JNIM a quarter of its worth
 * ({@code places.worth.jnim.hold}) and a garrison the drones strike, cutting its roads the rest
 * as long as the ring stands. Unless the town is weakly held and the state's army stands near
 * enough to break a ring: then a quarter of the town taken cheaply is worth more than a siege
 * that would not stand. Holding under the drones is charged with the strikes' closed form on the
 * garrison left there.
 */
class RuralInsurgentTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);

    private static Scenario scenario(String... sets) {
        List<String> all = new java.util.ArrayList<>(List.of("grid.cell_degrees=0.5"));
        all.addAll(List.of(sets));
        return ScenarioLibrary.standard().load("default", all).scenario();
    }

    private static List<Planner.Option> menu(Scenario scenario, double garrison, double air) {
        return menu(scenario, garrison, air, 0);
    }

    /**
     * JNIM's menu on Ségou, held by a FAMa garrison of {@code garrison} under air power
     * {@code air}, 3,000 JNIM fighters on one side of it and {@code army} FAMa troops in the field
     * on the other.
     */
    private static List<Planner.Option> menu(Scenario scenario, double garrison, double air, double army) {
        WorldState w = EmptyWorld.of(scenario, GEO);
        int segou = GEO.placeIndex("segou");
        w.places.holder[segou] = Side.STATE.ordinal();
        w.places.garrison[Force.FAMA.ordinal()][segou] = garrison;
        int cell = w.places.place(segou).cell();
        int near = GEO.cellAt(GEO.lon(cell) + GEO.cellDegrees(), GEO.lat(cell));
        w.presence[Force.JNIM.ordinal()][near] = 3000;
        w.presence[Force.FAMA.ordinal()][GEO.cellAt(GEO.lon(cell) - GEO.cellDegrees(), GEO.lat(cell))] = army;
        Arrays.fill(w.airPower, 1);
        w.airPower[Force.FAMA.ordinal()] = air;
        w.recountStrength();
        Planner planner = new Planner(scenario.operations(), scenario.places(), scenario.combat(), Reach.of(GEO, scenario.operations().reachKm()));
        return planner.menu(w, TestWeeks.monthStart(0, scenario.period().start(), new MersenneTwisterFast(3), new EventLog()), Side.JNIM,
                List.of(Force.JNIM), new double[w.places.count()]).stream().filter(o -> o.place() == segou).toList();
    }

    private static Planner.Option option(List<Planner.Option> menu, OperationKind kind) {
        return menu.stream().filter(o -> o.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind.key() + " of Ségou in " + menu));
    }

    @Test
    void aRuralInsurgentBesiegesADefendedRegionalCapitalRatherThanStormItAndHoldIt() {
        Scenario s = scenario();
        assertEquals(0.25, s.places().worth().get("jnim").holdShare());
        List<Planner.Option> menu = menu(s, 300, 1.4);
        Planner.Option siege = option(menu, OperationKind.SIEGE);
        Planner.Option assault = option(menu, OperationKind.ASSAULT);
        assertTrue(siege.ev() > 0, siege.reason());
        assertTrue(siege.ev() > assault.ev(), "siege " + siege.ev() + " (" + siege.reason() + ") against assault " + assault.ev() + " (" + assault.reason() + ")");
        // The state's airlift makes the town's fall hopeless: the siege is worth what cutting its roads brings.
        assertEquals(0, siege.chance(), 1e-12);
    }

    @Test
    void unlessTheTownIsWeaklyHeldAndTheStatesArmyNearEnoughToBreakARing() {
        Scenario s = scenario();
        List<Planner.Option> menu = menu(s, 50, 1.4, 5000);
        Planner.Option assault = option(menu, OperationKind.ASSAULT);
        double siege = menu.stream().filter(o -> o.kind() == OperationKind.SIEGE).mapToDouble(Planner.Option::ev).max().orElse(Double.NEGATIVE_INFINITY);
        assertTrue(assault.ev() > 0 && assault.ev() > siege, "assault " + assault.ev() + " (" + assault.reason() + ") against siege " + siege);
    }

    @Test
    void theDronesMakeHoldingDearerByTheStrikesOnTheGarrisonLeftThere() {
        Scenario s = scenario("places.worth.jnim.hold=1");
        // The same world, the same defenders' fire (the state's own aircraft do not fight in an
        // assault on a town here: air power multiplies its fire in both), with and without the strikes on held places.
        Planner.Option without = option(menu(scenario("places.worth.jnim.hold=1", "operations.held_strikes=0"), 300, 1.4), OperationKind.ASSAULT);
        Planner.Option with = option(menu(s, 300, 1.4), OperationKind.ASSAULT);
        assertEquals(without.chance(), with.chance(), 1e-12);
        double share = HeldPlaceStrikes.share(s.operations().heldStrikeRate(), 1.4, 4);
        double fighter = s.places().worth().get("jnim").fighter();
        // The garrison left to hold it: garrison_after_capture of the attackers left after a won assault.
        double charged = without.ev() - with.ev();
        assertTrue(charged > 0, "no charge for holding under the drones");
        double kept = charged / (with.chance() * fighter * share);
        assertTrue(kept > 0 && kept <= s.operations().garrisonAfterCapture() * with.troops() + 1e-9,
                "the charge " + charged + " is for " + kept + " fighters kept of " + with.troops());
    }
}
