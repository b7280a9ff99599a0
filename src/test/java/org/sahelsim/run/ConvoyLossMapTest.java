package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.Requirements;
import org.sahelsim.results.FuelRecord;
import org.sahelsim.results.RunResults;
import org.sahelsim.viz.ControlMap;
import org.sahelsim.viz.MapOverlay;

/** The default run's fuel losses reach the map: where and when convoys burned. */
class ConvoyLossMapTest {
    private static final int LOSS_RGB = 0xB2182B;

    @Test
    void theBlockadesLossesAreDrawnAndTheQuietYearsAreNot(@TempDir Path out) throws Exception {
        Requirements.fonts();
        Path dir = Mali.defaultRun().write(out, null);
        RunResults run = RunResults.read(dir);
        long losses = run.fuel().orElseThrow().stream().filter(FuelRecord::isLoss).count();
        assertTrue(losses > 0, "fuel.csv places convoy losses on the map");
        for (FuelRecord f : run.fuel().get()) {
            if (f.isLoss()) {
                assertTrue(f.hitLon() > -12.5 && f.hitLon() < 4.5 && f.hitLat() > 10 && f.hitLat() < 25.2,
                        "a loss inside Mali: " + f);
            }
        }
        ControlMap map = new ControlMap(run, MapOverlay.empty());
        int during = lossPixels(map.render(map.nearestSnapshot(LocalDate.of(2025, 11, 1)), 800));
        int before = lossPixels(map.render(map.nearestSnapshot(LocalDate.of(2021, 6, 7)), 800));
        assertTrue(during > 50, "rings where the blockade burned convoys: " + during + " pixels");
        assertTrue(during > 5 * Math.max(1, before), "far more than at the start: " + during + " vs " + before);
    }

    private static int lossPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                // The ring's red, allowing for antialiasing at its edges.
                if (Math.abs((rgb >> 16 & 0xFF) - (LOSS_RGB >> 16 & 0xFF)) < 30 && Math.abs((rgb >> 8 & 0xFF) - (LOSS_RGB >> 8 & 0xFF)) < 30
                        && Math.abs((rgb & 0xFF) - (LOSS_RGB & 0xFF)) < 30) n++;
            }
        }
        return n;
    }
}
