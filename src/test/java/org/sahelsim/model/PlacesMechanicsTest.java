package org.sahelsim.model;

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
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.operations.Operation;
import org.sahelsim.model.operations.OperationKind;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.model.submodels.Operations;
import org.sahelsim.model.submodels.Politics;
import org.sahelsim.model.submodels.Reinforcements;
import org.sahelsim.model.submodels.Supply;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The mechanics of places with numbers: a besieged place falls within its supplies, a relieved
 * siege lifts, a vacated base goes to whoever reaches it first with enough force, control around
 * a place follows its holder. Each test builds a world, empties it, and stages one situation.
 */
class PlacesMechanicsTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5")).scenario();

    private WorldState w;
    private final MersenneTwisterFast random = new MersenneTwisterFast(7);
    private final EventLog log = new EventLog();
    private Supply supply;
    private Operations operations;

    @BeforeEach
    void emptyWorld() {
        w = EmptyWorld.of(SCENARIO, GEO);
        // No aircraft on either side: nothing is flown in and no column is struck from the air.
        Arrays.fill(w.airPower, 1);
        // Every road cell deadly: no convoy gets through a ring.
        Arrays.fill(w.roadDanger, 1);
        w.recountStrength();
        supply = new Supply(SCENARIO.operations(), SCENARIO.fuel());
        Politics politics = new Politics(SCENARIO.politics(), SCENARIO.fuel().normalPriceCfa(),
                SCENARIO.economy().arrearsMonthsToSuspend(), SCENARIO.control().dominance(), new Reinforcements());
        operations = new Operations(SCENARIO.operations(), SCENARIO.combat(), SCENARIO.control(), politics);
    }

    private Week week(long tick) {
        return new Week(tick, false, random, log, SCENARIO.period().start().plusWeeks(tick));
    }

    private int place(String id) {
        int q = GEO.placeIndex(id);
        assertTrue(q >= 0, id + " is a place");
        return q;
    }

    private void hold(int q, Force force, double troops) {
        w.places.garrison[force.ordinal()][q] = troops;
        w.places.holder[q] = force.side().ordinal();
        w.recountStrength();
    }

    private Operation launch(OperationKind kind, Force force, int q, double troops, long now, long arrives) {
        int cell = w.places.place(q).cell();
        Operation op = new Operation(kind, force.side().ordinal(), q, now, arrives, cell, new int[] {cell}, "test");
        op.troops[force.ordinal()] = troops;
        w.operations.add(op);
        w.recountStrength();
        return op;
    }

    @Test
    void aBesiegedPlaceWithNoReliefFallsWithinItsSupplies() {
        int lere = place("lere");
        hold(lere, Force.FAMA, 200);
        double capacity = w.places.supplyCapacity[lere];
        launch(OperationKind.SIEGE, Force.JNIM, lere, 300, 0, 1);
        long fell = -1;
        for (long t = 1; t <= 40 && fell < 0; t++) {
            supply.step(w, week(t));
            operations.step(w, week(t));
            if (w.places.holder[lere] == Side.JNIM.ordinal()) fell = t;
        }
        // Besieged from week 1 with full stores; they last capacity/7 weeks, then the garrison
        // holds out surrender_weeks more before it gives up.
        long empty = 1 + (long) Math.ceil(capacity / 7);
        int surrender = SCENARIO.operations().surrenderWeeks();
        assertTrue(fell >= empty && fell <= empty + surrender + 1,
                "Léré falls in week " + fell + "; its stores run out in week " + empty + ", surrender within " + surrender + " more");
        assertEquals(0, w.places.sideGarrison(Side.STATE, lere), 1e-9, "the garrison is gone");
        assertTrue(w.places.sideGarrison(Side.JNIM, lere) > 0, "the besiegers garrison it");
    }

    @Test
    void aRelievedSiegeLifts() {
        int lere = place("lere");
        hold(lere, Force.FAMA, 200);
        Operation siege = launch(OperationKind.SIEGE, Force.JNIM, lere, 150, 0, 1);
        supply.step(w, week(1));
        operations.step(w, week(1));
        assertEquals(Side.JNIM.ordinal(), w.places.besiegedBy[lere], "the ring closes");
        for (long t = 2; t <= 3; t++) {
            supply.step(w, week(t));
            operations.step(w, week(t));
        }
        assertTrue(w.places.supplyDays[lere] < w.places.supplyCapacity[lere], "the garrison eats into its stores");
        launch(OperationKind.RELIEVE, Force.FAMA, lere, 3000, 3, 4);
        supply.step(w, week(4));
        operations.step(w, week(4));
        assertEquals(Places.NOBODY, w.places.besiegedBy[lere], "the siege is lifted");
        assertTrue(siege.done, "the besiegers go home");
        assertEquals(Side.STATE.ordinal(), w.places.holder[lere], "the state still holds Léré");
        assertEquals(w.places.supplyCapacity[lere], w.places.supplyDays[lere], 1e-9, "the column brings supplies");
    }

    @Test
    void aVacatedBaseGoesToWhoeverReachesItFirstWithEnoughForce() {
        int base = place("gao_barkhane_base");
        hold(base, Force.FRANCE, 300);
        Reinforcements flows = new Reinforcements();
        flows.ramp(w, Force.FRANCE, 0, 1, 0);
        flows.step(w, week(0));
        assertEquals(Places.NOBODY, w.places.holder[base], "France leaves: the base stands empty");
        assertEquals(0, w.strength[Force.FRANCE.ordinal()], 1e-9, "all of France has gone");

        launch(OperationKind.OCCUPY, Force.JNIM, base, 200, 0, 2);
        launch(OperationKind.OCCUPY, Force.FAMA, base, 300, 0, 4);
        for (long t = 1; t <= 2; t++) operations.step(w, week(t));
        assertEquals(Side.JNIM.ordinal(), w.places.holder[base], "JNIM gets there first");
        for (long t = 3; t <= 4; t++) operations.step(w, week(t));
        assertTrue(w.places.holder[base] == Side.JNIM.ordinal() || w.places.holder[base] == Side.STATE.ordinal(),
                "the later column had to storm it");
        assertTrue(log.events().stream().anyMatch(e -> e.type().equals("place_falls") || e.type().equals("assault")),
                "the state's column fought for it: " + log.events());
    }

    @Test
    void aColumnTooWeakForTheTroopsAlreadyThereIsDrivenOff() {
        int base = place("gao_barkhane_base");
        int cell = w.places.place(base).cell();
        w.presence[Force.FAMA.ordinal()][cell] = 800;
        w.recountStrength();
        launch(OperationKind.OCCUPY, Force.JNIM, base, 60, 0, 1);
        operations.step(w, week(1));
        assertEquals(Places.NOBODY, w.places.holder[base], "60 fighters cannot take it from 800 soldiers in the open");
        launch(OperationKind.OCCUPY, Force.FAMA, base, 300, 1, 2);
        operations.step(w, week(2));
        assertEquals(Side.STATE.ordinal(), w.places.holder[base], "the state's column walks in");
    }

    @Test
    void controlAroundAPlaceRisesAndFallsWithItsHolder() {
        Control control = new Control(SCENARIO.control(), SCENARIO.places(), GEO);
        int mopti = place("mopti");
        int cell = w.places.place(mopti).cell();
        for (double[] c : w.control) Arrays.fill(c, 0);
        for (double[] s : w.support) Arrays.fill(s, 0);
        hold(mopti, Force.FAMA, 500);
        for (int k = 0; k < 80; k++) control.update(w);
        double stateHeld = w.control[Side.STATE.ordinal()][cell];
        double nearHeld = meanNeighbours(Side.STATE, cell);
        assertTrue(stateHeld > SCENARIO.control().dominance(), "the state dominates Mopti's cell: " + stateHeld);
        assertTrue(nearHeld > 0.2, "and holds ground around it: " + nearHeld);

        w.places.garrison[Force.FAMA.ordinal()][mopti] = 0;
        hold(mopti, Force.JNIM, 500);
        for (int k = 0; k < 80; k++) control.update(w);
        assertTrue(w.control[Side.STATE.ordinal()][cell] < stateHeld / 2, "the state's hold fades once it has lost Mopti");
        assertTrue(meanNeighbours(Side.STATE, cell) < nearHeld / 2, "around it too");
        assertTrue(w.control[Side.JNIM.ordinal()][cell] > SCENARIO.control().dominance(), "JNIM now dominates the cell");
        assertFalse(w.places.holder[mopti] == Side.STATE.ordinal());
    }

    /** A besieged, unsupplied garrison holds its walls and little beyond them; the same garrison supplied and free holds the country around. */
    @Test
    void aBesiegedPlaceProjectsLessAndAStarvingOneNothingBeyondItsCell() {
        int mopti = place("mopti");
        int cell = w.places.place(mopti).cell();
        double[] around = new double[3];
        for (int k = 0; k < 3; k++) {
            emptyWorld();
            for (double[] c : w.control) Arrays.fill(c, 0);
            for (double[] s : w.support) Arrays.fill(s, 0);
            for (double[] a : w.administration) Arrays.fill(a, 0);
            hold(mopti, Force.FAMA, 500);
            if (k > 0) w.places.besiegedBy[mopti] = Side.JNIM.ordinal();
            w.places.supplyDays[mopti] = k == 2 ? 0 : w.places.supplyCapacity[mopti];
            Control control = new Control(SCENARIO.control(), SCENARIO.places(), GEO);
            for (int t = 0; t < 80; t++) control.update(w);
            around[k] = meanNeighbours(Side.STATE, cell);
        }
        assertTrue(around[1] < around[0], "besieged, its hold around shrinks: " + around[1] + " against " + around[0]);
        assertTrue(around[2] < around[1], "starving, less still: " + around[2] + " against " + around[1]);
    }

    private double meanNeighbours(Side side, int cell) {
        double s = 0;
        int n = GEO.neighbourCount(cell);
        for (int k = 0; k < n; k++) s += w.control[side.ordinal()][GEO.neighbour(cell, k)];
        return s / n;
    }
}
