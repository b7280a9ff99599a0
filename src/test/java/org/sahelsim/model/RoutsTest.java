package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.params.RoutParams;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.Routs;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Routs that cascade (ODD §7.9), staged in an emptied world around Boni, in the Mopti region:
 * a garrison breaks with the chance the rule gives when a place of its side nearby falls and
 * enemies are about, never when no enemy is near; a broken garrison's troops are all in the field
 * or among the lost; a chain runs through a region's garrisons within reach of one another and
 * stops at those out of reach and at the foreign forces' bases.
 */
class RoutsTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5")).scenario();
    private static final int STATE = Side.STATE.ordinal();
    private static final int FAMA = Force.FAMA.ordinal();
    private static final int JNIM = Force.JNIM.ordinal();

    private WorldState w;
    private final MersenneTwisterFast random = new MersenneTwisterFast(11);
    private final EventLog log = new EventLog();

    @BeforeEach
    void emptyWorld() {
        w = EmptyWorld.of(SCENARIO, GEO);
        w.recountStrength();
    }

    private Week week() {
        return new Week(0, false, random, log, SCENARIO.period().start());
    }

    private int place(String id) {
        int q = GEO.placeIndex(id);
        assertTrue(q >= 0, id + " is a place");
        return q;
    }

    private void hold(int q, double troops) {
        w.places.garrison[FAMA][q] = troops;
        w.places.holder[q] = STATE;
    }

    private void jnimAt(int q, double fighters) {
        w.presence[JNIM][w.places.place(q).cell()] += fighters;
    }

    @Test
    void aGarrisonBreaksWithTheRulesChanceWhenAPlaceNearbyFallsAndEnemiesAreAbout() {
        RoutParams p = new RoutParams(0.5, 150, 0.3, null);
        Routs routs = new Routs(p);
        int boni = place("boni");
        int hombori = place("hombori");
        int trials = 4000;
        int broken = 0;
        for (int i = 0; i < trials; i++) {
            emptyWorld();
            hold(hombori, 100);
            jnimAt(hombori, 100);
            broken += routs.after(w, week(), boni, Side.STATE);
        }
        // chance × H / (H + G) = 0.5 × 100 / 200.
        double expected = 0.25;
        double sd = Math.sqrt(expected * (1 - expected) / trials);
        assertEquals(expected, (double) broken / trials, 4 * sd, broken + " of " + trials);
    }

    @Test
    void noEnemyNearNoRout() {
        Routs routs = new Routs(new RoutParams(1, 150, 0.3, null));
        int boni = place("boni");
        int hombori = place("hombori");
        hold(hombori, 100);
        jnimAt(place("djenne"), 10_000); // far beyond reach
        for (int i = 0; i < 2000; i++) assertEquals(0, routs.after(w, week(), boni, Side.STATE));
        assertEquals(STATE, w.places.holder[hombori]);
        assertTrue(log.events().isEmpty());
    }

    @Test
    void aBrokenGarrisonsTroopsAreInTheFieldOrAmongTheLostAndItsPlaceStandsEmpty() {
        RoutParams p = new RoutParams(1, 150, 0.3, null);
        int boni = place("boni");
        int hombori = place("hombori");
        int mopti = place("mopti");
        hold(hombori, 200);
        hold(mopti, 50); // the nearest place the state still holds beyond reach
        jnimAt(hombori, 1e9);
        w.recountStrength();
        double before = w.strength[FAMA]; // the field and the garrisons
        assertEquals(1, new Routs(p).after(w, week(), boni, Side.STATE));
        assertEquals(Places.NOBODY, w.places.holder[hombori]);
        assertEquals(0, w.places.garrison[FAMA][hombori]);
        double field = Arrays.stream(w.presence[FAMA]).sum();
        assertEquals(200 * (1 - p.desertion()), field, 1e-9, "the survivors fall back to the field");
        assertEquals(field, w.presence[FAMA][w.places.place(mopti).cell()], 1e-9, "... at Mopti, the nearest place held beyond reach");
        assertEquals(STATE, w.places.holder[mopti]);
        assertEquals(200 * p.desertion(), w.troops.lost[FAMA], 1e-9, "the rest are lost");
        w.recountStrength();
        assertEquals(before - w.troops.lost[FAMA], w.strength[FAMA], 1e-9, "troops conserved");
        LoggedEvent e = log.events().get(0);
        assertEquals("garrison_breaks", e.type());
        assertEquals(List.of("state"), e.actors());
        assertTrue(e.description().contains("Hombori") && e.description().contains("Boni"), e.description());
    }

    @Test
    void theChainRunsThroughTheGarrisonsWithinReachAndStopsBeyondItAndAtTheForeignBases() {
        RoutParams p = new RoutParams(1, 150, 0.3, null);
        int boni = place("boni");
        int hombori = place("hombori");
        int camp = place("boni_fama_camp");
        int douentza = place("douentza");
        int djenne = place("djenne");
        int unBase = place("douentza_minusma_camp");
        for (int q : new int[] {hombori, camp, douentza, djenne}) hold(q, 100);
        w.places.garrison[Force.MINUSMA.ordinal()][unBase] = 100;
        w.places.holder[unBase] = STATE;
        jnimAt(boni, 1e9);
        jnimAt(djenne, 1e9);
        assertEquals(3, new Routs(p).after(w, week(), boni, Side.STATE));
        for (int q : new int[] {hombori, camp, douentza}) assertEquals(Places.NOBODY, w.places.holder[q], GEO.places().get(q).name());
        assertEquals(STATE, w.places.holder[djenne], "Djenné is beyond the reach of every broken garrison");
        assertEquals(STATE, w.places.holder[unBase], "a foreign base does not break");
        assertEquals(3, log.events().stream().filter(e -> e.type().equals("garrison_breaks")).count());
    }

    @Test
    void withoutRoutsNothingBreaks() {
        int boni = place("boni");
        int hombori = place("hombori");
        hold(hombori, 100);
        jnimAt(hombori, 1e9);
        assertEquals(0, new Routs(null).after(w, week(), boni, Side.STATE));
        assertEquals(0, new Routs(new RoutParams(0, 150, 0.3, null)).after(w, week(), boni, Side.STATE));
        assertEquals(STATE, w.places.holder[hombori]);
    }
}
