package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;
import sim.engine.SimState;

/**
 * The whole model survives MASON's checkpoint format: a run saved at week k and restored goes on
 * exactly as the run that was never interrupted.
 */
class CheckpointTest {
    @Test
    void aRestoredRunContinuesExactlyAsTheStraightRun(@TempDir Path dir) {
        var entry = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5"));
        Geography geo = Rasteriser.build(MaliAtlas.load(), 0.5);
        SahelSim straight = new SahelSim(entry.scenario(), geo, 11);
        straight.runToEnd();

        SahelSim first = new SahelSim(entry.scenario(), geo, 11);
        first.start();
        for (int i = 0; i < 83; i++) first.schedule.step(first);
        File file = dir.resolve("week83.checkpoint").toFile();
        first.writeToCheckpoint(file);

        SahelSim restored = (SahelSim) SimState.readFromCheckpoint(file);
        assertNotNull(restored, "the checkpoint reads back");
        while (!restored.isFinished() && restored.schedule.step(restored)) {
            // each step is a week
        }
        assertEquals(straight.eventLog().events(), restored.eventLog().events(), "the same events, on the same dates");
        for (Side s : Side.values()) {
            assertArrayEquals(straight.world().control[s.ordinal()], restored.world().control[s.ordinal()], "control of " + s);
        }
        for (Force f : Force.values()) {
            assertArrayEquals(straight.world().presence[f.ordinal()], restored.world().presence[f.ordinal()], "presence of " + f);
        }
        assertEquals(straight.world().treasuryUsd, restored.world().treasuryUsd);
        assertArrayEquals(straight.world().fuel.stock, restored.world().fuel.stock);
    }
}
