package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.params.PastoralHoldParams;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.model.submodels.RuralHold;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * A raider's hold on open pastoral ground (ODD §7.3, {@code forces.*.pastoral_hold}): where no side
 * at war with it stands (each one's standing presence below {@code opposed_at}), an insurgent group
 * with a pastoral hold of {@code f} needs only {@code f + (1 − f) × reach} of its density there,
 * on top of any rural hold; where an enemy stands, its usual density. Closed forms over one week
 * of control in an otherwise empty world.
 */
class PastoralHoldTest extends ConstructedWorld {
    /** is-sahel-tri-border, which gives IS Sahel a pastoral hold, on the test's 0.5° grid; home grounds as the default's. */
    private static final Scenario TRI = ScenarioLibrary.standard().load("is-sahel-tri-border",
            List.of("grid.cell_degrees=0.5", "forces.is_sahel.pastoral_hold.share=0.25", "forces.is_sahel.pastoral_hold.opposed_at=0.1")).scenario();

    @Test
    void theScenarioGivesIsSahelAlonePastoralHold() {
        PastoralHoldParams p = TRI.forces().isSahel().pastoralHold();
        assertEquals(0.25, p.share(), 0);
        assertEquals(0.1, p.opposedAt(), 0);
        assertEquals(null, TRI.forces().jnim().pastoralHold());
        assertEquals(null, SCENARIO.forces().isSahel().pastoralHold(), "the default has none");
    }

    @Test
    void unopposedAFewRaidersInEmptyPastoralGroundCountAsManyMore() {
        int cell = emptiestCell(GEO.regionIndex("tombouctou"));
        double[] reach = Control.reach(GEO, SCENARIO.control().reachPeoplePerKm2());
        double share = RuralHold.share(0.25, reach[cell]);
        assertTrue(share < 0.5, "an empty cell: " + share);
        double usual = standingAfterAWeek(cell, false, 0);
        double raided = standingAfterAWeek(cell, true, 0);
        // Standing closes 1 / hold_weeks of the gap to the week's coercion, which the pastoral
        // hold divides by the share (both below full coercion here).
        assertTrue(raided < 1.0 / SCENARIO.control().holdWeeks(), "below full coercion: " + raided);
        assertEquals(usual / share, raided, 1e-12);
    }

    @Test
    void anEnemyStandingInTheCellHoldsItAgainstRaiders() {
        int cell = emptiestCell(GEO.regionIndex("tombouctou"));
        assertTrue(w.hostile[Side.IS_SAHEL.ordinal()][Side.JNIM.ordinal()], "IS Sahel and JNIM at war at the start");
        double usual = standingAfterAWeek(cell, false, 0.1);
        assertEquals(usual, standingAfterAWeek(cell, true, 0.1), 0, "JNIM stands at opposed_at: the usual density");
        assertEquals(usual / RuralHold.share(0.25, Control.reach(GEO, SCENARIO.control().reachPeoplePerKm2())[cell]),
                standingAfterAWeek(cell, true, 0.099), 1e-12, "just below opposed_at: the pastoral hold");
    }

    @Test
    void aTownIsNotHeldByRaids() {
        int cell = GEO.town("gao").cell();
        double[] reach = Control.reach(GEO, SCENARIO.control().reachPeoplePerKm2());
        assertEquals(1, reach[cell], 0, "Gao town's cell is fully peopled");
        assertEquals(standingAfterAWeek(cell, false, 0), standingAfterAWeek(cell, true, 0), 0);
    }

    /**
     * IS Sahel's standing in {@code cell} after one week of control with 5 fighters there and
     * none anywhere else, JNIM's standing there set to {@code jnimStanding} before the week, with
     * or without the pastoral hold.
     */
    private double standingAfterAWeek(int cell, boolean pastoral, double jnimStanding) {
        w = EmptyWorld.of(SCENARIO, GEO);
        for (double[] s : w.standing) Arrays.fill(s, 0);
        w.standing[Side.JNIM.ordinal()][cell] = jnimStanding;
        w.presence[Force.IS_SAHEL.ordinal()][cell] = 5;
        w.recountStrength();
        Control control = new Control(SCENARIO.control());
        if (pastoral) control.pastoralHolds(TRI.forces());
        control.update(w);
        return w.standing[Side.IS_SAHEL.ordinal()][cell];
    }
}
