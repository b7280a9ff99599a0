package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.results.RunFiles;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.ShortScenario;

/**
 * The study commands as a user meets them: what they write, that a study gives the same bytes on
 * one thread or two and in one piece or gathered from shards, and that bad input stops them
 * before any run.
 */
class StudyCommandsTest {

    static MainTest.Result run(String... args) {
        return MainTest.run(args);
    }

    /** The folder a command reports on its "Results:" or "Merged ...:" line. */
    static Path resultFolder(MainTest.Result r) {
        assertEquals(0, r.exit(), r.err());
        Matcher m = Pattern.compile("(?m)^(?:Results|Merged \\d+ runs): (.+)$").matcher(r.out());
        assertTrue(m.find(), "no result folder in\n" + r.out());
        return Path.of(m.group(1).strip());
    }

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file of two folders, byte for byte. */
    static void assertSameFolders(Path expected, Path actual) throws IOException {
        assertEquals(files(expected), files(actual), "the same files");
        for (String f : files(expected)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f + " differs");
        }
    }

    @Test
    void anEnsembleGivesTheSameBytesOnOneThreadOrTwoAndGatheredFromShards(@TempDir Path dir) throws IOException {
        String scenario = ShortScenario.in(dir).toString();
        Path two = resultFolder(run("ensemble", scenario, "--runs", "12", "--threads", "2", "--out", dir.resolve("two").toString()));
        Path one = resultFolder(run("ensemble", scenario, "--runs", "12", "--threads", "1", "--out", dir.resolve("one").toString()));
        assertSameFolders(two, one);
        for (int k = 0; k < 3; k++) {
            MainTest.Result shard = run("ensemble", scenario, "--runs", "12", "--shard", k + "/3", "--out", dir.resolve("shards").toString());
            assertEquals(0, shard.exit(), shard.err());
            assertTrue(shard.out().contains("Shard " + k + " of 3"), shard.out());
        }
        Path merged = resultFolder(run("merge", dir.resolve("shards").toString(), "--out", dir.resolve("merged").toString()));
        assertEquals(two.getFileName(), merged.getFileName(), "the same folder name");
        assertSameFolders(two, merged);

        for (String f : List.of("draws.csv", "outcomes.csv", "quantiles.csv", "probabilities.csv", "national.csv.gz", "report.html",
                "fan-territory_state.png", "drivers.csv")) {
            assertTrue(Files.size(two.resolve(f)) > 0, f);
        }
        List<String> draws = Files.readAllLines(two.resolve("draws.csv"), StandardCharsets.UTF_8);
        assertEquals(13, draws.size(), "a header and one line per run");
        assertTrue(draws.get(0).contains("control.insurgent_troops_per_km2") && !draws.get(0).contains("grid.cell_degrees"),
                "every ranged parameter but the map's resolution: " + draws.get(0));
        List<String> q = Files.readAllLines(two.resolve("quantiles.csv"), StandardCharsets.UTF_8);
        assertEquals("date,series,p05,p25,p50,p75,p95,mean", q.get(0));
        String html = Files.readString(two.resolve("report.html"));
        for (String words : List.of("The state still holds Bamako at the end", "A coup by the end", "JNIM holds more territory than the state",
                "below 7 days for a month", "What drives it")) {
            assertTrue(html.contains(words), "the report names '" + words + "'");
        }
    }

    @Test
    void runFoldersOnlyWhenAskedAndTheyHoldTheSameRuns(@TempDir Path dir) throws IOException {
        String scenario = ShortScenario.in(dir).toString();
        Path plain = resultFolder(run("ensemble", scenario, "--runs", "3", "--out", dir.resolve("plain").toString()));
        assertFalse(Files.exists(dir.resolve("plain").resolve(plain.getFileName() + "-runs")), "no run folders unless asked");
        MainTest.Result kept = run("ensemble", scenario, "--runs", "3", "--keep-runs", "--out", dir.resolve("kept").toString());
        Path withRuns = resultFolder(kept);
        assertArrayEquals(Files.readAllBytes(plain.resolve("outcomes.csv")), Files.readAllBytes(withRuns.resolve("outcomes.csv")));
        Path runs = dir.resolve("kept").resolve(withRuns.getFileName() + "-runs");
        List<String> folders = files(runs);
        assertEquals(3, folders.size(), folders.toString());
        // The first run's national.csv is the study's series of that run, line for line.
        String seed = Files.readAllLines(withRuns.resolve("draws.csv")).get(1).split(",")[1];
        List<String> national = Files.readAllLines(runs.resolve("short-seed" + seed).resolve("national.csv"));
        assertTrue(national.size() > 20 && national.get(0).startsWith("date,tick,territory_state"));
        assertTrue(Files.exists(runs.resolve("short-seed" + seed).resolve(RunFiles.CELLS)));
    }

    @Test
    void aMergeRefusesMissingShardsAndShardsOfAnotherStudy(@TempDir Path dir) {
        String scenario = ShortScenario.in(dir).toString();
        assertEquals(0, run("ensemble", scenario, "--runs", "4", "--shard", "0/2", "--out", dir.resolve("a").toString()).exit());
        MainTest.Result missing = run("merge", dir.resolve("a").toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("shards missing: [1]"), missing.err());
        assertEquals(0, run("ensemble", scenario, "--runs", "4", "--seed", "2", "--shard", "1/2", "--out", dir.resolve("a").toString()).exit());
        MainTest.Result mixed = run("merge", dir.resolve("a").toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, mixed.exit());
        assertTrue(mixed.err().contains("belongs to another study"), mixed.err());
        assertFalse(Files.exists(dir.resolve("m")) && dir.resolve("m").toFile().list().length > 0, "nothing written");
    }

    @Test
    void badInputStopsAStudyBeforeAnyRun(@TempDir Path dir) {
        String scenario = ShortScenario.in(dir).toString();
        String out = dir.resolve("out").toString();
        MainTest.Result noRange = run("ensemble", scenario, "--runs", "4", "--vary", "combat.contact_rate", "--out", out);
        assertEquals(2, noRange.exit());
        assertTrue(noRange.err().contains("combat.contact_rate: the parameter has no range"), noRange.err());
        MainTest.Result unknown = run("ensemble", scenario, "--runs", "4", "--vary", "forces.fama.quallity", "--out", out);
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("has no parameter with that path"), unknown.err());
        MainTest.Result sample = run("ensemble", scenario, "--runs", "4", "--sample", "random", "--out", out);
        assertEquals(2, sample.exit());
        assertTrue(sample.err().contains("expected one of: lhs, sobol, seeds"), sample.err());
        MainTest.Result metric = run("sensitivity", scenario, "--output", "territory", "--out", out);
        assertEquals(2, metric.exit());
        assertTrue(metric.err().contains("no outcome 'territory'"), metric.err());
        // Drawn values the scenario's own rules refuse: a range that the --set value puts outside the record's bounds.
        MainTest.Result refused = run("ensemble", scenario, "--runs", "4", "--vary", "forces.fama.quality", "--set",
                "forces.fama.quality={value: 0.5, range: [0.5, 1.5]}", "--out", out);
        assertEquals(2, refused.exit());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void compareRunsBothScenariosOverTheSameDraws(@TempDir Path dir) throws IOException {
        String scenario = ShortScenario.in(dir).toString();
        MainTest.Result r = run("compare", scenario, scenario, "--set-b", "forces.france.air_power={value: 1.5, range: [1, 2]}", "--seeds", "5",
                "--sample", "lhs", "--vary", "control.insurgent_troops_per_km2,forces.france.air_power", "--out", dir.resolve("out").toString());
        Path out = resultFolder(r);
        assertTrue(r.out().contains("over 5 draws of the parameters (lhs)"), r.out());
        List<String> a = Files.readAllLines(out.resolve("draws-a.csv"));
        List<String> b = Files.readAllLines(out.resolve("draws-b.csv"));
        assertEquals("run,seed,forces.france.air_power,control.insurgent_troops_per_km2", a.get(0));
        assertEquals(6, b.size());
        for (int i = 1; i < a.size(); i++) {
            String[] x = a.get(i).split(",");
            String[] y = b.get(i).split(",");
            assertEquals(x[1], y[1], "the same seed");
            assertEquals(x[3], y[3], "the same value where both scenarios share a range");
            double qa = (Double.parseDouble(x[2]) - 2) / 3;
            double qb = (Double.parseDouble(y[2]) - 1) / 1;
            assertEquals(qa, qb, 1e-5, "the same place in each scenario's own range");
        }
        assertTrue(Files.exists(out.resolve("comparison.csv")));
    }

    @Test
    void slurmNeedsThePackagedProgram(@TempDir Path dir) {
        MainTest.Result r = run("ensemble", ShortScenario.in(dir).toString(), "--runs", "4", "--slurm", "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("java -jar target/sahelsim.jar"), r.err());
    }

    @Test
    void everyStudyCommandHasHelp() {
        for (String c : List.of("ensemble", "sensitivity", "score", "calibrate", "merge")) {
            MainTest.Result r = run(c, "--help");
            assertEquals(0, r.exit(), c);
            assertTrue(r.out().contains("Usage: sahelsim " + c), r.out());
        }
        MainTest.Result top = run("--help");
        for (String c : List.of("ensemble", "sensitivity", "score", "calibrate", "merge")) {
            assertTrue(Pattern.compile("(?m)^\\s+" + c + "\\b").matcher(top.out()).find(), c + " missing from:\n" + top.out());
        }
    }

    @Test
    void theShortScenarioLoads(@TempDir Path dir) {
        assertEquals("short", ScenarioLibrary.standard().load(ShortScenario.in(dir).toString(), List.of()).scenario().id());
    }
}
