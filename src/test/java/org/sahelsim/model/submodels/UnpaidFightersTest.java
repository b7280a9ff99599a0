package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.sahelsim.model.actors.ArmedActor;
import org.sahelsim.model.actors.Insurgency;
import org.sahelsim.model.actors.WarChest;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The fighters an insurgent group cannot pay go home: in a constructed world whose purse pays a
 * known number of fighters, the excess falls week by week by the closed form
 * {@code P + (F − P)(1 − u)^t}, from the field in proportion to where the fighters stand, counted
 * as lost in the ledger (strength conserved); a group within its purse, or one whose men (not its
 * money) are short, keeps its fighters.
 */
class UnpaidFightersTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5")).scenario();
    private static final double U = 0.05;

    private WorldState w;
    private int a;
    private int b;
    private double people;
    private final int f = Force.JNIM.ordinal();

    @BeforeEach
    void stage() {
        w = Initialisation.world(SCENARIO, GEO, new MersenneTwisterFast(1));
        for (double[] c : w.control) Arrays.fill(c, 0);
        for (double[] c : w.administration) Arrays.fill(c, 0);
        for (double[] p : w.presence) Arrays.fill(p, 0);
        for (int q = 0; q < w.places.count(); q++) for (double[] g : w.places.garrison) g[q] = 0;
        Arrays.fill(w.fuelPrice, w.normalFuelPrice);
        a = GEO.places().get(GEO.placeIndex("mopti")).cell();
        b = GEO.places().get(GEO.placeIndex("segou")).cell();
        w.control[Side.JNIM.ordinal()][a] = 0.8;
        w.administration[Side.JNIM.ordinal()][b] = 0.4;
        people = GEO.population(a) * 0.8 + GEO.population(b) * 0.4;
        w.recountStrength();
        w.troops.clear();
    }

    private static Insurgency group(double levy, double armedPerPerson) {
        return new Insurgency(Force.JNIM, SCENARIO.forces().jnim(), 1, armedPerPerson, new WarChest(levy, 100, 0.8), 0.08, null);
    }

    @Test
    void theFightersAboveWhatThePursePaysLeaveByTheClosedForm() {
        Insurgency g = group(0.1, 1);
        double purse = 0.1 * people / 100;
        assertEquals(purse, g.payable(w), 1e-9 * people);
        w.presence[f][a] = 3 * purse;
        w.presence[f][b] = purse;
        w.recountStrength();
        UnpaidFighters rule = new UnpaidFighters(List.<ArmedActor>of(g), U);
        double lost = 0;
        for (int t = 1; t <= 10; t++) {
            rule.step(w, null);
            lost += w.troops.lost[f];
            w.troops.clear();
            assertEquals(UnpaidFighters.after(4 * purse, purse, U, t), w.strength[f], 1e-9 * purse, "week " + t);
        }
        assertEquals(4 * purse - w.strength[f], lost, 1e-9 * purse, "the leavers are the ledger's lost");
        // In proportion to where they stood.
        assertEquals(3, w.presence[f][a] / w.presence[f][b], 1e-9);
    }

    @Test
    void aGroupWithinItsPurseKeepsItsFighters() {
        Insurgency g = group(0.1, 1);
        w.presence[f][a] = 0.5 * 0.1 * people / 100;
        w.recountStrength();
        double before = w.strength[f];
        new UnpaidFighters(List.<ArmedActor>of(g), U).step(w, null);
        assertEquals(before, w.strength[f], 0);
        assertEquals(0, w.troops.lost[f], 0);
    }

    @Test
    void aGroupShortOfMenButPaidKeepsItsFighters() {
        // The men's ceiling is far below the fighters: recruitment stops, nobody leaves.
        Insurgency g = group(10, 1e-6);
        w.presence[f][a] = 1000;
        w.recountStrength();
        assertTrue(g.ceiling(w) < 1000);
        assertEquals(0, g.headroom(w), 0);
        new UnpaidFighters(List.<ArmedActor>of(g), U).step(w, null);
        assertEquals(1000, w.strength[f], 1e-9);
    }

    @Test
    void noRateNoLeaving() {
        Insurgency g = group(0.1, 1);
        w.presence[f][a] = 100 * people;
        w.recountStrength();
        new UnpaidFighters(List.<ArmedActor>of(g), 0).step(w, null);
        assertEquals(100 * people, w.strength[f], 1e-9 * people);
    }
}
