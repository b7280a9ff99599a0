package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.Main;
import org.sahelsim.results.RunWriter;

/**
 * A run saved every few weeks ({@code run --checkpoint-every}) and resumed from a checkpoint
 * ({@code resume}) writes the very bytes the straight run writes, every file of its folder; so
 * does a run killed with {@code kill -9} and resumed from the last checkpoint it left, and the
 * killed run leaves no results folder. A file that is not a run's checkpoint is refused with a
 * message and nothing written.
 */
class ResumedRunTest {
    /** The straight run's files: name to bytes. */
    private static Map<String, byte[]> straight;

    @TempDir
    static Path shared;

    @BeforeAll
    static void runStraight() throws IOException {
        Path dir = new ScenarioRun(Mali.coarseScenario(), 1, Mali.coarseMap()).simulate().write(shared.resolve("straight"), null);
        straight = files(dir);
    }

    @Test
    void aRunResumedFromAnyOfItsCheckpointsWritesTheStraightRunsFiles(@TempDir Path root) throws IOException {
        Path saved = root.resolve("saved");
        cli(0, "run", "default", "--set", "grid.cell_degrees=0.4", "--no-pictures", "--checkpoint-every", "60", "--out", saved.toString());
        Path checkpoints = saved.resolve("default-seed1" + RunCheckpoints.FOLDER_SUFFIX);
        assertEquals(List.of("week-0060.checkpoint", "week-0120.checkpoint", "week-0180.checkpoint", "week-0240.checkpoint"),
                names(checkpoints), "a checkpoint every 60 weeks, none after the last week");
        assertSame(straight, files(saved.resolve("default-seed1")), "the run that saved checkpoints");

        for (String week : List.of("week-0060.checkpoint", "week-0240.checkpoint")) {
            Path out = root.resolve("resumed-" + week);
            String printed = cli(0, "resume", checkpoints.resolve(week).toString(), "--no-pictures", "--out", out.toString());
            assertTrue(printed.contains("after week " + Integer.parseInt(week.substring(5, 9))), printed);
            assertSame(straight, files(out.resolve("default-seed1")), "resumed from " + week);
        }
        assertEquals(List.of("week-0060.checkpoint", "week-0120.checkpoint", "week-0180.checkpoint", "week-0240.checkpoint"),
                names(checkpoints), "the resumed runs kept the checkpoints there and added none");

        // By default the resumed run's results go where the run was writing, beside the run it finishes.
        cli(0, "resume", checkpoints.resolve("week-0180.checkpoint").toString(), "--no-pictures");
        assertSame(straight, files(saved.resolve("default-seed1-2")), "resumed into the run's own folder of results");
    }

