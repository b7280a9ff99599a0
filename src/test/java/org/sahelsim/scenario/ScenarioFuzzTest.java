package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;

/**
 * Fuzzes the scenario reader with Jazzer: whatever the text, loading it either refuses it with
 * problems located at a file, line and column and said in words (never a stack trace, never a
 * Java name), or accepts a scenario the model then plays to its end without an error.
 *
 * <p>Three kinds of input, picked by the first byte: any bytes as a scenario file; the default
 * scenario with a few lines changed, deleted, repeated or added (near-valid scenarios, where the
 * checks matter); and a scenario that {@code extends: default} with any text after it. In the suite's normal run this
 * replays the inputs under {@code ScenarioFuzzTestInputs/} (every finding kept as a regression
 * test); the suite's {@code fuzz} execution fuzzes it for a few seconds ({@code JAZZER_FUZZ=1}).
 */
class ScenarioFuzzTest {
    private static final ScenarioLibrary LIBRARY = new ScenarioLibrary(Path.of(ScenarioLibrary.FOLDER));
    private static final List<String> DEFAULT = lines(Path.of(ScenarioLibrary.FOLDER, "default.yaml"));
    /** The scenarios played so far in this run. */
    private static final java.util.Set<org.sahelsim.model.params.Scenario> PLAYED = new java.util.HashSet<>();

    @FuzzTest(maxDuration = "20s")
    void anyTextIsReadIntoAScenarioThatRunsOrIsRefusedWithLocatedProblems(byte[] input) {
        byte[] text = compose(new Choices(input));
        ScenarioLibrary.Entry entry;
        try {
            entry = LIBRARY.load(new ScenarioSource("fuzzed.yaml", text), List.of());
        } catch (ScenarioException e) {
            assertLocatedAndReadable(e, text);
            return;
        }
        // Accepted: the model must play it to the end (on the coarse map; the scenario's own grid
        // only sets the cell size). A scenario already played (most edits touch a comment or a
        // source) is not played again.
        if (PLAYED.size() > 10_000 || !PLAYED.add(entry.scenario())) return;
        SahelSim sim = new SahelSim(entry.scenario(), Coarse.MAP, 1);
        sim.addObserver((week, world) -> assertSound(week));
        sim.runToEnd();
        assertTrue(sim.isFinished());
    }

    /**
     * The fuzzer's bytes read as choices: the first byte picks the kind of input, then numbers
     * (a byte or two each) and texts (a length byte, then that many bytes) as the edits ask.
     */
    static final class Choices {
        private final byte[] b;
        private int at;

        Choices(byte[] b) {
            this.b = b;
        }

        /** A whole number in [0, bound). */
        int next(int bound) {
            if (bound <= 1) return 0;
            int v = at < b.length ? b[at++] & 0xFF : 0;
            if (bound > 256) v = (v << 8) | (at < b.length ? b[at++] & 0xFF : 0);
            return v % bound;
        }

        /** Up to {@code max} bytes as text. */
        String text(int max) {
            int n = Math.min(next(max + 1), b.length - at);
            String s = new String(b, at, Math.max(0, n), StandardCharsets.UTF_8);
            at += Math.max(0, n);
            return s;
        }

        byte[] rest() {
            byte[] r = java.util.Arrays.copyOfRange(b, Math.min(at, b.length), b.length);
            at = b.length;
            return r;
        }
    }

    /** What a played week must be: finite numbers, shares between 0 and 1, no negative troops. */
    static void assertSound(WeekRecord w) {
        for (double[] shares : List.of(w.territory(), w.population())) {
            for (double x : shares) assertTrue(x >= 0 && x <= 1 + 1e-9, "a share of " + x + " on " + w.date());
        }
        for (double t : w.troops()) assertTrue(t >= 0 && Double.isFinite(t), "troops of " + t + " on " + w.date());
        for (double x : new double[] {w.fuelPriceBamako(), w.fuelStockBamakoDays(), w.fatalities(), w.civilianFatalities(),
                w.cohesion(), w.treasuryUsd(), w.meanGrievance()}) {
            assertTrue(Double.isFinite(x), "a value of " + x + " on " + w.date());
        }
    }

    private static byte[] compose(Choices data) {
        int kind = data.next(3);
        if (kind == 0) return data.rest();
        if (kind == 2) {
            byte[] rest = data.rest();
            byte[] head = "extends: default\n".getBytes(StandardCharsets.UTF_8);
            byte[] out = java.util.Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, out, head.length, rest.length);
            return out;
        }
        List<String> lines = new ArrayList<>(DEFAULT);
        int edits = 1 + data.next(4);
        for (int i = 0; i < edits && !lines.isEmpty(); i++) {
            int at = data.next(lines.size());
            String line = lines.get(at);
            switch (data.next(4)) {
                case 0 -> { // a value or name replaced: some characters of the line
                    int from = data.next(line.length() + 1);
                    int to = Math.min(line.length(), from + data.next(25));
                    lines.set(at, line.substring(0, from) + data.text(24) + line.substring(to));
                }
                case 1 -> lines.remove(at);
                case 2 -> lines.add(at, line);
                default -> lines.add(at, data.text(80));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Every problem is at a place a person can find, and says what was found and what was
     * expected, in words: no stack frame, exception or class name that the input did not itself
     * hold (a problem quotes what it found, whatever that is).
     */
    static void assertLocatedAndReadable(ScenarioException e, byte[] input) {
        assertFalse(e.problems().isEmpty(), "a refusal without a problem");
        for (Problem p : e.problems()) {
            assertFalse(p.file().isBlank(), p.toString());
            assertTrue(p.line() >= 1 && p.column() >= 1, "no line and column: " + p);
            assertFalse(p.found() == null || p.found().isBlank(), "found nothing: " + p);
            assertFalse(p.expected() == null || p.expected().isBlank(), "expected nothing: " + p);
        }
        String m = e.getMessage();
        String text = new String(input, StandardCharsets.UTF_8);
        for (String java : List.of("\tat ", "Exception", "org.sahelsim.", "java.lang.", "org.yaml.")) {
            assertFalse(m.contains(java) && !text.contains(java), "Java leaked into the message:\n" + m);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Coarse {
        static final Geography MAP = Rasteriser.build(MaliAtlas.load(), 0.4);
    }
}
