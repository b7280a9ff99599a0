package org.sahelsim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.SwingUtilities;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Draws the README's picture of the teaching window: the default scenario, seed 1, played to
 * November 2023 (week 128, with the places layer on), the console's Teacher menu open. Not a test: run it by hand on a display of 1600 x 900 (Xvfb), look
 * at the picture, and commit it.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1600x900x24" java -Duser.home=$(mktemp -d) -cp target/test-classes:target/classes:$(cat target/cp.txt) org.sahelsim.gui.GuiPictures docs/images/gui.png
 * </pre>
 */
public final class GuiPictures {
    private GuiPictures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images/gui.png");
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("default", List.of());
        SahelSimWithUI gui = SahelSimWithUI.open(entry, 1);
        Thread.sleep(2000);
        Screens.step(gui.console(), 128);
        SwingUtilities.invokeAndWait(() -> {
            JMenuBar bar = gui.console().getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                JMenu m = bar.getMenu(i);
                if (m != null && m.getText().equals("Teacher")) m.doClick();
            }
        });
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> { });
        // The windows' union, not the whole screen: no empty desktop under them.
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Rectangle shown = null;
        for (java.awt.Frame f : java.awt.Frame.getFrames()) {
            if (f.isShowing()) shown = shown == null ? f.getBounds() : shown.union(f.getBounds());
        }
        BufferedImage shot = new Robot().createScreenCapture(shown == null ? screen : shown.intersection(screen));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(shot, "png", out.toFile());
        System.out.println("Wrote " + out);
        System.exit(0);
    }
}
