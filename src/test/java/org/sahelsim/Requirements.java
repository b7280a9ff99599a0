package org.sahelsim;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What some tests need beyond a JDK: a browser, a display, fonts, a batch scheduler. On a machine
 * without it such a test is skipped with a notice printed in the build's output, so that the
 * README's test command passes on a fresh machine with a JDK alone; in CI, which installs all of
 * it and passes {@code -Dsahelsim.ci=true}, a missing requirement fails the test instead. Every
 * test that needs something from outside the JDK asks here, and nowhere else.
 */
public final class Requirements {
    /** The system property that turns every skip into a failure: {@code -Dsahelsim.ci=true}. */
    public static final String CI = "sahelsim.ci";

    private Requirements() {
    }

    /** Whether this is a CI run, where nothing may be skipped. */
    public static boolean ci() {
        return Boolean.getBoolean(CI);
    }

    /**
     * Goes on if {@code present}; otherwise skips the calling test with a printed notice, or fails
     * it in CI.
     *
     * @param missing what is missing, as a sentence, e.g. "Chromium is not installed"
     * @param how     how to provide it, e.g. "apt-get install chromium"
     */
    public static void require(boolean present, String missing, String how) {
        if (present) return;
        String message = missing + " (" + how + ")";
        if (ci()) Assertions.fail(message + "; -D" + CI + "=true requires it");
        // stderr reaches the build's output even with mvn -q
        System.err.println("NOTICE: test skipped: " + message + ". CI runs it (-D" + CI + "=true).");
        Assumptions.abort(message);
    }

    /** Chromium's executable (chromium or chromium-browser on the PATH or in /usr/bin). */
    public static Path chromium() {
        Optional<Path> found = executable("chromium", "chromium-browser");
        require(found.isPresent(), "Chromium, to open report.html in a browser, is not installed", "apt-get install chromium");
        return found.orElseThrow();
    }

    /**
     * A browser a test can drive: Chromium and its WebDriver, chromedriver (Debian's
     * {@code chromium-driver}), on the PATH or in /usr/bin. Nothing is downloaded.
     */
    public record Browser(Path chromium, Path chromedriver) {
    }

    /** Chromium and chromedriver, for the tests that play the classroom in a real browser. */
    public static Browser browser() {
        Optional<Path> chromium = executable("chromium", "chromium-browser");
        Optional<Path> driver = executable("chromedriver");
        require(chromium.isPresent(), "Chromium, to play the classroom in a browser, is not installed", "apt-get install chromium");
        require(driver.isPresent(), "chromedriver, to drive Chromium, is not installed", "apt-get install chromium-driver");
        return new Browser(chromium.orElseThrow(), driver.orElseThrow());
    }

    /**
     * A display the GUI can open windows on: asked for with {@code -Dsahelsim.gui.test=true} and
     * {@code -Dawt.headless=false}, with {@code DISPLAY} set (e.g. under {@code xvfb-run}).
     */
    public static void display() {
        String how = "run under xvfb-run with -Dawt.headless=false -Dsahelsim.gui.test=true, as .ci/run does";
        require(Boolean.getBoolean("sahelsim.gui.test"), "The GUI test was not asked for", how);
        require(System.getenv("DISPLAY") != null, "There is no X display (DISPLAY is not set)", how);
        require(!GraphicsEnvironment.isHeadless(), "Java runs headless", how);
    }

    /**
     * Fonts Java can draw text with (the JDK ships none: it needs fontconfig, FreeType and a font),
     * for the tests that draw charts and maps.
     */
    public static void fonts() {
        boolean ok;
        try {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            ok = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12)).stringWidth("Mali") > 0;
            g.dispose();
        } catch (Throwable e) { // a missing native library is an Error, not an Exception
            ok = false;
        }
        require(ok, "Java finds no font to draw charts and maps with", "apt-get install fontconfig fonts-dejavu-core");
    }

    /** Slurm's commands, for running ensembles on a cluster: {@code sbatch}'s path. */
    public static Path slurm() {
        Optional<Path> sbatch = executable("sbatch");
        require(sbatch.isPresent() && executable("squeue").isPresent(), "Slurm's sbatch and squeue are not installed",
                "apt-get install slurm-wlm munge, and a running slurmctld");
        return sbatch.orElseThrow();
    }

    /** The first of {@code names} found as an executable on the PATH or in /usr/bin. */
    public static Optional<Path> executable(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        List<String> dirs = new java.util.ArrayList<>(List.of(path.split(File.pathSeparator)));
        dirs.add("/usr/bin");
        for (String name : names) {
            for (String dir : dirs) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
