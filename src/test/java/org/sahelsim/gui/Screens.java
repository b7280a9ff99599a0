package org.sahelsim.gui;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import sim.display.Display2D;

/** What the window tests need of the screen: a picture of a display's content. Whether there is a screen at all is {@link org.sahelsim.Requirements#display()}'s to say. */
final class Screens {
    private Screens() {
    }

    /** Starts the run paused and steps it {@code steps} times, through the console's buttons as a user would. */
    static void step(sim.display.Console console, int steps) throws Exception {
        SwingUtilities.invokeAndWait(console::pressPause);
        for (int i = 0; i < steps; i++) SwingUtilities.invokeAndWait(console::pressPlay);
        SwingUtilities.invokeAndWait(() -> { }); // let the charts' and legend's updates land
    }

    /** Stops the run and closes its windows (not the console's own close: MASON quits the JVM when its last console closes). */
    static void close(sim.display.Console console, sim.display.GUIState gui) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            console.dispose();
            gui.quit();
        });
    }

    /**
     * The run the window shows, as it would go without any window: a model of the same scenario,
     * map and seed stepped {@code weeks} weeks (or to its end) straight through its schedule.
     */
    static org.sahelsim.model.SahelSim straight(org.sahelsim.scenario.ScenarioLibrary.Entry entry, org.sahelsim.model.SahelSim like,
                                                long seed, int weeks) {
        org.sahelsim.model.SahelSim bare = new org.sahelsim.model.SahelSim(entry.scenario(), like.geography(), seed);
        bare.start();
        for (int i = 0; i < weeks && !bare.isFinished() && bare.schedule.step(bare); i++) {
            // each step is a week
        }
        return bare;
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