    @Test
    void aRunKilledMidwayIsResumedFromItsLastCheckpointAndLeavesNoResultsFolder(@TempDir Path root) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-Duser.home=" + System.getProperty("user.home"),
                "-cp", System.getProperty("java.class.path"), "org.sahelsim.cli.Main", "run", "default", "--set", "grid.cell_degrees=0.4",
                "--no-pictures", "--checkpoint-every", "10", "--out", root.toString()));
        Path log = Files.createTempFile("resumed-run", ".log");
        Process child = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path checkpoints = root.resolve("default-seed1" + RunCheckpoints.FOLDER_SUFFIX);
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); // a guard against a hung child, not a timing
            while (child.isAlive() && (!Files.isDirectory(checkpoints) || names(checkpoints).size() < 3)) {
                if (System.nanoTime() > deadline) throw new AssertionError("the child never saved three checkpoints");
                Thread.sleep(1);
            }
            assertTrue(child.isAlive(), "the run ended before it could be killed: " + Files.readString(log));
            child.destroyForcibly(); // SIGKILL, in the middle of a week or of a checkpoint being written
            child.waitFor();
        } finally {
            if (child.isAlive()) child.destroyForcibly().waitFor();
            Files.deleteIfExists(log);
        }
        try (Stream<Path> list = Files.list(root)) {
            assertEquals(List.of(checkpoints), list.filter(p -> !p.getFileName().toString().startsWith(".")).toList(),
                    "the killed run left its checkpoints and no results folder");
        }
        List<String> saved = names(checkpoints);
        String last = saved.get(saved.size() - 1);
        for (String name : saved) Checkpoint.read(checkpoints.resolve(name)); // every checkpoint there is whole

        cli(0, "resume", checkpoints.resolve(last).toString(), "--no-pictures");
        assertSame(straight, files(root.resolve("default-seed1")), "the killed run resumed from " + last);
    }

    @Test
    void whatIsNotARunsCheckpointIsRefusedWithAMessageAndNothingWritten(@TempDir Path root) throws IOException {
        Path out = root.resolve("out");
        String missing = cli(2, "resume", root.resolve("gone.checkpoint").toString(), "--out", out.toString());
        assertTrue(missing.contains("gone.checkpoint") && missing.contains("no such file"), missing);

        Path corrupt = root.resolve("corrupt.checkpoint");
        Files.writeString(corrupt, "half a checkpoint");
        String notOne = cli(2, "resume", corrupt.toString(), "--out", out.toString());
        assertTrue(notOne.contains("is not a saved run"), notOne);

        var sim = new org.sahelsim.model.SahelSim(Mali.coarseScenario().scenario(), Mali.coarseMap(), 1);
        sim.start();
        sim.schedule.step(sim);
        Path window = Checkpoint.write(root.resolve("window.checkpoint"), sim, new ArrayList<>(List.of("a chart's weeks")));
        String fromWindow = cli(2, "resume", window.toString(), "--out", out.toString());
        assertTrue(fromWindow.contains("saved from the window or the classroom"), fromWindow);

        RunWriter writer = new RunWriter(Mali.coarseScenario(), 1, Mali.coarseMap());
        Path older = Checkpoint.write(root.resolve("older.checkpoint"), sim,
                new RunCheckpoints.Resumable(Mali.coarseScenario(), 1, writer, 10, "0.0.1"));
        String version = cli(2, "resume", older.toString(), "--out", out.toString());
        assertTrue(version.contains("saved by SahelSim 0.0.1 and this is SahelSim " + RunWriter.version()), version);

        assertFalse(Files.exists(out), "nothing was written");
        String zero = cli(2, "run", "default", "--checkpoint-every", "0", "--out", out.toString());
        assertTrue(zero.contains("--checkpoint-every must be at least 1"), zero);
        assertFalse(Files.exists(out), "nothing was written");
    }

    @Test
    void aResumedRunPublishesWhereTheRunWasWritingAndARunTooShortForACheckpointLeavesNoFolderOfThem(@TempDir Path root) {
        Path checkpoint = root.resolve("runs").resolve("default-seed1" + RunCheckpoints.FOLDER_SUFFIX).resolve("week-0010.checkpoint");
        assertEquals(root.resolve("runs"), RunCheckpoints.outputRootOf(checkpoint));
        assertEquals(Path.of("output"), RunCheckpoints.outputRootOf(root.resolve("copied").resolve("week-0010.checkpoint")),
                "a checkpoint copied out of its folder resumes into output/, as a run writes");

        cli(0, "run", "default", "--set", "grid.cell_degrees=0.4", "--set", "period.end=2021-09-27", "--set", "events=[]",
                "--no-pictures", "--checkpoint-every", "100", "--out", root.toString());
        assertTrue(Files.isDirectory(root.resolve("default-seed1")));
        assertFalse(Files.exists(root.resolve("default-seed1" + RunCheckpoints.FOLDER_SUFFIX)), "no empty folder of checkpoints");
    }

    /** Runs the command line; checks its exit code; returns what it printed, out and err. */
    private static String cli(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        String printed = out + "" + err;
        assertEquals(expected, exit, String.join(" ", args) + ": " + printed);
        return printed;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) m.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return m;
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the files");
        for (String name : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(name), actual.get(name)), what + ": " + name + " differs from the straight run's");
        }
    }
}
