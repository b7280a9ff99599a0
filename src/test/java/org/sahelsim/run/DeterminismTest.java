package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.results.Actors;
import org.sahelsim.results.RunFiles;

/**
 * A run is a pure function of (scenario, seed): the same pair gives the same bytes, whether run
 * alone, beside another run in the same JVM, or in another JVM; another seed gives another run.
 */
class DeterminismTest {
    /** The files whose bytes must repeat; manifest and summary hold no clock or path either. */
    static final List<String> FILES = RunFiles.files(Actors.standard()).stream().map(RunFiles.File::name).toList();

    @TempDir
    static Path out;
    static Path alone;

    @BeforeAll
    static void runAlone() throws IOException {
        alone = Mali.defaultRun().write(out.resolve("alone"), null);
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        for (String f : FILES) {
            byte[] a = Files.readAllBytes(expected.resolve(f));
            byte[] b = Files.readAllBytes(actual.resolve(f));
            assertTrue(a.length > 0, f + " is empty");
            if (!java.util.Arrays.equals(a, b)) {
                assertEquals(firstDifference(a, b), "", f + " differs between " + expected + " and " + actual);
            }
            assertArrayEquals(a, b, f);
        }
    }

    /** The first differing line, to make a failure readable. */
    private static String firstDifference(byte[] a, byte[] b) {
        String[] x = new String(a, StandardCharsets.UTF_8).split("\n", -1);
        String[] y = new String(b, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) return "line " + (i + 1) + ":\n  " + x[i] + "\n  " + y[i];
        }
        return "lengths " + x.length + " and " + y.length + " lines";
    }

    @Test
    void twoRunsInParallelGiveTheBytesOfOneAlone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Path root = out.resolve("parallel-" + i);
                runs.add(pool.submit(() -> new ScenarioRun(Mali.defaultScenario(), 1, Mali.map()).simulate().write(root, null)));
            }
            for (Future<Path> run : runs) assertSameBytes(alone, run.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anotherSeedGivesAnotherRun() throws IOException {
        Path other = new ScenarioRun(Mali.defaultScenario(), 2, Mali.map()).simulate().write(out.resolve("seed2"), null);
        assertEquals("default-seed2", other.getFileName().toString());
        for (String f : List.of(RunFiles.NATIONAL, RunFiles.CELLS, RunFiles.FUEL)) {
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(alone.resolve(f)), Files.readAllBytes(other.resolve(f))),
                    f + " is the same with seeds 1 and 2");
        }
        // Same scenario, same calendar: only the outcomes differ.
        assertEquals(Files.readAllLines(alone.resolve("national.csv")).size(), Files.readAllLines(other.resolve("national.csv")).size());
    }

    /**
     * The command line in a fresh JVM (same classes, same working directory) writes the same
     * bytes as this JVM: nothing depends on hash order, class-loading order or JIT state.
     */
    @Test
    void anotherJvmGivesTheSameBytes() throws Exception {
        Path root = out.resolve("child-jvm");
        Path log = out.resolve("child-jvm.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=true",
                "-Duser.home=" + System.getProperty("user.home"),
                "-cp", System.getProperty("java.class.path"),
                "org.sahelsim.cli.Main", "run", "default", "--seed", "1", "--no-pictures", "--out", root.toString())
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        int exit = pb.start().waitFor();
        assertEquals(0, exit, "the child JVM failed:\n" + Files.readString(log));
        assertSameBytes(alone, root.resolve("default-seed1"));
    }
}
