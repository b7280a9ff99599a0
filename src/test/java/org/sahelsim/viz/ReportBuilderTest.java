package org.sahelsim.viz;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.results.RunResults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import org.sahelsim.Requirements;
import org.sahelsim.results.SyntheticRun;

/**
 * Builds the report of a synthetic run and checks it as a reader would meet it: every file is
 * there and drawn, the page is escaped and self-contained, and a real browser opens it from the
 * file system with no broken picture or link.
 */
class ReportBuilderTest {
    private static final Pattern REFERENCE = Pattern.compile("\\b(src|href)=\"([^\"]*)\"");

    @TempDir
    static Path dir;
    static ReportBuilder.Report report;
    static LocalDate start = SyntheticRun.START;

    @BeforeAll
    static void build() throws IOException {
        Requirements.fonts();
        SyntheticRun.write(dir, 13, 3, true);
        report = ReportBuilder.build(dir, List.of(start.plusWeeks(4), start.plusWeeks(5), start.plusWeeks(12)),
                SyntheticOverlay.overlay());
    }

    @Test
    void everyPictureIsWrittenAndDrawn() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String chart : List.of("control", "population", "regions", "regions-population", "fuel", "forces", "violence",
                "violence-regions")) {
            expected.add(chart + ".png");
            expected.add(chart + ".svg");
        }
        // weeks 4 and 5 map to the same snapshot: one map, not two
        expected.add("map-" + start.plusWeeks(4) + ".png");
        expected.add("map-" + start.plusWeeks(12) + ".png");
        expected.add("control.gif");
        expected.add("report.html");
        assertEquals(expected, report.files());
        for (String f : report.files()) {
            assertTrue(Files.size(dir.resolve(f)) > 1000, f + " is nearly empty");
            if (f.endsWith(".png")) {
                BufferedImage image = ImageIO.read(dir.resolve(f).toFile());
                assertTrue(Pixels.distinctColours(image) > 50, f + " looks blank");
            }
        }
    }

    /** The shortest runs still give every file, and the stacked chart still fills its plot. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void veryShortRunsStillGiveAReport(int weeks, @TempDir Path shortRun) throws IOException {
        SyntheticRun.write(shortRun, weeks, 9, true);
        ReportBuilder.Report r = ReportBuilder.build(shortRun, List.of(), MapOverlay.empty());
        assertTrue(r.files().contains("map-" + start.plusWeeks(weeks - 1) + ".png"), r.files().toString());
        BufferedImage control = ImageIO.read(shortRun.resolve("control.png").toFile());
        assertTrue(Pixels.count(control, SyntheticRun.colour("state")) > RunCharts.WIDTH * RunCharts.HEIGHT / 5);
    }

    @Test
    void theReportEscapesTextAndNeedsNoNetwork() throws IOException {
        String html = Files.readString(report.html(), StandardCharsets.UTF_8);
        assertTrue(html.contains("What if France &lt;withdraws&gt; &amp; nobody replaces it?"));
        assertFalse(html.contains("<withdraws>"));
        assertTrue(html.contains("FAMa retakes Anéfis &lt;after&gt; &quot;heavy&quot; fighting &amp; losses"));
        assertTrue(html.contains("Reuters, &#39;Fuel blockade&#39; &lt;estimate&gt; &amp; rounding"));
        assertFalse(html.contains("<script"), "the page needs no script");
        Matcher m = REFERENCE.matcher(html);
        int references = 0;
        while (m.find()) {
            references++;
            String target = m.group(2);
            assertFalse(target.contains("//") || target.startsWith("/"), "not a relative reference: " + target);
        }
        assertTrue(references > 20, "only " + references + " references");
        // the parameters table lists each parameter with its source
        assertTrue(html.contains("<code>fuel.imports_litres_per_week</code></td><td class=\"num\">42000000</td>"
                + "<td class=\"num\">[0, 1000000000]</td>"));
    }

    @Test
    void theHeadlinesComeFromTheNationalSeries() throws IOException {
        RunResults run = RunResults.read(dir);
        double killed = run.national().stream().mapToDouble(WeekRecord::fatalities).sum();
        String html = Files.readString(report.html(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<div class=\"value\">" + HtmlReport.whole(killed) + "</div>"), "fatalities " + killed);
        WeekRecord last = run.national().get(run.national().size() - 1);
        assertTrue(html.contains("<td>" + HtmlReport.pct(run.territory(last, "jnim")) + "</td>"));
    }

    @Test
    void aBrowserOpensTheReportWithNoBrokenPictureOrLink(@TempDir Path profile) throws Exception {
        Path chromium = chromium();
        String url = report.html().toUri().toString();
        String dom = run(chromium, profile.resolve("dom"), "--dump-dom", url);
        assertTrue(dom.contains("<h1>France leaves, Wagner arrives</h1>"), "the browser did not render the page");
        Matcher m = REFERENCE.matcher(dom);
        int images = 0;
        while (m.find()) {
            String target = m.group(2).replace("&amp;", "&");
            if (target.startsWith("#")) {
                assertTrue(dom.contains("id=\"" + target.substring(1) + "\""), "anchor without target: " + target);
                continue;
            }
            if (m.group(1).equals("src")) images++;
            assertTrue(Files.isRegularFile(dir.resolve(target)), "broken " + m.group(1) + ": " + target);
        }
        assertEquals(11, images, "charts, maps and the animation");

        Path shot = profile.resolve("report.png");
        run(chromium, profile.resolve("shot"), "--screenshot=" + shot, "--window-size=1280,2000", url);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1280, image.getWidth());
        assertTrue(Pixels.distinctColours(image) > 200, "the screenshot looks blank");
        assertTrue(Pixels.count(image, SyntheticRun.colour("state")) > 5000, "the control chart is not shown");
    }

    /** Chromium, or a skip with a notice (a failure in CI). */
    private static Path chromium() {
        return Requirements.chromium();
    }

    private static String run(Path chromium, Path userData, String... args) throws Exception {
        Files.createDirectories(userData);
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + userData));
        command.addAll(List.of(args));
        Path out = userData.resolve("stdout.txt");
        Path err = userData.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // a guard against a hung browser, not a timing assertion
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish; stderr: " + Files.readString(err));
        }
        assertEquals(0, p.exitValue(), "Chromium failed: " + Files.readString(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
