package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken scenario in {@code broken/} must be refused with a problem that names the file,
 * a line and column, and says what was expected. Each file states its own expectation in its
 * first comment lines: {@code # expect: text} (in the message), optionally {@code # at: L:C}
 * (a problem exactly there), {@code # file: name} (the file named, if not this one) and
 * {@code # count: N} (the number of problems); {@code # and: text} lines add further expected texts.
 */
class BrokenScenarioTest {

    static final String BROKEN = "org/sahelsim/scenario/broken";
    static final ScenarioReader READER = new ScenarioReader(
            ScenarioResolver.resources(BrokenScenarioTest.class.getClassLoader(), "org/sahelsim/scenario/library"));

    static Stream<String> brokenFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(BrokenScenarioTest.class.getClassLoader().getResource(BROKEN).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .sorted().toList();
            return names.stream();
        }
    }

    @Test
    void theFolderHoldsEnoughCases() throws Exception {
        assertTrue(brokenFiles().count() >= 50, "at least 50 broken files");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileIsRefusedWithALocatedProblem(String fileName) throws IOException {
        String name = BROKEN + "/" + fileName;
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String expect = header(text, "expect");
        String at = header(text, "at");
        String file = header(text, "file");
        String count = header(text, "count");
        assertTrue(expect != null, fileName + " has no '# expect:' line");

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> READER.read(Plan.class, new ScenarioSource(name, bytes)));
        assertReadable(e, file == null ? name : file, expect);
        for (String more : text.lines().limit(8).filter(l -> l.startsWith("# and: ")).toList()) {
            assertTrue(e.getMessage().contains(more.substring(7)), "expected '" + more.substring(7) + "' in:\n"
                    + e.getMessage());
        }
        if (at != null) {
            String[] lc = at.split(":");
            int line = Integer.parseInt(lc[0]);
            int column = Integer.parseInt(lc[1]);
            assertTrue(e.problems().stream().anyMatch(p -> p.line() == line && p.column() == column),
                    "a problem at " + at + " in:\n" + e.getMessage());
        }
        if (count != null) {
            assertEquals(Integer.parseInt(count), e.problems().size(), e.getMessage());
        }
    }

    /** The checks every refusal must pass: file, line and column named, the expected text, no Java. */
    static void assertReadable(ScenarioException e, String file, String expect) {
        String message = e.getMessage();
        assertFalse(e.problems().isEmpty());
        assertTrue(message.contains(expect), "expected '" + expect + "' in:\n" + message);
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(file)), "names " + file + ":\n" + message);
        for (Problem p : e.problems()) {
            assertTrue(p.line() > 0 && p.column() > 0, "line and column of " + p);
            assertFalse(p.expected().isBlank(), "says what was expected: " + p);
            assertTrue(message.contains(p.toString()));
        }
        for (String java : List.of("org.yaml", "snakeyaml", "Exception", "\tat ", "java.lang", "sahelsim.",
                "$", "Plan")) {
            assertFalse(message.contains(java), "no Java in the message ('" + java + "'):\n" + message);
        }
        assertEquals(e.problems().size(), message.lines().count(), "one line per problem:\n" + message);
    }

    private static String header(String text, String key) {
        for (String line : text.lines().limit(8).toList()) {
            if (line.startsWith("# " + key + ": ")) {
                return line.substring(key.length() + 4).trim();
            }
        }
        return null;
    }

    // ---- Inputs that cannot be files with a comment header ----------------------------------

    private static ScenarioException refuse(String name, byte[] bytes, List<String> sets) {
        return assertThrows(ScenarioException.class, () -> READER.read(Plan.class, new ScenarioSource(name, bytes),
                sets));
    }

    private static ScenarioException refuse(String name, byte[] bytes) {
        return refuse(name, bytes, List.of());
    }

    @Test
    void latin1TextIsRefusedAtTheBadByte() {
        byte[] bytes = "extends: base\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        ScenarioException e = refuse("latin1.yaml", bytes);
        assertReadable(e, "latin1.yaml", "found the byte 0xE9, which is not UTF-8, expected a text file in UTF-8");
        assertEquals(2, e.problems().get(0).line());
        assertEquals(10, e.problems().get(0).column());
    }

    @Test
    void binaryFileIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ScenarioException e = refuse("picture.yaml", png);
        assertReadable(e, "picture.yaml", "not UTF-8");
    }

    @Test
    void controlCharactersAreRefused() {
        byte[] bytes = "extends: base\nname: a\u0000b\n".getBytes(StandardCharsets.UTF_8);
        ScenarioException e = refuse("nul.yaml", bytes);
        assertReadable(e, "nul.yaml", "found the control character U+0000, expected plain text (is this a binary file?)");
        assertEquals(2, e.problems().get(0).line());
        assertEquals(8, e.problems().get(0).column());
    }

    @Test
    void oversizeFileIsRefusedBeforeParsing() {
        byte[] bytes = new byte[(1 << 20) + 1];
        Arrays.fill(bytes, (byte) '#');
        ScenarioException e = refuse("huge.yaml", bytes);
        assertReadable(e, "huge.yaml", "found a file of more than 1048576 bytes, expected a scenario file of at most");
    }

    @Test
    void oversizeFileIsRefusedWhenReadFromDisk(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[3 << 20]);
        ScenarioSource s = ScenarioSource.read(big);
        assertEquals((1 << 20) + 1, s.bytes().length, "reads no more than the limit and one byte");
        assertReadable(assertThrows(ScenarioException.class, () -> READER.read(Plan.class, s)), big.toString(),
                "more than 1048576 bytes");
    }

    @Test
    void unknownScenarioIdIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> READER.read(Plan.class, "chlid", List.of()));
        assertReadable(e, "chlid", "found no scenario called 'chlid'");
    }

    @Test
    void manyProblemsAreCappedAndCounted() {
        StringBuilder s = new StringBuilder("extends: base\n");
        for (int i = 0; i < 30; i++) {
            s.append("unknown_").append(i).append(": 1\n");
        }
        ScenarioException e = refuse("many.yaml", s.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(20, e.problems().size());
        assertEquals(10, e.omitted());
        assertTrue(e.getMessage().endsWith("... and 10 more problems"), e.getMessage());
        assertEquals(2, e.problems().get(0).line(), "in reading order");
        assertEquals(21, e.problems().get(19).line());
    }

    // ---- Bad --set overrides ----------------------------------------------------------------

    static final byte[] CHILD = "extends: child\n".getBytes(StandardCharsets.UTF_8);

    static Stream<List<String>> badOverrides() {
        List<List<String>> cases = new ArrayList<>();
        // argument, expected text, column
        cases.add(List.of("forces.fama.strenght=3", "found unknown key 'strenght', expected one of: strength, morale, "
                + "air_power, stance (did you mean 'strength'?)", "13"));
        cases.add(List.of("forcse.fama.strength=3", "found unknown key 'forcse'", "1"));
        cases.add(List.of("events[7].date=2022-09-01", "found index 7 in a list of 1 items, expected an index from 0 to 0",
                "7"));
        cases.add(List.of("events[0].date=2022-13-01", "found '2022-13-01', expected a date like 2021-06-07", "16"));
        cases.add(List.of("forces.fama.strength=many", "found 'many', expected a whole number", "22"));
        cases.add(List.of("forces.fama.strength=-5", "found -5, expected a number >= 0", "22"));
        cases.add(List.of("forces.france.air_power=3", "found 3, outside its own range [0.5, 2]", "25"));
        cases.add(List.of("forces.fama", "found 'forces.fama', expected path=value", "1"));
        cases.add(List.of("=3", "expected path=value", "1"));
        cases.add(List.of("forces..fama=3", "expected path=value", "1"));
        cases.add(List.of("name.first=x", "found 'name' is the value 'child plan', expected a mapping with the key 'first'",
                "6"));
        cases.add(List.of("forces[0]=1", "found 'forces' is a mapping, expected a list to index with [0]", "7"));
        cases.add(List.of("name=!!javax.script.ScriptEngineManager []", "found the YAML tag", "6"));
        cases.add(List.of("tags=[a, b", "YAML syntax error", "11"));
        cases.add(List.of("fog=yes", "found 'yes', expected true or false", "5"));
        cases.add(List.of("regions.gao.state=0.5", "regions.gao.population: found no key 'population'", "9"));
        cases.add(List.of("eventz[0].date=2022-01-01", "no key 'eventz' here, expected one of: name, start, end",
                "1"));
        return cases.stream();
    }

    @ParameterizedTest(name = "--set {0}")
    @MethodSource("badOverrides")
    void badOverrideIsRefusedNamingTheArgument(List<String> c) {
        String arg = c.get(0);
        ScenarioException e = refuse("leaf.yaml", CHILD, List.of(arg));
        assertReadable(e, "--set " + arg, c.get(1));
        assertTrue(e.getMessage().startsWith("command line --set " + arg + ", column " + c.get(2) + ": "),
                e.getMessage());
    }
}
