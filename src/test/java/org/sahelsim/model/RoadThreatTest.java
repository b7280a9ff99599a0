package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.CellSweep;
import org.sahelsim.model.submodels.FuelSupply;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * A road cell's threat to convoys (ODD §7.5): the insurgents' control plus their fighters, capped
 * at 1, the fighters counted against full presence by density (the default) or, with
 * {@code fuel.ambush_band}, against a band of that many fighters whatever the cell's size. The
 * closed forms, then the danger the fuel's week writes for a road cell of a constructed world with
 * the default's band and another.
 */
class RoadThreatTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);

    @Test
    void theDensityRuleCountsFightersAgainstTheCellsArea() {
        RoadThreat t = RoadThreat.ofDensity(0.08);
        assertEquals(30 / (0.08 * 750), t.presence(30, 750), 1e-12);
        assertEquals(30 / (0.08 * 1500), t.presence(30, 1500), 1e-12);
        assertEquals(1, t.presence(1000, 750), 0);
        assertEquals(0.3 + 30 / (0.08 * 750), t.threat(0.3, 30, 750), 1e-12);
        assertEquals(1, t.threat(0.9, 30, 750), 0);
    }

    @Test
    void aBandCountsWhateverTheCellsSize() {
        RoadThreat t = new RoadThreat(0.08, 20);
        assertEquals(0.5, t.presence(10, 750), 1e-12);
        assertEquals(0.5, t.presence(10, 3000), 1e-12);
        assertEquals(1, t.presence(20, 3000), 0);
        assertEquals(1, t.presence(500, 3000), 0);
        assertEquals(0.7, t.threat(0.2, 10, 3000), 1e-12);
        // A band makes a thinly spread group as dangerous as a thick one once each road cell has its band.
        assertEquals(t.threat(0, 25, 750), t.threat(0, 250, 750), 0);
    }

    @Test
    void theFuelsWeekReadsTheBand() {
        for (String band : new String[] {null, "15"}) {
            List<String> sets = band == null ? List.of("grid.cell_degrees=0.5") : List.of("grid.cell_degrees=0.5", "fuel.ambush_band=" + band);
            Scenario sc = ScenarioLibrary.standard().load("default", sets).scenario();
            WorldState w = Initialisation.world(sc, GEO, new MersenneTwisterFast(1));
            for (double[] c : w.control) Arrays.fill(c, 0);
            for (double[] p : w.presence) Arrays.fill(p, 0);
            int road = -1;
            for (int c = 0; c < w.cells && road < 0; c++) if (GEO.hasRoad(c) && !w.blockade.covers(GEO.region(c))) road = c;
            assertTrue(road >= 0);
            double fighters = 12;
            w.presence[Force.JNIM.ordinal()][road] = fighters;
            w.control[Side.JNIM.ordinal()][road] = 0.1;
            double perKm2 = sc.control().insurgentTroopsPerKm2();
            FuelSupply fuel = new FuelSupply(sc.fuel(), w, perKm2, CellSweep.on(1));
            fuel.step(w, new Week(0, true, new MersenneTwisterFast(1), new EventLog(), sc.period().start()));
            double full = band == null ? sc.fuel().ambushBandFighters() : Double.parseDouble(band);
            // Fewer fighters than a band, and far fewer than the density's full presence on a 0.5° cell.
            assertTrue(fighters < full && full < perKm2 * GEO.areaKm2(road) / 2, "band " + full);
            double presence = Math.min(1, fighters / full);
            assertEquals(sc.fuel().interdiction() * Math.min(1, 0.1 + presence), w.roadDanger[road], 1e-12,
                    "band " + band + ": the road cell's danger");
        }
    }
}
