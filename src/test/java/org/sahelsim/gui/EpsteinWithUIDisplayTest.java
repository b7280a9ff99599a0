package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.sahelsim.Requirements;
import org.sahelsim.classic.EpsteinLibrary;
import org.sahelsim.classic.epstein.Census;
import org.sahelsim.classic.epstein.CivilViolence;
import org.sahelsim.classic.epstein.EpsteinScenario;
import org.sahelsim.classic.epstein.Occupant;
import org.sahelsim.scenario.ScenarioFolder;
import org.sahelsim.viz.EpsteinPalette;

/**
 * Opens the civil-violence window on a real X display, steps the model through the console's
 * buttons, checks what the torus shows, and pulls the levers. Runs only when asked: with a
 * display, Java not headless and {@code -Dsahelsim.gui.test=true}, e.g.
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw test -Dtest=EpsteinWithUIDisplayTest
 * -Dsahelsim.gui.test=true -Dawt.headless=false}.
 */
class EpsteinWithUIDisplayTest {
    private static final int TICKS = 60;
    private static final long SEED = 4;

    @Test
    void theTorusShowsEachSiteInItsColourAndTheLeversRefuseBadValues() throws Exception {
        Requirements.display();

        ScenarioFolder.Entry<EpsteinScenario> entry = EpsteinLibrary.standard().load("baseline", List.of());
        EpsteinWithUI gui = EpsteinWithUI.open(entry, SEED);
        try {
            SwingUtilities.invokeAndWait(() -> gui.console().pressPause());
            for (int i = 0; i < TICKS; i++) SwingUtilities.invokeAndWait(() -> gui.console().pressPlay());
            SwingUtilities.invokeAndWait(() -> { }); // let the chart's and legend's updates land

            CivilViolence model = gui.model();
            assertEquals(TICKS, model.tick(), "the console stepped the model " + TICKS + " ticks");
            assertEquals(TICKS + 1, gui.series(Occupant.ACTIVE).getItemCount(), "a chart point for tick 0 and each tick");
            assertTrue(gui.legend().status().startsWith("Tick " + TICKS + " of 1000"), gui.legend().status());

            // The window only watches: the same seed without it reaches the same state.
            List<Census> bare = new CivilViolence(entry.scenario(), SEED).runToEnd().subList(0, TICKS + 1);
            assertEquals(bare, model.history());

            // Each kind of site shows in its colour, in the right amount.
            BufferedImage img = Screens.capture(gui.display());
            int[] pixels = new int[Occupant.values().length];
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    for (Occupant o : Occupant.values()) if ((EpsteinPalette.of(o).getRGB() & 0xFFFFFF) == rgb) pixels[o.ordinal()]++;
                }
            }
            int[] sites = new int[Occupant.values().length];
            for (int[] column : gui.sites().field) for (int v : column) sites[v]++;
            Census now = model.census();
            assertEquals(now.active(), sites[Occupant.ACTIVE.ordinal()]);
            assertEquals(now.cops(), sites[Occupant.COP.ordinal()]);
            var inside = gui.display().insideDisplay;
            double scale = gui.display().getScale();
            double perSite = (inside.width * scale / 40) * (inside.height * scale / 40);
            for (Occupant o : List.of(Occupant.QUIESCENT, Occupant.ACTIVE, Occupant.COP, Occupant.JAILED)) {
                if (sites[o.ordinal()] < 10) continue;
                double ratio = pixels[o.ordinal()] / (sites[o.ordinal()] * perSite);
                assertTrue(ratio > 0.8 && ratio < 1.2, o + ": " + pixels[o.ordinal()] + " pixels for " + sites[o.ordinal()]
                        + " sites of " + perSite + " pixels");
            }

            // A bad value is refused where the user sees it, and the model keeps its own.
            SwingUtilities.invokeAndWait(() -> gui.knobs().setLegitimacy(1.4));
            SwingUtilities.invokeAndWait(() -> { });
            assertTrue(gui.legend().refusal().contains("1.4 refused"), gui.legend().refusal());
            assertEquals(0.82, gui.knobs().getLegitimacy());
            SwingUtilities.invokeAndWait(() -> gui.knobs().setCopDensity(0.5));
            SwingUtilities.invokeAndWait(() -> { });
            assertTrue(gui.legend().refusal().contains("0.5 refused"), gui.legend().refusal());
            // A good one takes effect at the next tick and clears the refusal.
            SwingUtilities.invokeAndWait(() -> gui.knobs().setLegitimacy(0.7));
            SwingUtilities.invokeAndWait(() -> gui.knobs().setCopDensity(0.02));
            SwingUtilities.invokeAndWait(() -> gui.console().pressPlay());
            SwingUtilities.invokeAndWait(() -> { });
            assertEquals("", gui.legend().refusal());
            assertEquals(0.7, model.census().legitimacy());
            assertEquals(32, model.census().cops());
        } finally {
            Screens.close(gui.console(), gui);
        }
    }
}
