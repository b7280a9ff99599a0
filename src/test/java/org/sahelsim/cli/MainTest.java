package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.results.Actors;
import org.sahelsim.results.RunFiles;
import org.sahelsim.run.Mali;
import org.sahelsim.scenario.ParameterCatalog;

/** The command line as a user meets it: exit codes, what it prints, what it writes. */
class MainTest {
    /** What one invocation printed and returned. */
    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat ") || text.contains("Exception") || text.contains("org.sahelsim."),
                "a stack trace or Java names leaked to the user:\n" + text);
    }

    /** The default scenario with FAMa's strength made negative, and the line it is on. */
    private static Path negativeStrength(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("scenarios", "default.yaml"), StandardCharsets.UTF_8);
        int fama = lines.indexOf("  fama:");
        assertTrue(fama > 0 && lines.get(fama + 1).startsWith("    strength: {value: 19000"), "the default scenario's layout changed");
        lines.set(fama + 1, lines.get(fama + 1).replace("{value: 19000", "{value: -300"));
        Path file = dir.resolve("negative.yaml");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyCommandOfManyRunsRefusesFewerThanOneThreadBeforeRunningAnything(@TempDir Path dir) {
        Path out = dir.resolve("out");
        List<List<String>> commands = List.of(
                List.of("ensemble", "default", "--runs", "2"),
                List.of("sensitivity", "default"),
                List.of("compare", "default", "france-stays", "--seeds", "2"),
                List.of("decisions", "default", "--seeds", "1"),
                List.of("score", "validation/targets.yaml", "--runs", "2"),
                List.of("check", "default", "--runs", "1"));
        for (List<String> command : commands) {
            for (String threads : List.of("0", "-3")) {
                String[] args = Stream.concat(command.stream(), Stream.of("--threads", threads, "--out", out.toString())).toArray(String[]::new);
                if (command.get(0).equals("check")) args = Stream.concat(command.stream(), Stream.of("--threads", threads)).toArray(String[]::new);
                Result r = run(args);
                assertEquals(2, r.exit(), command + " --threads " + threads + " was accepted:\n" + r.out() + r.err());
                assertTrue(r.err().contains("--threads must be at least 1, found " + threads), command + ":\n" + r.err());
                assertNoStackTrace(r.err());
                assertFalse(Files.exists(out), command + " wrote output before refusing its threads");
            }
        }
    }

    @Test
    void runRefusesABrokenFileWithItsLocationAndWritesNothing(@TempDir Path dir) throws IOException {
        Path syntax = dir.resolve("broken.yaml");
        Files.writeString(syntax, "id: broken\ntitle: \"never closed\nperiod: {start: 2021-06-07}\n", StandardCharsets.UTF_8);
        Path semantic = negativeStrength(dir);
        int strengthLine = Files.readAllLines(semantic).indexOf(Files.readAllLines(semantic).stream()
                .filter(l -> l.contains("{value: -300")).findFirst().orElseThrow()) + 1;
        Path out = dir.resolve("out");
        for (Path file : List.of(syntax, semantic)) {
            Result r = run("run", file.toString(), "--no-pictures", "--out", out.toString());
            assertNotEquals(0, r.exit(), file.getFileName() + " was accepted");
            Matcher where = Pattern.compile(Pattern.quote(file.getFileName().toString()) + ":(\\d+):(\\d+)").matcher(r.err());
            assertTrue(where.find(), "no file:line:column in:\n" + r.err());
            if (file == semantic) {
                assertEquals(strengthLine, Integer.parseInt(where.group(1)), "the line of the bad strength:\n" + r.err());
                assertTrue(r.err().contains("forces.fama.strength"), r.err());
            }
            assertNoStackTrace(r.err());
            assertFalse(r.out().contains("Results:"));
            assertFalse(Files.exists(out) && !isEmpty(out), "a refused scenario wrote output");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    @Test
    void helpListsTheCommands() {
        Result r = run("--help");
        assertEquals(0, r.exit(), r.err());
        for (String command : List.of("run", "scenarios", "describe", "validate", "report")) {
            assertTrue(Pattern.compile("(?m)^\\s+" + command + "\\b").matcher(r.out()).find(), command + " missing from:\n" + r.out());
        }
        Result runHelp = run("run", "--help");
        assertEquals(0, runHelp.exit());
        assertTrue(runHelp.out().contains("--seed") && runHelp.out().contains("--no-pictures") && runHelp.out().contains("--out"));
    }

    @Test
    void noArgumentsPrintsTheUsageToTheGivenStream() {
        Result r = run();
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Usage: sahelsim"), "usage went elsewhere: '" + r.out() + "'");
    }

    @Test
    void anUnknownScenarioNameIsRefusedWithTheLibrary(@TempDir Path dir) {
        Result r = run("run", "defualt", "--no-pictures", "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("defualt") && r.err().contains("default"), r.err());
        assertNoStackTrace(r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /** The command line runs the same model as the API: its folder has the shared run's bytes. */
    @Test
    void runWritesAResultsFolder(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("runs");
        Result r = run("run", "--no-pictures", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Matcher m = Pattern.compile("(?m)^Results: (.+)$").matcher(r.out());
        assertTrue(m.find(), "no Results: line in\n" + r.out());
        Path folder = Path.of(m.group(1).strip());
        assertTrue(Files.isDirectory(folder), folder + " does not exist");
        assertEquals(out.resolve("default-seed1").toAbsolutePath().normalize(), folder);
        for (RunFiles.File f : RunFiles.files(Actors.standard())) {
            assertTrue(Files.size(folder.resolve(f.name())) > 0, f.name());
        }
        assertFalse(Files.exists(folder.resolve("report.html")), "--no-pictures drew pictures");
        Path api = Mali.defaultRun().write(dir.resolve("api"), null);
        assertEquals(Files.readString(api.resolve("national.csv")), Files.readString(folder.resolve("national.csv")));
    }

    @Test
    void validateAcceptsTheDefaultAndRefusesABrokenFile(@TempDir Path dir) throws IOException {
        Result good = run("validate", Path.of("scenarios", "default.yaml").toString());
        assertEquals(0, good.exit(), good.err());
        assertTrue(good.out().contains("default.yaml: ok"), good.out());

        Path bad = negativeStrength(dir);
        Result refused = run("validate", bad.toString());
        assertEquals(2, refused.exit());
        assertTrue(Pattern.compile("negative\\.yaml:\\d+:\\d+: forces\\.fama\\.strength").matcher(refused.err()).find(), refused.err());
        assertNoStackTrace(refused.err());

        Result both = run("validate", Path.of("scenarios", "default.yaml").toString(), bad.toString());
        assertEquals(2, both.exit(), "one bad file fails the whole validation");
        assertTrue(both.out().contains("default.yaml: ok"));
    }

    @Test
    void describeListsEveryParameterWithItsSource() {
        Result r = run("describe", "default");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Question:") && r.out().contains("Events:"));
        String[] lines = r.out().split("\n");
        int start = List.of(lines).indexOf("Parameters (value [range]  source):");
        assertTrue(start > 0, "no parameter list in\n" + r.out());
        List<ParameterCatalog.Parameter> params = Mali.defaultScenario().catalog().parameters();
        int listed = 0;
        for (int i = start + 1; i + 1 < lines.length; i += 2) {
            String line = lines[i];
            if (!line.startsWith("  ") || line.startsWith("   ")) break;
            ParameterCatalog.Parameter p = params.get(listed);
            assertTrue(line.startsWith("  " + p.path() + " = "), "expected " + p.path() + ", got " + line);
            String source = lines[i + 1].strip();
            assertTrue(lines[i + 1].startsWith("        "), "the source goes on the next line: " + lines[i + 1]);
            assertFalse(source.isEmpty() || source.equals("null"), p.path() + " has no source");
            listed++;
        }
        assertEquals(params.size(), listed, "every parameter is listed");
    }

    /** A misspelt event target is refused by validate and by run before a week is simulated, not half-way through. */
    @Test
    void aMisspeltTargetIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("scenarios", "default.yaml"), StandardCharsets.UTF_8);
        Path file = dir.resolve("frnace.yaml");
        Files.writeString(file, text.replace("target: france, value: 0,", "target: frnace, value: 0,"), StandardCharsets.UTF_8);
        for (String command : List.of("validate", "run")) {
            Path out = dir.resolve("out");
            Result r = command.equals("run") ? run("run", file.toString(), "--no-pictures", "--out", out.toString())
                    : run("validate", file.toString());
            assertEquals(2, r.exit(), command + ":\n" + r.out() + r.err());
            assertTrue(Pattern.compile("frnace\\.yaml:\\d+:\\d+: events\\[3\\]\\.target: found 'frnace', which is not a force, "
                    + "expected a force: one of .*\\(did you mean 'france'\\?\\)").matcher(r.err()).find(), r.err());
            assertFalse(r.out().contains("Running"), command + " started simulating:\n" + r.out());
            assertNoStackTrace(r.err());
            assertFalse(Files.exists(out), "a refused scenario wrote output");
        }
    }

    /** Every subcommand, today's and any added later, prints its help with --help and nothing else. */
    @Test
    void everySubcommandPrintsItsHelp() {
        var commands = Main.commandLine(new String[0]).getSubcommands().keySet();
        assertTrue(commands.containsAll(List.of("run", "scenarios", "describe", "validate", "report", "compare", "gui")), commands.toString());
        for (String command : commands) {
            Result r = run(command, "--help");
            assertEquals(0, r.exit(), command + " --help:\n" + r.out() + r.err());
            assertTrue(r.out().startsWith("Usage: sahelsim " + command), command + " --help printed:\n" + r.out());
            assertEquals("", r.err(), command + " --help complained");
            assertFalse(r.out().contains("Missing required"), command + " --help asked for parameters:\n" + r.out());
        }
    }

    /** A subcommand built alone, as a command line naming it builds it, reads and helps as it does among all the others. */
    @Test
    void aSubcommandBuiltAloneIsTheSameAsAmongAllTheOthers() {
        picocli.CommandLine all = Main.commandLine(new String[0]);
        assertEquals(Main.SUBCOMMANDS.size(), all.getSubcommands().size());
        for (String command : all.getSubcommands().keySet()) {
            picocli.CommandLine alone = Main.commandLine(new String[] {command, "--help"});
            assertEquals(List.of(command), List.copyOf(alone.getSubcommands().keySet()));
            assertEquals(all.getSubcommands().get(command).getUsageMessage(), alone.getSubcommands().get(command).getUsageMessage(), command);
        }
        Result none = run();
        assertEquals(0, none.exit());
        for (String command : all.getSubcommands().keySet()) assertTrue(none.out().contains(command), command + " missing from the usage:\n" + none.out());
    }
}
