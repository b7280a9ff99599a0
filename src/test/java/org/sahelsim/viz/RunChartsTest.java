package org.sahelsim.viz;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sahelsim.results.RunResults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.sahelsim.Requirements;
import org.sahelsim.results.SyntheticRun;

class RunChartsTest {
    @TempDir
    static Path dir;
    static RunResults run;
    static RunCharts charts;

    @BeforeAll
    static void writeRun() throws IOException {
        Requirements.fonts();
        run = RunResults.read(SyntheticRun.write(dir, 26, 11, true));
        charts = new RunCharts(run);
    }

    private static BufferedImage draw(Picture p, int w, int h) {
        BufferedImage image = PictureFiles.raster(p, w, h);
        assertEquals(w, image.getWidth());
        assertEquals(h, image.getHeight());
        assertTrue(Pixels.distinctColours(image) > 50, "too few colours: the chart looks blank");
        assertTrue(Pixels.nonWhiteFraction(image) > 0.05, "almost all white: the chart looks blank");
        return image;
    }

    private static void assertActorsShown(BufferedImage image) {
        for (String a : SyntheticRun.TERRITORIAL) {
            int n = Pixels.count(image, SyntheticRun.colour(a));
            assertTrue(n > 150, a + " has only " + n + " pixels of its colour");
        }
    }

    @Test
    void controlShowsEveryActorInItsColour() {
        BufferedImage image = draw(charts.control(), RunCharts.WIDTH, RunCharts.HEIGHT);
        assertActorsShown(image);
        // the state holds most of the synthetic country: its blue fills much of the plot
        assertTrue(Pixels.count(image, SyntheticRun.colour("state")) > RunCharts.WIDTH * RunCharts.HEIGHT / 5);
    }

    @Test
    void populationShowsEveryActorInItsColour() {
        assertActorsShown(draw(charts.population(), RunCharts.WIDTH, RunCharts.HEIGHT));
    }

    @Test
    void regionsShowEveryActorInItsColour() {
        assertActorsShown(draw(charts.regions(false), RunCharts.REGIONS_WIDTH, RunCharts.REGIONS_HEIGHT));
    }

    @Test
    void forcesShowEveryForceInItsColour() {
        BufferedImage image = draw(charts.forces(), RunCharts.WIDTH, RunCharts.HEIGHT);
        for (String f : run.forces()) {
            int n = Pixels.count(image, SyntheticRun.forceColour(f));
            assertTrue(n > 100, f + " has only " + n + " pixels of its colour");
        }
    }

    @Test
    void fuelAndViolenceAreDrawn() {
        draw(charts.fuel(), RunCharts.WIDTH, RunCharts.HEIGHT);
        draw(charts.violence(), RunCharts.WIDTH, RunCharts.HEIGHT);
    }

    @Test
    void svgHoldsTheChartsTextAndColours() throws IOException {
        Path svg = dir.resolve("control-test.svg");
        PictureFiles.writeSvg(charts.control(), RunCharts.WIDTH, RunCharts.HEIGHT, svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), text.substring(0, 40));
        assertTrue(text.contains("France leaves, Wagner arrives"));
        assertTrue(text.contains("rgb(0,114,178)") || text.toLowerCase().contains("#0072b2"), "no state blue in the SVG");
    }

    @Test
    void markerLabelsAreShortAndCutAtAWordOrClause() {
        assertEquals("France announces the end of Operation Barkhane",
                RunCharts.shortLabel("France announces the end of Operation Barkhane, a drawdown over a year"));
        assertEquals("EU suspends training missions", RunCharts.shortLabel("EU suspends training missions."));
        String cut = RunCharts.shortLabel("The junta expels the ambassador and suspends all broadcasts of two radio stations");
        assertTrue(cut.endsWith("…") && cut.length() <= RunCharts.MARKER_LABEL_CHARS + 1, cut);
        assertTrue(!cut.contains("  ") && !cut.endsWith(" …"), cut);
    }

    @Test
    void rollingMeanAveragesTheLastFourWeeks() {
        assertArrayEquals(new double[]{4, 3, 2, 2.5, 4.5, 6.5}, RunCharts.rollingMean(new double[]{4, 2, 0, 4, 12, 10}, 4), 1e-12);
    }

    @Test
    void regionNamesAreWrittenAsPeopleWriteThem() {
        assertEquals(List.of("Ségou", "Kidal", "Ménaka"),
                List.of(RunCharts.regionName("segou"), RunCharts.regionName("kidal"), RunCharts.regionName("menaka")));
    }
}
