package org.sahelsim.scenario.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.scenario.ParameterCatalog;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The files of the scenario library ({@code scenarios/}): each loads, each number and each event
 * has a source, each file's id is its name, and {@code index.txt} (which the jar lists embedded
 * scenarios from) names exactly the files in the folder.
 */
class LibraryFilesTest {

    static final Path FOLDER = Path.of(ScenarioLibrary.FOLDER);


    static Stream<String> ids() throws IOException {
        return yamlFiles().stream().map(n -> n.substring(0, n.length() - ".yaml".length()));
    }

    static List<String> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    static ScenarioLibrary.Entry load(String id) {
        return new ScenarioLibrary(FOLDER).load(id, List.of());
    }

    @Test
    void theLibraryHoldsTheDefaultAndNineOthers() throws IOException {
        List<String> files = yamlFiles();
        assertTrue(files.contains("default.yaml"), "default.yaml in " + files);
        for (String id : List.of("history-2012", "france-stays", "russia-leaves", "us-engages", "total-blockade",
                "algeria-pressure", "coup-talks", "aes-joint-force", "ecowas-sanctions")) {
            assertTrue(files.contains(id + ".yaml"), id + ".yaml in " + files);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyNumberHasASource(String id) {
        ScenarioLibrary.Entry entry = load(id);
        List<String> missing = new ArrayList<>();
        for (ParameterCatalog.Parameter p : entry.catalog().parameters()) {
            String source = entry.sources().get(p.path());
            if (source != null && !source.isBlank()) continue;
            String writtenIn = Path.of(p.file()).getFileName().toString();
            missing.add(p.path() + " (" + writtenIn + ":" + p.line() + ")");
        }
        assertEquals(List.of(), missing, id + ": numbers without a source");
        assertEquals(entry.catalog().size(), entry.sources().size(), "a source entry for every number");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyEventHasASourceAndALabel(String id) {
        List<ScenarioEvent> events = load(id).scenario().eventsOrEmpty();
        assertFalse(events.isEmpty(), id + " has events");
        for (int i = 0; i < events.size(); i++) {
            ScenarioEvent e = events.get(i);
            assertTrue(e.source() != null && !e.source().isBlank(), id + ": events[" + i + "] (" + e.label() + ") has no source");
            assertTrue(e.label() != null && !e.label().isBlank(), id + ": events[" + i + "] has no label");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void idIsTheFileNameAndTheScenarioSaysWhatItAsks(String id) {
        ScenarioLibrary.Entry entry = load(id);
        var s = entry.scenario();
        assertEquals(id, s.id(), "id is the file name");
        assertFalse(s.title().isBlank(), "title");
        assertFalse(s.question().isBlank(), "question");
        assertTrue(s.notes() != null && !s.notes().isBlank(), id + " says what to look at (notes)");
        if (!id.equals("default")) {
            List<String> chain = entry.extendsChain();
            assertTrue(chain.size() >= 2 && chain.get(chain.size() - 1).endsWith("default.yaml"),
                    id + " builds on default: " + chain);
        }
    }

    @Test
    void indexListsExactlyTheYamlFiles() throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(lines.size(), new TreeSet<>(lines).size(), "no name twice in index.txt: " + lines);
        assertEquals(new TreeSet<>(yamlFiles()), new TreeSet<>(lines), "index.txt against the folder");
    }
}
