package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Troops are conserved through everything the war does to them: each week, for every force, the
 * change in strength equals what the troop ledger says arrived, was recruited, departed, was
 * killed or was lost (captured, deserted, surrendered) — through combat, assaults, routs, sieges,
 * raids, ambushes, withdrawals, arrivals and departures.
 */
class TroopConservationTest {
    @Test
    void everyTroopIsAccountedForEveryWeek() {
        var entry = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5"));
        Geography geo = Rasteriser.build(MaliAtlas.load(), 0.5);
        for (long seed : new long[] {1, 2, 3}) {
            SahelSim sim = new SahelSim(entry.scenario(), geo, seed);
            double[] last = new double[Force.COUNT];
            int[] weeks = {0};
            double[] moved = new double[6];
            sim.addObserver(new RunObserver() {
                @Override
                public void week(WeekRecord r, WorldState w) {
                    for (int f = 0; f < Force.COUNT; f++) {
                        double total = w.fieldStrength(f) + w.places.garrisoned(f) + w.onOperations(f);
                        assertEquals(w.strength[f], total, 1e-6 * Math.max(1, total), "strength is the sum of its pools, " + Force.of(f));
                        if (weeks[0] > 0) {
                            double change = w.strength[f] - last[f];
                            assertEquals(w.troops.net(f), change, 1e-6 * Math.max(1, w.strength[f]),
                                    "seed " + seed + ", " + r.date() + ", " + Force.of(f) + ": the ledger accounts for the change");
                        }
                        last[f] = w.strength[f];
                        moved[0] += w.troops.arrived[f];
                        moved[1] += w.troops.departed[f];
                        moved[2] += w.troops.recruited[f];
                        moved[3] += w.troops.killed[f];
                        moved[4] += w.troops.lost[f];
                    }
                    weeks[0]++;
                }
            });
            sim.runToEnd();
            assertTrue(weeks[0] > 250, "the whole run was checked");
            for (int k = 0; k < 5; k++) assertTrue(moved[k] > 0, "every kind of flow happened (" + k + ")");
        }
    }
}
