package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.submodels.Administration;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.model.submodels.GovernedHold;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Ground a group governs is ground it holds, where no enemy stands (ODD §7.3, "Governing
 * first"): in the cell contest a side's standing presence is {@code max(S, g × A × m × (1 − o))},
 * {@code A} its administration of the cell, {@code m} how far the cell is peopled for an
 * administration and {@code o} the largest standing presence of a side at war with it.
 */
class GovernedHoldTest extends ConstructedWorld {
    private static final int J = Side.JNIM.ordinal();
    private static final int S = Side.STATE.ordinal();

    @Test
    void theClosedForm() {
        assertEquals(0.4, GovernedHold.held(0.1, 0.5, 0.8, 1, 0), 1e-12, "an administration unopposed counts as g × A");
        assertEquals(0.5, GovernedHold.held(0.5, 0.5, 0.8, 1, 0), 0, "fighters that stand more hold more");
        assertEquals(0.2, GovernedHold.held(0.1, 0.5, 0.8, 0.5, 0), 1e-12, "half as far in a thinly peopled cell");
        assertEquals(0.3, GovernedHold.held(0, 0.5, 0.8, 1, 0.25), 1e-12, "an enemy standing a quarter in the cell takes a quarter of it");
        assertEquals(0.1, GovernedHold.held(0.1, 0.5, 0.8, 1, 1), 0, "an enemy standing in force leaves the fighters alone");
        assertEquals(0, GovernedHold.held(0, 0, 0.8, 1, 0), 0, "no governed hold, no hold without fighters");
    }

    @Test
    void withoutAGovernedHoldTheContestIsUnchanged() {
        WorldState a = start();
        WorldState b = start();
        control(null).update(a);
        control(new double[Side.COUNT]).update(b);
        for (int s = 0; s < Side.COUNT; s++) {
            for (int c = 0; c < a.cells; c++) {
                assertEquals(a.control[s][c], b.control[s][c], 0, "side " + s + ", cell " + c);
                assertEquals(a.standing[s][c], b.standing[s][c], 0, "side " + s + ", cell " + c);
            }
        }
    }

    @Test
    void jnimHoldsMoreOfACellItGovernsWhereNoEnemyStandsAndNoMoreWhereOneStandsInForce() {
        double[] hold = new double[Side.COUNT];
        hold[J] = 0.5;
        WorldState without = start();
        WorldState with = start();
        int governed = -1;
        int contested = -1;
        int ungoverned = -1;
        double[] peopled = peopled();
        for (int c = 0; c < with.cells; c++) {
            if (peopled[c] < 1 || with.control[J][c] >= 0.5 || with.standing[J][c] > 0.2) continue;
            if (governed < 0) governed = c;
            else if (contested < 0) contested = c;
            else if (ungoverned < 0) ungoverned = c;
        }
        assertTrue(ungoverned >= 0, "three peopled cells JNIM does not dominate");
        for (WorldState x : List.of(without, with)) {
            for (int t = 0; t < Side.COUNT; t++) {
                if (t == J) continue;
                x.standing[t][governed] = 0;
                x.standing[t][ungoverned] = 0;
            }
            x.administration[J][governed] = 0.8;
            x.administration[J][contested] = 0.8;
            x.standing[S][contested] = 1;
            x.administration[J][ungoverned] = 0;
        }
        control(null).update(without);
        control(hold).update(with);
        assertTrue(with.control[J][governed] > without.control[J][governed],
                "governed unopposed: " + with.control[J][governed] + " against " + without.control[J][governed]);
        assertEquals(without.control[J][contested], with.control[J][contested], 0, "the state stands in force there");
        assertEquals(without.control[J][ungoverned], with.control[J][ungoverned], 0, "JNIM does not govern it");
        for (int s = 0; s < Side.COUNT; s++) {
            assertEquals(without.standing[s][governed], with.standing[s][governed], 0, "the rule moves no fighter's standing");
        }
    }

    @Test
    void theScenarioReadsEachGroupsOwnHoldAndTheStateHasNone() {
        var scenario = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5", "forces.jnim.governed_hold=0.4",
                "forces.fama.governed_hold=0.9")).scenario();
        GovernedHold g = GovernedHold.of(scenario.forces(), scenario.administration(), GEO);
        assertEquals(0.4, g.share(J), 0);
        assertEquals(0, g.share(S), 0, "the state's officials follow its troops and towns");
        assertThrows(RuntimeException.class, () -> ScenarioLibrary.standard().load("default", List.of("forces.jnim.governed_hold=1.5")),
                "a governed hold above 1 is refused");
    }

    private static WorldState start() {
        return Initialisation.world(SCENARIO, GEO, new MersenneTwisterFast(1));
    }

    private static Control control(double[] hold) {
        Control c = new Control(SCENARIO.control(), SCENARIO.places(), GEO, Administration.weights(SCENARIO.administration(), GEO));
        return hold == null ? c : c.governing(new GovernedHold(hold, peopled()));
    }

    private static double[] peopled() {
        double[] out = new double[GEO.cellCount()];
        for (int c = 0; c < out.length; c++) {
            double density = GEO.population(c) / GEO.areaKm2(c);
            out[c] = Math.min(1, density / SCENARIO.administration().peoplePerKm2());
        }
        return out;
    }
}
