package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.viz.AtlasOverlay;
import org.sahelsim.viz.ReportBuilder;
import org.sahelsim.results.RunResults;

/**
 * A run folder is a pure function of (scenario, seed), pictures included: two runs of the same
 * seed write the same files with the same bytes (PNG, SVG, GIF and HTML as well as the data), and
 * the pictures are the same whether one thread draws them or several, and whether a run draws
 * them or {@code sahelsim report} redraws them from the folder's files.
 */
class SameSeedSameFolderTest {
    @TempDir
    static Path out;
    static Path first;
    static Path second;

    @BeforeAll
    static void runTwice() {
        first = run(out.resolve("a"));
        second = run(out.resolve("b"));
    }

    private static Path run(Path root) {
        MainTest.Result r = MainTest.run("run", "--seed", "3", "--map-dates", "2023-06-01", "--out", root.toString());
        assertEquals(0, r.exit(), r.err());
        return root.resolve("default-seed3");
    }

    /** Every file of the folder by name, with its bytes. */
    private static TreeMap<String, byte[]> files(Path dir) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return files;
    }

    private static void assertSameFiles(Path expected, Path actual, List<String> names) throws IOException {
        TreeMap<String, byte[]> a = files(expected);
        TreeMap<String, byte[]> b = files(actual);
        for (String name : names) {
            assertTrue(a.containsKey(name), name + " missing from " + expected);
            assertTrue(b.containsKey(name), name + " missing from " + actual);
            assertTrue(a.get(name).length > 0, name + " is empty");
            assertTrue(Arrays.equals(a.get(name), b.get(name)), name + " differs between " + expected + " and " + actual);
        }
    }

    @Test
    void twoRunsOfTheSameSeedWriteTheSameBytes() throws IOException {
        List<String> names = List.copyOf(files(first).keySet());
        assertEquals(names, List.copyOf(files(second).keySet()));
        for (String kind : List.of(".csv", ".json", ".png", ".svg", ".gif", ".html")) {
            assertTrue(names.stream().anyMatch(n -> n.endsWith(kind)), "no " + kind + " file in " + names);
        }
        assertTrue(names.contains("map-2026-12-28.png") && names.stream().filter(n -> n.startsWith("map-")).count() == 2,
                "the asked-for map and the final one: " + names);
        assertSameFiles(first, second, names);
    }

    @Test
    void onOneThreadOrManyTheReportRedrawsTheRunsPictures() throws IOException {
        List<String> pictures = files(first).keySet().stream()
                .filter(n -> n.endsWith(".png") || n.endsWith(".svg") || n.endsWith(".gif") || n.endsWith(".html")).toList();
        for (int threads : new int[]{1, 3}) {
            Path copy = out.resolve("redrawn-" + threads);
            Files.createDirectories(copy);
            try (Stream<Path> list = Files.list(first)) {
                for (Path p : list.toList()) {
                    String name = p.getFileName().toString();
                    if (!pictures.contains(name)) Files.copy(p, copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            ReportBuilder.build(copy, RunResults.read(copy), Pictures.withFinalWeek(List.of(java.time.LocalDate.of(2023, 6, 1))),
                    AtlasOverlay.of(MaliAtlas.load()), threads);
            assertSameFiles(first, copy, pictures);
        }
    }
}
