package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.viz.EpsteinPalette;

/** {@code sahelsim epstein} and {@code sahelsim gui epstein} as a user meets them. */
class EpsteinCommandsTest {

    private static MainTest.Result run(String... args) {
        return MainTest.run(args);
    }

    private static List<Path> folders(Path out) throws IOException {
        if (!Files.exists(out)) return List.of();
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    @Test
    void helpNamesTheCommandsAndTheirOptions() {
        assertTrue(run("--help").out().contains("epstein"), "the top level lists epstein");
        String help = run("epstein", "--help").out();
        for (String option : List.of("--seed", "--set", "--out", "--list", "NAME|PATH", "census.csv")) {
            assertTrue(help.contains(option), option + " in:\n" + help);
        }
        assertTrue(run("gui", "--help").out().contains("epstein"), "gui lists its epstein window");
        MainTest.Result window = run("gui", "epstein", "--help");
        assertEquals(0, window.exit());
        assertTrue(window.out().contains("legitimacy and cop"), window.out());
    }

    @Test
    void listStatesEachScenarioAndThePapersFinding() {
        MainTest.Result r = run("epstein", "--list");
        assertEquals(0, r.exit());
        for (String id : List.of("baseline", "legitimacy-jump", "legitimacy-increments", "cop-reductions")) {
            assertTrue(r.out().contains(id), id + " in:\n" + r.out());
        }
        assertTrue(r.out().contains("Epstein 2002, Fig. 10"), r.out());
    }

    @Test
    void aRunWritesItsFolderAndTheSameSeedWritesTheSameBytesNextToIt(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        MainTest.Result r = run("epstein", "legitimacy-jump", "--seed", "2", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("300 ticks: seed 2:"), r.out());
        Path first = out.resolve("epstein-legitimacy-jump-seed2");
        for (String f : List.of("census.csv", "census.png", "census.svg", "manifest.json", "summary.json")) {
            assertTrue(Files.size(first.resolve(f)) > 0, f);
        }
        List<String> csv = Files.readAllLines(first.resolve("census.csv"), StandardCharsets.UTF_8);
        assertEquals("tick,quiescent,active,jailed,cops,legitimacy", csv.get(0));
        assertEquals(302, csv.size(), "a header, tick 0 and 300 ticks");
        for (String line : csv.subList(1, csv.size())) {
            String[] v = line.split(",");
            assertEquals(1120, Integer.parseInt(v[1]) + Integer.parseInt(v[2]) + Integer.parseInt(v[3]), line);
        }
        assertEquals("77,", csv.get(78).substring(0, 3));
        assertTrue(csv.get(77).endsWith(",0.900000") && csv.get(78).endsWith(",0.700000"), "the jump before tick 77");

        JsonNode manifest = new ObjectMapper().readTree(first.resolve("manifest.json").toFile());
        assertEquals(2, manifest.path("seed").asLong());
        assertEquals("legitimacy-jump", manifest.path("scenario").path("id").asText());
        assertEquals("never end", manifest.path("jail_terms").asText());
        for (JsonNode p : manifest.path("parameters")) {
            assertFalse(p.path("source").asText().isBlank(), p.path("path").asText() + " has a source");
        }
        JsonNode summary = new ObjectMapper().readTree(first.resolve("summary.json").toFile());
        assertEquals(50, summary.path("outbursts").path("threshold").asInt());

        BufferedImage png = ImageIO.read(first.resolve("census.png").toFile());
        assertEquals(1600, png.getWidth());
        assertTrue(count(png, EpsteinPalette.ACTIVE.getRGB()) > 100, "the actives' line is drawn");
        assertTrue(count(png, EpsteinPalette.QUIESCENT.getRGB()) > 100, "the quiescent line is drawn");

        assertEquals(0, run("epstein", "legitimacy-jump", "--seed", "2", "--out", out.toString()).exit());
        Path second = out.resolve("epstein-legitimacy-jump-seed2-2");
        assertEquals(List.of(first, second), folders(out), "the earlier run is kept");
        for (String f : List.of("census.csv", "manifest.json", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
    }

    @Test
    void severalSeedsArePooledAsThePaperMeasures(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        MainTest.Result r = run("epstein", "legitimacy-jump", "--seed", "5", "--seeds", "3", "--no-pictures", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("3 runs (seeds 5 to 7), outbursts of more than 50 active:"), r.out());
        assertTrue(r.out().contains("jailed at the end: mean"), r.out());
        assertEquals(3, folders(out).size());
        assertFalse(Files.exists(folders(out).get(0).resolve("census.png")), "--no-pictures");
        assertEquals(2, run("epstein", "--seeds", "0", "--out", out.toString()).exit());
    }

    private static int count(BufferedImage img, int argb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if (img.getRGB(x, y) == argb) n++;
        return n;
    }

    @Test
    void badInputIsRefusedWithItsLocationAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "extends: baseline\nid: mine\ncitizens:\n  density: 1.7\n", StandardCharsets.UTF_8);
        MainTest.Result r = run("epstein", file.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(file + ":4:12: citizens.density: found 1.7, expected a number between 0 and 1"), r.err());

        MainTest.Result set = run("epstein", "--set", "legitimacy=high", "--out", out.toString());
        assertEquals(2, set.exit());
        assertTrue(set.err().contains("command line --set legitimacy=high, column 12: legitimacy: found 'high', expected a number"),
                set.err());

        MainTest.Result name = run("epstein", "baselin", "--out", out.toString());
        assertEquals(2, name.exit());
        assertTrue(name.err().contains("did you mean 'baseline'?"), name.err());
        for (MainTest.Result x : List.of(r, set, name)) assertFalse(x.err().contains("\tat "), "no stack trace:\n" + x.err());
        assertEquals(List.of(), folders(out), "nothing written");
    }

    @Test
    void theWindowNeedsADisplay() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.awt.GraphicsEnvironment.isHeadless(), "only when headless");
        MainTest.Result r = run("gui", "epstein");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("needs a graphical display"), r.err());
    }
}
