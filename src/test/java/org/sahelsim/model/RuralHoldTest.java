package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.params.ControlParams;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.model.submodels.RuralHold;

/**
 * The rural hold (ODD §7.3): on its own home ground an insurgent group needs only
 * {@code f + (1 − f) × reach} of its usual density for full coercion in a cell, {@code f} the
 * scenario's {@code control.rural_hold} and {@code reach} the cell's people over
 * {@code reach_people_per_km2} (at most 1); the state, and a group away from its home ground, keep
 * their usual density.
 */
class RuralHoldTest extends ConstructedWorld {
    private static final double F = 0.25;

    @Test
    void theShareRisesFromTheRuralHoldToOneWithTheCellsPeople() {
        assertEquals(F, RuralHold.share(F, 0), 0);
        assertEquals(1, RuralHold.share(F, 1), 0);
        assertEquals(0.625, RuralHold.share(F, 0.5), 1e-12);
        assertNull(RuralHold.shares(w, new double[w.cells], 1), "a rural hold of 1 is none");
    }

    @Test
    void onlyAnInsurgentGroupOnItsOwnHomeGroundHoldsThinly() {
        double[] reach = Control.reach(GEO, SCENARIO.control().reachPeoplePerKm2());
        double[][] shares = RuralHold.shares(w, reach, F);
        int kidal = GEO.regionIndex("kidal");
        assertTrue(w.relations.homeGround(Side.SEPARATISTS, kidal), "Kidal region is the separatists' home ground");
        for (int c = 0; c < w.cells; c++) {
            boolean home = GEO.region(c) == kidal;
            assertEquals(home ? RuralHold.share(F, reach[c]) : 1, shares[Side.SEPARATISTS.ordinal()][c], 1e-12);
            assertEquals(1, shares[Side.STATE.ordinal()][c], 0, "the state's own ground is held at its usual density");
            assertEquals(1, shares[Side.JNIM.ordinal()][c], 0, "JNIM has no home ground in the scenario");
        }
    }

    @Test
    void aFewFightersInTheEmptyDesertOfTheirHomeGroundCountAsManyMore() {
        int cell = emptiestCell(GEO.regionIndex("kidal"));
        double[] reach = Control.reach(GEO, SCENARIO.control().reachPeoplePerKm2());
        double share = RuralHold.share(F, reach[cell]);
        assertTrue(share < 0.5, "an empty cell: " + share);
        double usual = standingAfterAWeek(cell, null);
        double thin = standingAfterAWeek(cell, F);
        // Standing closes 1 / hold_weeks of the gap to the week's coercion, which the rural hold
        // divides by the share (both below full coercion here).
        assertTrue(thin < 1.0 / SCENARIO.control().holdWeeks(), "below full coercion: " + thin);
        assertEquals(usual / share, thin, 1e-12);
    }

    /** The separatists' standing in {@code cell} after one week of control with 5 fighters there and none of them anywhere else. */
    private double standingAfterAWeek(int cell, Double ruralHold) {
        w = EmptyWorld.of(SCENARIO, GEO);
        int sep = Side.SEPARATISTS.ordinal();
        for (double[] s : w.standing) Arrays.fill(s, 0);
        w.presence[Force.SEPARATISTS.ordinal()][cell] = 5;
        w.recountStrength();
        ControlParams p = SCENARIO.control();
        ControlParams with = new ControlParams(p.troopsPerKm2(), p.insurgentTroopsPerKm2(), p.coercion(), p.persuasion(), p.spread(),
                p.roadSpread(), p.contestedWeight(), p.adjustRate(), p.dominance(), p.initialVariation(), p.reachPeoplePerKm2(),
                p.holdWeeks(), p.settleWeeks(), p.ungovernedBelow(), ruralHold, p.source());
        new Control(with).update(w);
        return w.standing[sep][cell];
    }
}
