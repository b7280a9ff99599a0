package org.sahelsim.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.Requirements;
import org.sahelsim.results.RunResults;
import org.sahelsim.results.SyntheticPlaces;
import org.sahelsim.results.SyntheticRun;

/** The charts of where violence happens (per region) and of the politics (legitimacy, cohesion, grievance). */
class RegionViolenceAndPoliticsChartsTest {
    @TempDir
    static Path dir;
    static RunResults run;

    @BeforeAll
    static void writeRun() throws IOException {
        Requirements.fonts();
        run = RunResults.read(SyntheticPlaces.write(dir.resolve("run"), 26, 3, false));
    }

    @Test
    void violenceByRegionHasAPanelPerRegionWithItsMeans() throws IOException {
        BufferedImage image = PictureFiles.raster(new RunCharts(run).regionViolence(), RunCharts.REGIONS_WIDTH,
                RunCharts.REGIONS_HEIGHT);
        assertEquals(RunCharts.REGIONS_WIDTH, image.getWidth());
        assertTrue(Pixels.count(image, java.awt.Color.BLACK) > 2000, "the 4-week means");
        Path svg = dir.resolve("violence-regions.svg");
        PictureFiles.writeSvg(new RunCharts(run).regionViolence(), RunCharts.REGIONS_WIDTH, RunCharts.REGIONS_HEIGHT, svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        for (String region : run.regions()) assertTrue(text.contains(RunCharts.regionName(region)), region);
        assertTrue(text.contains("every region on the same scales"));
        // a line a panel, not a bar a week: the rectangles are backgrounds (page, panels, plots)
        int rects = text.split("<rect", -1).length - 1;
        assertTrue(rects < 4 * run.regions().size(), rects + " rectangles for " + run.regions().size() + " regions");
    }

    /** Mopti's panel is the one with the high line: each region's panel draws that region's numbers. */
    @Test
    void eachPanelDrawsItsOwnRegion() {
        BufferedImage image = PictureFiles.raster(new RunCharts(run).regionViolence(), RunCharts.REGIONS_WIDTH,
                RunCharts.REGIONS_HEIGHT);
        int cols = 4;
        int rows = 3;
        int top = Math.round(RunCharts.REGIONS_HEIGHT * 0.08f);
        double cw = RunCharts.REGIONS_WIDTH / (double) cols;
        double ch = (RunCharts.REGIONS_HEIGHT - top) / (double) rows;
        // the height of each panel's black line in its upper (events) plot: its highest black pixel
        // above the lowest, in the panel's upper half
        int[] reach = new int[run.regions().size()];
        for (int i = 0; i < reach.length; i++) {
            int highest = Integer.MAX_VALUE;
            int lowest = -1;
            for (int y = (int) (top + (i / cols) * ch); y < top + (i / cols + 0.5) * ch; y++) {
                for (int x = (int) ((i % cols) * cw); x < ((i % cols) + 1) * cw; x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                        highest = Math.min(highest, y);
                        lowest = Math.max(lowest, y);
                    }
                }
            }
            reach[i] = lowest < 0 ? 0 : lowest - highest;
        }
        int mopti = run.regions().indexOf("mopti");
        for (int i = 0; i < reach.length; i++) {
            if (i != mopti) assertTrue(reach[mopti] > 2 * reach[i], "Mopti's line against " + run.regions().get(i) + ": "
                    + reach[mopti] + " and " + reach[i] + " pixels high");
        }
    }

    @Test
    void politicsDrawsLegitimacyCohesionAndGrievanceInTheirColours() throws IOException {
        RunCharts charts = new RunCharts(run);
        assertTrue(charts.hasPolitics());
        BufferedImage image = PictureFiles.raster(charts.politics(), RunCharts.WIDTH, RunCharts.HEIGHT);
        assertTrue(Pixels.count(image, OkabeIto.BLUE) > 1500, "legitimacy");
        assertTrue(Pixels.count(image, OkabeIto.BLUISH_GREEN) > 1000, "cohesion");
        assertTrue(Pixels.count(image, OkabeIto.VERMILLION) > 500, "grievance");
        Path svg = dir.resolve("politics.svg");
        PictureFiles.writeSvg(charts.politics(), RunCharts.WIDTH, RunCharts.HEIGHT, svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        for (String s : new String[] {"legitimacy of the state", "cohesion of the junta", "grievance against the state"}) {
            assertTrue(text.contains(s), s);
        }
    }

    @Test
    void aRunWithoutThePoliticsColumnsHasNoPoliticsChart() throws IOException {
        RunResults old = RunResults.read(SyntheticRun.write(dir.resolve("old"), 5, 3, false));
        assertFalse(new RunCharts(old).hasPolitics());
    }
}
