package org.sahelsim.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.classic.epstein.EpsteinScenario;
import org.sahelsim.classic.epstein.Lever;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.ScenarioFolder;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The classic's scenario files ({@code scenarios/classic/}): each loads, states the paper's finding
 * and a source for every number, is named as its file, is listed in {@code index.txt} for the jar,
 * and stays out of the Mali library; a bad file is refused at its line and column.
 */
class EpsteinLibraryTest {
    static final Path FOLDER = Path.of(EpsteinLibrary.FOLDER);

    @TempDir
    Path tmp;

    static Stream<String> ids() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    private static ScenarioFolder.Entry<EpsteinScenario> load(String id) {
        return new EpsteinLibrary(FOLDER).load(id, List.of());
    }

    @Test
    void theLibraryHoldsThePapersExperiments() throws IOException {
        assertEquals(List.of("baseline", "cop-reductions", "legitimacy-increments", "legitimacy-jump"), ids().toList());
        assertEquals(0.82, load("baseline").scenario().legitimacy());
        assertEquals(List.of(0.7), load("legitimacy-jump").scenario().changes().stream().map(c -> c.to()).toList());
        assertEquals(70, load("legitimacy-increments").scenario().changes().get(0).ticks());
        assertEquals(Lever.COP_DENSITY, load("cop-reductions").scenario().changes().get(0).lever());
        assertFalse(load("legitimacy-jump").scenario().jail().termsEnd(), "Table 2's infinite jail terms");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyNumberHasASourceAndEveryScenarioItsFinding(String id) {
        ScenarioFolder.Entry<EpsteinScenario> e = load(id);
        assertEquals(id, e.scenario().id(), "the id is the file's name");
        for (Map.Entry<String, String> s : e.sources().entrySet()) {
            assertTrue(s.getValue() != null && !s.getValue().isBlank(), id + ": " + s.getKey() + " has no source");
        }
        e.scenario().changes().forEach(c -> assertFalse(c.source().isBlank(), id + ": a change without a source"));
        assertTrue(e.scenario().finding().contains("Epstein 2002, Fig"), id + " states the paper's finding with its figure");
    }

    @Test
    void indexTxtListsExactlyTheFilesAndTheMaliLibraryNoneOfThem() throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(new TreeSet<>(ids().map(i -> i + ".yaml").toList()), new TreeSet<>(lines));
        List<String> mali = ScenarioLibrary.standard().ids();
        ids().forEach(id -> assertFalse(mali.contains(id), id + " is not a Mali scenario"));
        // The embedded copy (what the jar holds) is found by name from anywhere.
        assertEquals(0.82, new EpsteinLibrary(null).load("baseline", List.of()).scenario().legitimacy());
    }

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private String problems(Path file, List<String> overrides) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new EpsteinLibrary(FOLDER).load(file.toString(), overrides));
        return e.getMessage();
    }

    @Test
    void aBadValueIsRefusedAtItsLineAndColumn() throws IOException {
        Path f = write("bad.yaml", "extends: baseline\nid: bad\nlegitimacy: 1.4\n");
        assertEquals(f + ":3:13: legitimacy: found 1.4, expected a number between 0 and 1", problems(f, List.of()));
    }

    @Test
    void rulesAcrossParametersAreRefusedAtTheKeyConcerned() throws IOException {
        Path f = write("crowded.yaml", """
                extends: baseline
                id: crowded
                cops:
                  density: 0.4
                changes:
                  - {lever: legitimacy, start: 990, ticks: 20, to: 0.5, source: x}
                  - {lever: legitimacy, start: 995, ticks: 1, to: 0.5, source: x}
                """);
        String m = problems(f, List.of());
        assertTrue(m.contains(f + ":4:3: cops.density: found 0.4 (640 cops beside 1120 citizens on 1600 sites)"), m);
        assertTrue(m.contains("changes[0].ticks: found a change that ends at tick 1009, expected a change within the run's 1000 ticks"), m);
        assertTrue(m.contains("changes[1].start: found a change of legitimacy over ticks 995-995, overlapping changes[0]"), m);
    }

    @Test
    void aMisspeltLeverOrKeyGetsASuggestion() throws IOException {
        Path f = write("typo.yaml", """
                extends: baseline
                id: typo
                citizens: {visoin: 5}
                changes:
                  - {lever: legitimacie, start: 5, ticks: 1, to: 0.5, source: x}
                """);
        String m = problems(f, List.of());
        assertTrue(m.contains(f + ":3:12: citizens.visoin: found unknown key 'visoin'"), m);
        assertTrue(m.contains("(did you mean 'vision'?)"), m);
        assertTrue(m.contains(f + ":5:13: changes[0].lever: found 'legitimacie'"), m);
        assertTrue(m.contains("(did you mean 'legitimacy'?)"), m);
    }

    @Test
    void aBadOverrideIsRefusedOnTheCommandLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new EpsteinLibrary(FOLDER).load("baseline", List.of("cops.vision=25")));
        assertTrue(e.getMessage().contains("command line --set cops.vision=25"), e.getMessage());
        assertTrue(e.getMessage().contains("a vision shorter than half the torus's smaller side (20.0)"), e.getMessage());
    }
}
