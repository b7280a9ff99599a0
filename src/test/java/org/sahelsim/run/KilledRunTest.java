package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.results.Actors;
import org.sahelsim.results.RunFiles;
import org.sahelsim.results.RunFolder;
import org.sahelsim.results.RunResults;

/**
 * A run killed at any moment while it writes ({@code kill -9}) leaves no partial results folder
 * and never touches an earlier one; the next run beside it removes what the killed one left.
 * For real: the command line in child JVMs, killed at random moments once their staging folder
 * exists (while the data files, the pictures and the report are written).
 */
class KilledRunTest {
    static final int KILLS = 5;

    @TempDir
    Path root;
    @TempDir
    Path logs;

    @Test
    void aKilledRunLeavesNoPartialFolderAndNeverDamagesAnEarlierOne() throws Exception {
        Path earlier = new ScenarioRun(Mali.coarseScenario(), 1, Mali.coarseMap()).simulate().write(root, null);
        Map<String, String> before = digests(earlier);
        Random random = new Random(20240901L);
        int killedWhileWriting = 0;
        for (int k = 0; k < KILLS; k++) {
            // Half the kills within the first few milliseconds of writing (the data files), half later (pictures).
            long delay = k % 2 == 0 ? random.nextInt(40) : random.nextInt(2500);
            boolean staged = killWhileWriting(delay);
            if (staged) killedWhileWriting++;
            assertEquals(before, digests(earlier), "the earlier run was touched by kill " + (k + 1));
            for (Path folder : visible()) {
                assertComplete(folder, "after kill " + (k + 1) + " (" + delay + " ms into writing)");
            }
        }
        assertTrue(killedWhileWriting >= KILLS - 1, "only " + killedWhileWriting + " of " + KILLS + " kills came while writing");
        assertTrue(hidden().stream().anyMatch(RunFolder::isStaging), "the killed runs left their staging folders: " + hidden());
        Path staging = hidden().stream().filter(Files::isDirectory).findFirst().orElseThrow();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = org.sahelsim.cli.Main.execute(new String[] {"report", staging.toString()},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true));
        assertEquals(2, exit, "report took a killed run's staging folder for results");
        assertTrue(err.toString().contains("staging folder of a run that was stopped"), err.toString());

        // The next run beside them removes the killed runs' leftovers, and only those.
        Path next = new ScenarioRun(Mali.coarseScenario(), 1, Mali.coarseMap()).simulate().write(root, null);
        assertComplete(next, "the run after the kills");
        assertEquals(List.of(), hidden(), "what the killed runs left is removed");
        assertEquals(before, digests(earlier));
    }

    /**
     * Starts {@code sahelsim run} in a child JVM, waits until its staging folder appears, kills
     * it {@code delay} ms later with SIGKILL; returns whether it was still writing when killed.
     */
    private boolean killWhileWriting(long delay) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true",
                "-Duser.home=" + System.getProperty("user.home"), "-cp", System.getProperty("java.class.path"),
                "org.sahelsim.cli.Main", "run", "default", "--seed", "1", "--out", root.toString()));
        for (String set : Mali.COARSE) command.addAll(List.of("--set", set));
        Path log = logs.resolve("child-" + System.nanoTime() + ".log");
        List<Path> leftBefore = hidden(); // what earlier, killed runs left
        Process child = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // a guard against a hung child, not a timing assertion
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (child.isAlive() && hidden().stream().noneMatch(p -> !leftBefore.contains(p) && Files.isDirectory(p) && RunFolder.isStaging(p))) {
                if (System.nanoTime() > deadline) throw new AssertionError("the child never started writing");
                Thread.sleep(1);
            }
            if (!child.isAlive()) {
                assertEquals(0, child.exitValue(), Files.readString(log));
                return false;
            }
            Thread.sleep(delay);
            // A live run's staging folder is never taken for a stale one, even by another process.
            List<Path> live = hidden().stream().filter(p -> !leftBefore.contains(p) && Files.isDirectory(p)).toList();
            int published = visible().size();
            RunFolder.removeStale(root);
            for (Path p : live) {
                // gone only if the child published it meanwhile (or died)
                assertTrue(Files.exists(p) || visible().size() > published || !child.isAlive(),
                        "a live run's staging folder was removed: " + p);
            }
            boolean writing = child.isAlive();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            child.waitFor();
            return writing;
        } finally {
            if (child.isAlive()) child.destroyForcibly().waitFor();
            Files.deleteIfExists(log);
        }
    }

    /** A run folder with every file, each readable: published whole. */
    private static void assertComplete(Path folder, String when) {
        for (RunFiles.File f : RunFiles.files(Actors.standard())) {
            assertTrue(Files.isRegularFile(folder.resolve(f.name())), folder.getFileName() + " lacks " + f.name() + " " + when);
        }
        RunResults run = RunResults.read(folder);
        assertEquals(Mali.coarseScenario().scenario().id(), run.manifest().scenarioId(), when);
        assertFalse(run.national().isEmpty(), when);
    }

    private List<Path> visible() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private List<Path> hidden() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static Map<String, String> digests(Path folder) throws Exception {
        Map<String, String> d = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) d.put(f.getFileName().toString(), SeedDigests.sha256(f));
        }
        return d;
    }
}
