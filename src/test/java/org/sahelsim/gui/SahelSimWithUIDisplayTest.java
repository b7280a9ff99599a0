package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelsim.Requirements;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.results.Actors;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Opens the real windows on a real X display, steps the war a few weeks through the console's
 * buttons and checks what the map shows. Runs only when asked: with a display, Java not headless
 * and {@code -Dsahelsim.gui.test=true}, e.g.
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw test -Dtest=SahelSimWithUIDisplayTest
 * -Dsahelsim.gui.test=true -Dawt.headless=false}.
 */
class SahelSimWithUIDisplayTest {
    private static final int WEEKS = 8;
    private static final long SEED = 4;

    @Test
    void theMapShowsTheStatesHoldAfterSomeWeeksAndTheGuiLeavesTheRunUnchanged() throws Exception {
        Requirements.display();

        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("default", List.of());
        SahelSimWithUI gui = SahelSimWithUI.open(entry, SEED);
        try {
            // Through the console as a user would: pause starts the run paused, play then steps a week.
            Screens.step(gui.console(), WEEKS);

            SahelSim sim = gui.sim();
            assertEquals(WEEKS - 1, sim.tick(), "the console stepped the model " + WEEKS + " weeks");
            assertEquals(WEEKS, gui.territorySeries(Side.STATE.ordinal()).getItemCount(), "one chart point a week");
            assertEquals(WEEKS, gui.fuelSeries().getItemCount());
            assertTrue(gui.legend().week().contains(String.valueOf(sim.date().getYear())), gui.legend().week());

            // The GUI only watches: the same seed run without it reaches the same state.
            SahelSim bare = Screens.straight(entry, sim, SEED, WEEKS);
            for (Side s : Side.values()) {
                assertArrayEquals(bare.world().control[s.ordinal()], sim.world().control[s.ordinal()], "control of " + s);
            }

            BufferedImage img = Screens.capture(gui.display());
            Set<Integer> colours = new HashSet<>();
            int[] sidePixels = new int[Side.COUNT];
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    for (Side s : Side.values()) if (isHeldColour(rgb, s)) sidePixels[s.ordinal()]++;
                }
            }
            assertTrue(colours.size() > 20, "the map is not blank: " + colours.size() + " colours");

            // Each side's cells, times the pixels a cell covers, show in that side's colour (less
            // what borders, roads and labels cover): right colours in the right amounts.
            CellLayer control = gui.layers().get(0);
            double[][] f = control.grid().field;
            int[] sideCells = new int[Side.COUNT];
            for (double[] column : f) {
                for (double v : column) {
                    Side s = ControlColours.side(v);
                    if (s != null) sideCells[s.ordinal()]++;
                }
            }
            var inside = gui.display().insideDisplay;
            double scale = gui.display().getScale();
            double pixelsPerCell = (inside.width * scale / f.length) * (inside.height * scale / f[0].length);
            assertTrue(sideCells[Side.STATE.ordinal()] > 100, "the state holds the south: " + sideCells[0] + " cells");
            for (Side s : Side.values()) {
                if (sideCells[s.ordinal()] < 20) continue;
                double ratio = sidePixels[s.ordinal()] / (sideCells[s.ordinal()] * pixelsPerCell);
                assertTrue(ratio > 0.5 && ratio < 1.15, s + ": " + sidePixels[s.ordinal()] + " pixels in its colour for "
                        + sideCells[s.ordinal()] + " cells of " + pixelsPerCell + " pixels (ratio " + ratio + ")");
            }
        } finally {
            Screens.close(gui.console(), gui);
        }
    }

    /** Whether a pixel is a side's colour mixed with white, as its held cells are drawn. */
    private static boolean isHeldColour(int rgb, Side side) {
        Color full = new Color(Actors.standard().find(side.key()).rgb());
        int[] px = {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
        int[] c = {full.getRed(), full.getGreen(), full.getBlue()};
        int k = 0; // the channel furthest from white tells how much colour is mixed in
        for (int i = 1; i < 3; i++) if (c[i] < c[k]) k = i;
        double mix = (255.0 - px[k]) / (255 - c[k]);
        if (mix < 0.45 || mix > 1.02) return false; // near white, or darker than the colour: not a held cell
        for (int i = 0; i < 3; i++) if (Math.abs(px[i] - (255 - (255 - c[i]) * mix)) > 6) return false;
        return true;
    }
}
