package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.viz.ActorPalette;

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
        Assumptions.assumeTrue(Boolean.getBoolean("sahelsim.gui.test"), "set -Dsahelsim.gui.test=true to run the GUI test");
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs an X display (DISPLAY)");
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "needs -Dawt.headless=false (java.awt.headless=false)");

        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("default", List.of());
        SahelSimWithUI gui = SahelSimWithUI.open(entry, SEED);
        try {
            // Through the console as a user would: pause starts the run paused, play then steps a week.
            SwingUtilities.invokeAndWait(() -> gui.console().pressPause());
            for (int i = 0; i < WEEKS; i++) SwingUtilities.invokeAndWait(() -> gui.console().pressPlay());
            SwingUtilities.invokeAndWait(() -> { }); // let the charts' and legend's updates land

            SahelSim sim = gui.sim();
            assertEquals(WEEKS - 1, sim.tick(), "the console stepped the model " + WEEKS + " weeks");
            assertEquals(WEEKS, gui.territorySeries(Side.STATE.ordinal()).getItemCount(), "one chart point a week");
            assertEquals(WEEKS, gui.fuelSeries().getItemCount());
            assertTrue(gui.legend().week().contains(String.valueOf(sim.date().getYear())), gui.legend().week());

            // The GUI only watches: the same seed run without it reaches the same state.
            SahelSim bare = new SahelSim(entry.scenario(), sim.geography(), SEED);
            bare.start();
            for (int i = 0; i < WEEKS; i++) bare.schedule.step(bare);
            for (Side s : Side.values()) {
                assertArrayEquals(bare.world().control[s.ordinal()], sim.world().control[s.ordinal()], "control of " + s);
            }

            AtomicReference<BufferedImage> picture = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                BufferedImage shared = gui.display().insideDisplay.paint(null, true, false);
                BufferedImage copy = new BufferedImage(shared.getWidth(), shared.getHeight(), BufferedImage.TYPE_INT_RGB);
                copy.getGraphics().drawImage(shared, 0, 0, null);
                picture.set(copy);
            });
            BufferedImage img = picture.get();
            Set<Integer> colours = new HashSet<>();
            int statePixels = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (isStateColour(rgb)) statePixels++;
                }
            }
            assertTrue(colours.size() > 20, "the map is not blank: " + colours.size() + " colours");

            // Cells the state dominates, times the pixels a cell covers, must show in its colour
            // (less what borders, roads and labels cover).
            CellLayer control = gui.layers().get(0);
            int stateCells = 0;
            double[][] f = control.grid().field;
            for (double[] column : f) for (double v : column) if (ControlColours.side(v) == Side.STATE) stateCells++;
            double pixelsPerCell = (double) img.getWidth() * img.getHeight() / (f.length * f[0].length);
            assertTrue(stateCells > 100, "the state holds the south at the start: " + stateCells + " cells");
            assertTrue(statePixels > 0.5 * stateCells * pixelsPerCell,
                    statePixels + " pixels in the state's colour for " + stateCells + " cells of " + pixelsPerCell + " pixels");
        } finally {
            // Not doClose(): MASON quits the JVM when its last console closes.
            SwingUtilities.invokeAndWait(() -> {
                gui.console().pressStop();
                gui.console().dispose();
                gui.quit();
            });
        }
    }

    /** Whether a pixel is the state's blue mixed with white, as held cells are drawn. */
    private static boolean isStateColour(int rgb) {
        Color blue = ActorPalette.actorColour(ActorPalette.STATE);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        double mix = (255.0 - r) / (255 - blue.getRed());
        if (mix < 0.45) return false; // near white: not a held cell
        double gg = 255 - (255 - blue.getGreen()) * mix;
        double bb = 255 - (255 - blue.getBlue()) * mix;
        return Math.abs(g - gg) <= 6 && Math.abs(b - bb) <= 6;
    }
}
