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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.results.Actors;
import org.sahelsim.results.RunFiles;

/**
 * A run is a pure function of (scenario, seed): the same pair gives the same bytes in every file
 * of its folder, whether the runs of twenty seeds go one at a time or on two or four threads, in
 * this JVM or another; another seed gives another run.
 */
class DeterminismTest {
    static final int SEEDS = 20;

    @TempDir
    static Path out;

    /**
     * Twenty seeds of the coarse default scenario, on 1 and 4 threads here and on 2 threads in a
     * fresh JVM (same classes, same working directory): every file of every run has the same
     * SHA-256. Nothing may depend on hash order, thread scheduling, class-loading order or JIT state.
     */
    @Test
    void twentySeedsGiveTheSameBytesOnOneTwoAndFourThreadsInTwoJvms() throws Exception {
        Path log = out.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Duser.home=" + System.getProperty("user.home"),
                "-cp", System.getProperty("java.class.path"), SeedDigests.class.getName(), String.valueOf(SEEDS), "2",
                out.resolve("child").toString())
                .directory(new File(System.getProperty("user.dir")))
                .redirectError(log.toFile())
                .start();
        Map<String, String> one = SeedDigests.of(SEEDS, 1, out.resolve("one-thread"));
        Map<String, String> four = SeedDigests.of(SEEDS, 4, out.resolve("four-threads"));
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // a guard against a hung child, not a timing assertion
        if (!child.waitFor(10, TimeUnit.MINUTES)) child.destroyForcibly();
        assertEquals(0, child.exitValue(), "the child JVM failed:\n" + Files.readString(log));
        Map<String, String> two = new TreeMap<>();
        for (String line : printed.split("\n")) {
            if (line.isBlank()) continue;
            String[] kv = line.split(" ");
            two.put(kv[0], kv[1]);
        }
        List<String> files = RunFiles.files(Actors.standard()).stream().map(RunFiles.File::name).toList();
        assertEquals(SEEDS * files.size(), one.size(), "every file of every seed: " + one.keySet());
        assertEquals(one, four, "4 threads against 1");
        assertEquals(one, two, "2 threads in another JVM against 1 in this one");
        List<String> distinct = new ArrayList<>();
        for (int s = 1; s <= SEEDS; s++) distinct.add(one.get(s + "/" + RunFiles.NATIONAL));
        assertEquals(SEEDS, distinct.stream().distinct().count(), "every seed gives its own run");
    }

    /**
     * A run on a fine map whose cells are swept on one, two or three threads
     * ({@link ScenarioRun#cellThreads}, {@code run --cell-threads}) writes the same bytes in every
     * file: at 0.1° the map has about 10,700 cells, several blocks to share out.
     */
    @Test
    void aFineRunGivesTheSameBytesWithItsCellsOnOneTwoOrThreeThreads() throws IOException {
        org.sahelsim.scenario.ScenarioLibrary.Entry entry = org.sahelsim.scenario.ScenarioLibrary.standard()
                .load("default", List.of("grid.cell_degrees=0.1", "period.end=2022-03-28", "events=[]"));
        org.sahelsim.model.world.Geography map = ScenarioRun.geographyFor(entry);
        Map<Integer, Path> folders = new TreeMap<>();
        for (int threads = 1; threads <= 2; threads++) {
            folders.put(threads, new ScenarioRun(entry, 3, map).cellThreads(threads).simulate().write(out.resolve("cells-on-" + threads), null));
        }
        // three threads as a user asks for them
        java.io.StringWriter printed = new java.io.StringWriter();
        java.io.PrintWriter to = new java.io.PrintWriter(printed, true);
        String[] fine = {"run", "default", "--seed", "3", "--set", "grid.cell_degrees=0.1", "--set", "period.end=2022-03-28", "--set", "events=[]",
                "--no-pictures", "--out", out.resolve("cells-on-3").toString(), "--cell-threads"};
        assertEquals(0, org.sahelsim.cli.Main.execute(append(fine, "3"), to, to), printed.toString());
        folders.put(3, out.resolve("cells-on-3").resolve("default-seed3"));
        assertEquals(2, org.sahelsim.cli.Main.execute(append(fine, "0"), to, to), printed.toString());
        assertTrue(printed.toString().contains("--cell-threads must be at least 1, found 0"), printed.toString());
        List<String> files;
        try (var list = Files.list(folders.get(1))) {
            files = list.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertTrue(files.contains(RunFiles.NATIONAL) && files.contains(RunFiles.CELLS), "a whole run folder: " + files);
        for (int threads = 2; threads <= 3; threads++) {
            try (var list = Files.list(folders.get(threads))) {
                assertEquals(files, list.map(f -> f.getFileName().toString()).sorted().toList(), threads + " threads");
            }
            for (String f : files) {
                assertArrayEquals(Files.readAllBytes(folders.get(1).resolve(f)), Files.readAllBytes(folders.get(threads).resolve(f)),
                        f + ": cells on " + threads + " threads against one");
            }
        }
    }

    /**
     * The cell contest (control, standing presence, the places' projection) and combat (each
     * side's fighters by cell, the bound on each pair's engagements, the draws) sweep the cells
     * on the run's threads: on a fine map through the default scenario's first eighteen months,
     * with its engagements and the civilians they kill, one, two and three threads leave every
     * cell's control, standing presence, administration, support and troops with the same bits,
     * and log the same events.
     */
    @Test
    void theContestAndTheFightingOfAFineMapGiveTheSameBitsOnOneTwoOrThreeThreads() {
        org.sahelsim.scenario.ScenarioLibrary.Entry entry = org.sahelsim.scenario.ScenarioLibrary.standard()
                .load("default", List.of("grid.cell_degrees=0.1", "period.end=2022-12-26", "events=[]"));
        org.sahelsim.model.world.Geography map = ScenarioRun.geographyFor(entry);
        Map<Integer, org.sahelsim.model.SahelSim> runs = new TreeMap<>();
        for (int threads = 1; threads <= 3; threads++) {
            org.sahelsim.model.SahelSim sim = new org.sahelsim.model.SahelSim(entry.scenario(), map, 5).cellThreads(threads);
            sim.runToEnd();
            runs.put(threads, sim);
        }
        org.sahelsim.model.WorldState one = runs.get(1).world();
        List<org.sahelsim.model.observe.LoggedEvent> events = runs.get(1).eventLog().events();
        assertTrue(events.stream().filter(e -> e.killed() > 0).count() > 100, "a war was fought: " + events.size() + " events");
        assertTrue(one.cells > 4 * 2048, "several blocks of cells: " + one.cells);
        for (int threads = 2; threads <= 3; threads++) {
            org.sahelsim.model.WorldState other = runs.get(threads).world();
            for (int s = 0; s < org.sahelsim.model.Side.COUNT; s++) {
                assertArrayEquals(one.control[s], other.control[s], "control of side " + s + " on " + threads + " threads");
                assertArrayEquals(one.standing[s], other.standing[s], "standing presence of side " + s + " on " + threads + " threads");
                assertArrayEquals(one.administration[s], other.administration[s], "administration of side " + s + " on " + threads + " threads");
                assertArrayEquals(one.support[s], other.support[s], "support of side " + s + " on " + threads + " threads");
            }
            for (int f = 0; f < org.sahelsim.model.Force.COUNT; f++) {
                assertArrayEquals(one.presence[f], other.presence[f], "troops of force " + f + " on " + threads + " threads");
            }
            assertEquals(events, runs.get(threads).eventLog().events(), "the events on " + threads + " threads");
        }
    }

    private static String[] append(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    @Test
    void anotherSeedGivesAnotherRun() throws IOException {
        Path alone = Mali.defaultRun().write(out.resolve("seed1"), null);
        Path other = new ScenarioRun(Mali.defaultScenario(), 2, Mali.map()).simulate().write(out.resolve("seed2"), null);
        assertEquals("default-seed2", other.getFileName().toString());
        for (String f : List.of(RunFiles.NATIONAL, RunFiles.CELLS, RunFiles.FUEL)) {
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(alone.resolve(f)), Files.readAllBytes(other.resolve(f))),
                    f + " is the same with seeds 1 and 2");
        }
        // Same scenario, same calendar: only the outcomes differ.
        assertEquals(Files.readAllLines(alone.resolve(RunFiles.NATIONAL)).size(),
                Files.readAllLines(other.resolve(RunFiles.NATIONAL)).size());
    }
}
