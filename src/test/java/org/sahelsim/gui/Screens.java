package org.sahelsim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import sim.display.Display2D;

/** What the window tests need of the screen: to run only on a real display, and a picture of a display's content. */
final class Screens {
    private Screens() {
    }

    /**
     * Skips the calling test unless asked for ({@code -Dsahelsim.gui.test=true}) on an X display
     * with Java not headless.
     */
    static void assumeDisplay() {
        Assumptions.assumeTrue(Boolean.getBoolean("sahelsim.gui.test"), "set -Dsahelsim.gui.test=true to run the GUI test");
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs an X display (DISPLAY)");
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "needs -Dawt.headless=false (java.awt.headless=false)");
    }

    /** What the display draws now (its own copy, painted on the event thread). */
    static BufferedImage capture(Display2D display) throws Exception {
        AtomicReference<BufferedImage> picture = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage shared = display.insideDisplay.paint(null, true, false);
            BufferedImage copy = new BufferedImage(shared.getWidth(), shared.getHeight(), BufferedImage.TYPE_INT_RGB);
            copy.getGraphics().drawImage(shared, 0, 0, null);
            picture.set(copy);
        });
        return picture.get();
    }
}
