package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.observe.Invariants;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Troops are conserved through everything the war does to them: each week, for every force, the
 * change in strength equals what the troop ledger says arrived, was recruited, departed, was
 * killed or was lost (captured, deserted, surrendered) — through combat, assaults, routs, sieges,
 * raids, ambushes, withdrawals, arrivals and departures ({@link Invariants}, as {@code check} checks
 * them over many runs).
 */
class TroopConservationTest {
    @Test
    void everyTroopIsAccountedForEveryWeek() {
        var entry = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5"));
        Geography geo = Rasteriser.build(MaliAtlas.load(), 0.5);
        for (long seed : new long[] {1, 2, 3}) {
            SahelSim sim = new SahelSim(entry.scenario(), geo, seed);
            Invariants invariants = new Invariants("seed " + seed);
            double[] moved = new double[5];
            sim.addObserver(invariants);
            sim.addObserver(new RunObserver() {
                @Override
                public void week(WeekRecord r, WorldState w) {
                    for (int f = 0; f < Force.COUNT; f++) {
                        moved[0] += w.troops.arrived[f];
                        moved[1] += w.troops.departed[f];
                        moved[2] += w.troops.recruited[f];
                        moved[3] += w.troops.killed[f];
                        moved[4] += w.troops.lost[f];
                    }
                }
            });
            sim.runToEnd();
            assertTrue(invariants.weeks() > 250, "the whole run was checked");
            for (Invariants.Kind k : List.of(Invariants.Kind.TROOPS_POOLED, Invariants.Kind.TROOPS_ACCOUNTED)) {
                assertEquals(0, invariants.violations(k), k.label() + ": " + invariants.firstExample(k));
            }
            for (int k = 0; k < 5; k++) assertTrue(moved[k] > 0, "every kind of flow happened (" + k + ")");
        }
    }
}
