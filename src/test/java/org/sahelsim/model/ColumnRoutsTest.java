package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.operations.Operation;
import org.sahelsim.model.operations.OperationKind;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.ColumnRouts;
import org.sahelsim.model.submodels.Operations;
import org.sahelsim.model.submodels.Politics;
import org.sahelsim.model.submodels.Reinforcements;
import org.sahelsim.model.submodels.Routs;
import org.sahelsim.model.world.Earth;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Columns ambushed and routed (ODD §7.9), staged in an emptied world about Boni, in the Mopti
 * region: a massed ambush is drawn with its chance and from a stream of its own; its band is the
 * insurgents within reach, who pay their losses in proportion; a column that loses its break
 * share is routed, its survivors pursued and sent back, every troop accounted for, the junta's
 * cohesion shaken by its dead, and the garrisons of its side about the rout test their nerve.
 * Off, nothing is massed and nothing drawn.
 */
class ColumnRoutsTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final int FAMA = Force.FAMA.ordinal();
    private static final int JNIM = Force.JNIM.ordinal();

    private static Scenario scenario(String... overrides) {
        List<String> all = new java.util.ArrayList<>(List.of("grid.cell_degrees=0.5"));
        all.addAll(List.of(overrides));
        return ScenarioLibrary.standard().load("default", all).scenario();
    }

    private static Politics politics(Scenario s) {
        return new Politics(s.politics(), s.fuel().normalPriceCfa(), s.economy().arrearsMonthsToSuspend(), s.control().dominance(),
                new Reinforcements());
    }

    private static int place(String id) {
        int q = GEO.placeIndex(id);
        assertTrue(q >= 0, id + " is a place");
        return q;
    }

    private static WorldState world(Scenario s) {
        WorldState w = EmptyWorld.of(s, GEO);
        Arrays.fill(w.airPower, 1);
        w.cohesion = 0.8;
        w.recountStrength();
        return w;
    }

    /** A route through one cell forty times over: at ambush 0.15 a cell, the column is all but sure to be ambushed there. */
    private static int[] route(int cell) {
        int[] r = new int[40];
        Arrays.fill(r, cell);
        return r;
    }

    /** Every FAMa troop: in the field, in garrisons, on operations, killed or lost. */
    private static double famaAccounted(WorldState w) {
        double s = Arrays.stream(w.presence[FAMA]).sum() + Arrays.stream(w.places.garrison[FAMA]).sum()
                + w.troops.killed[FAMA] + w.troops.lost[FAMA];
        for (Operation op : w.operations) s += op.troops[FAMA];
        return s;
    }

    @Test
    void aMassedAmbushRoutsAColumnShakesTheJuntaAndTheGarrisonsAboutItTestTheirNerve() {
        Scenario s = scenario("operations.massed_ambush=1", "operations.massed_ambush_days=3", "operations.rout_shock=0.05",
                "operations.rout_standing=0.1", "operations.ambush=0.15", "routs.chance=1");
        WorldState w = world(s);
        EventLog log = new EventLog();
        Operations operations = new Operations(s.operations(), s.combat(), s.control(), politics(s), new org.sahelsim.model.submodels.Atrocities(null),
                new Routs(s.routs()));
        int boni = place("boni");
        int hombori = place("hombori");
        int douentza = place("douentza");
        int cell = w.places.place(boni).cell();
        w.places.garrison[FAMA][hombori] = 100;
        w.places.holder[hombori] = Side.STATE.ordinal();
        w.presence[JNIM][cell] = 1000;
        Operation op = new Operation(OperationKind.ASSAULT, Side.STATE.ordinal(), douentza, 0, 1, w.places.place(douentza).cell(),
                route(cell), "test");
        op.troops[FAMA] = 100;
        w.operations.add(op);
        w.recountStrength();
        double before = famaAccounted(w);
        double jnimBefore = Arrays.stream(w.presence[JNIM]).sum();

        operations.step(w, new Week(1, false, new MersenneTwisterFast(3), log, s.period().start().plusWeeks(1)));

        LoggedEvent rout = log.events().stream().filter(e -> e.type().equals("column_routed")).findFirst().orElseThrow();
        assertTrue(op.done, "the routed column's operation is over");
        assertTrue(w.operations.isEmpty());
        assertEquals(before, famaAccounted(w), 1e-6, "every troop of the column in the field or among the dead");
        double dead = w.troops.killed[FAMA];
        assertTrue(dead >= s.operations().attackerBreak() * 100, "the column lost its break share and more: " + dead);
        assertEquals(100 - dead, w.presence[FAMA][w.places.place(douentza).cell()], 1e-6, "the survivors are back where they set out");
        java.util.regex.Matcher lost = java.util.regex.Pattern.compile("(\\d+) of its (\\d+) troops lost").matcher(rout.description());
        assertTrue(lost.find(), rout.description());
        double routDead = Double.parseDouble(lost.group(1)); // the ambush that broke it and the pursuit (an earlier one may have cost it some)
        assertTrue(routDead <= dead + 0.5 && routDead >= s.operations().attackerBreak() * Double.parseDouble(lost.group(2)) - 0.5, rout.description());
        assertEquals(0.8 - 0.05 * routDead / 100, w.cohesion, 0.05 * 0.5 / 100, "the junta's cohesion falls rout_shock a hundred dead");
        assertEquals(-0.1 * routDead / 100, w.legitimacyStanding, 0.1 * 0.5 / 100, "and its legitimacy rout_standing a hundred dead, for good");
        assertEquals(2 * (0.8 - w.cohesion), -w.legitimacyStanding, 1e-9, "both from the same dead");
        double jnimKilled = w.troops.killed[JNIM];
        assertTrue(jnimKilled > 0, "the band loses fighters too");
        assertEquals(jnimBefore - jnimKilled, Arrays.stream(w.presence[JNIM]).sum(), 1e-6, "the band's losses come from its fighters");
        assertEquals(Places.NOBODY, w.places.holder[hombori], "Hombori's garrison, within reach of the rout with a thousand enemies about, breaks");
        assertTrue(log.events().stream().anyMatch(e -> e.type().equals("garrison_breaks") && e.description().contains("rout of the column")),
                rout.description());
        assertTrue(rout.description().contains("Douentza"), rout.description());
    }

    @Test
    void anOrdinaryAmbushRoutsNoColumn() {
        Scenario s = scenario("operations.ambush=0.15", "routs.chance=1");
        WorldState w = world(s);
        EventLog log = new EventLog();
        Operations operations = new Operations(s.operations(), s.combat(), s.control(), politics(s), new org.sahelsim.model.submodels.Atrocities(null),
                new Routs(s.routs()));
        int boni = place("boni");
        int douentza = place("douentza");
        int cell = w.places.place(boni).cell();
        w.presence[JNIM][cell] = 1000;
        Operation op = new Operation(OperationKind.REINFORCE, Side.STATE.ordinal(), douentza, 0, 2, cell, route(cell), "test");
        op.troops[FAMA] = 100;
        w.operations.add(op);
        operations.step(w, new Week(1, false, new MersenneTwisterFast(3), log, s.period().start().plusWeeks(1)));
        assertTrue(log.events().stream().anyMatch(e -> e.type().equals("ambush")));
        assertTrue(log.events().stream().noneMatch(e -> e.type().equals("column_routed")));
        assertFalse(op.done, "the column goes on");
        assertEquals(0.8, w.cohesion, 1e-12);
        assertEquals(0, w.legitimacyStanding, 0);
    }

    @Test
    void aRememberedDefeatLowersTheLegitimacyTheStateMovesTowardForGood() {
        Scenario s = scenario();
        var rule = s.strategy().legitimacy();
        double[] after = new double[2];
        for (int k = 0; k < 2; k++) {
            WorldState w = world(s);
            w.legitimacy = 0.6;
            w.bamakoPrice = s.fuel().normalPriceCfa();
            w.legitimacyStanding = k == 0 ? 0 : -0.1;
            org.sahelsim.model.submodels.Legitimacy legitimacy = new org.sahelsim.model.submodels.Legitimacy(rule, 0.6,
                    s.fuel().normalPriceCfa(), s.control().dominance());
            for (int month = 0; month < 120; month++) {
                legitimacy.step(w, new Week(month * 4L, true, new MersenneTwisterFast(1), new EventLog(), s.period().start().plusWeeks(month * 4L)));
            }
            after[k] = w.legitimacy;
        }
        assertEquals(0.6, after[0], 1e-9, "nothing moves an empty world's legitimacy without a defeat");
        assertEquals(0.5, after[1], 1e-4, "a standing of -0.1 brings it 0.1 lower, where it stays");
    }

    @Test
    void aColumnAmbushedWhereNoInsurgentIsAboutMeetsAnOrdinaryAmbush() {
        Scenario s = scenario("operations.massed_ambush=1", "operations.massed_ambush_days=3", "operations.ambush=0.15", "routs.chance=1");
        WorldState w = world(s);
        EventLog log = new EventLog();
        Operations operations = new Operations(s.operations(), s.combat(), s.control(), politics(s), new org.sahelsim.model.submodels.Atrocities(null),
                new Routs(s.routs()));
        int cell = w.places.place(place("boni")).cell();
        w.presence[FAMA][cell] = 1000; // the state's troops ambush JNIM's column; no insurgent to gather
        Operation op = new Operation(OperationKind.ASSAULT, Side.JNIM.ordinal(), place("douentza"), 0, 2, cell, route(cell), "test");
        op.troops[JNIM] = 100;
        w.operations.add(op);
        operations.step(w, new Week(1, false, new MersenneTwisterFast(3), log, s.period().start().plusWeeks(1)));
        assertTrue(log.events().stream().anyMatch(e -> e.type().equals("ambush")));
        for (LoggedEvent e : log.events()) {
            assertFalse(e.description().contains("NaN") || e.description().contains("band of"), e.description());
        }
        assertFalse(Double.isNaN(op.total()));
    }

    @Test
    void aMassedAmbushIsDrawnWithItsChanceFromAStreamOfItsOwnAndNeverWhenOff() {
        Scenario on = scenario("operations.massed_ambush=0.3");
        ColumnRouts routs = new ColumnRouts(on.operations(), new Routs(on.routs()), politics(on));
        assertTrue(routs.on());
        EventLog log = new EventLog();
        MersenneTwisterFast shared = new MersenneTwisterFast(5);
        Week week = new Week(7, false, shared, log, on.period().start().plusWeeks(7));
        MersenneTwisterFast luck = routs.luck(week);
        int n = 20_000;
        int massed = 0;
        for (int i = 0; i < n; i++) if (routs.massed(luck)) massed++;
        assertEquals(0.3, (double) massed / n, 4 * Math.sqrt(0.3 * 0.7 / n), massed + " of " + n);
        assertEquals(new MersenneTwisterFast(5).nextDouble(), shared.nextDouble(), 0, "the run's shared generator is untouched");

        Scenario off = scenario();
        ColumnRouts none = new ColumnRouts(off.operations(), new Routs(off.routs()), politics(off));
        assertFalse(none.on(), "absent in the default");
        assertNull(none.luck(week));
        assertFalse(none.massed(null));
        assertFalse(new ColumnRouts(on.operations(), new Routs(null), politics(on)).on(), "no reach, no band to gather");
    }

    @Test
    void theBandIsTheInsurgentsWithinReachAndPaysItsLossesInProportion() {
        Scenario s = scenario("operations.massed_ambush=1");
        WorldState w = world(s);
        Routs reach = new Routs(s.routs());
        ColumnRouts routs = new ColumnRouts(s.operations(), reach, politics(s));
        int cell = w.places.place(place("boni")).cell();
        int far = w.places.place(place("kayes")).cell();
        double within = 0;
        for (int c = 0; c < w.cells; c++) {
            w.presence[JNIM][c] = 10;
            w.presence[Force.IS_SAHEL.ordinal()][c] = 5;
            w.presence[FAMA][c] = 7; // not an insurgent: never in the band
            if (Earth.distanceKm(GEO.lon(cell), GEO.lat(cell), GEO.lon(c), GEO.lat(c)) <= reach.reachKm()) within += 15;
        }
        assertTrue(Earth.distanceKm(GEO.lon(cell), GEO.lat(cell), GEO.lon(far), GEO.lat(far)) > reach.reachKm());
        assertEquals(within, routs.band(w, Side.STATE, cell), 1e-9);
        routs.takeFromBand(w, Side.STATE, cell, within / 3);
        assertEquals(10 * 2.0 / 3, w.presence[JNIM][cell], 1e-9, "a third of the band, from each cell and force alike");
        assertEquals(5 * 2.0 / 3, w.presence[Force.IS_SAHEL.ordinal()][cell], 1e-9);
        assertEquals(10, w.presence[JNIM][far], 1e-12, "fighters beyond reach are not in the band");
        assertEquals(7, w.presence[FAMA][cell], 1e-12);
        assertEquals(within / 3, w.troops.killed[JNIM] + w.troops.killed[Force.IS_SAHEL.ordinal()], 1e-9, "the dead in the ledger");
        assertTrue(routs.breaks(100, 30) && !routs.breaks(100, 29.9), "a column breaks at attacker_break");
    }
}
