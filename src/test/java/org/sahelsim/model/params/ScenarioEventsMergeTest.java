package org.sahelsim.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelsim.scenario.Problem;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.ScenarioReader;
import org.sahelsim.scenario.ScenarioResolver;
import org.sahelsim.scenario.ScenarioSource;

/**
 * How a scenario that {@code extends} another gets its events: {@code events} replaces the
 * parent's list, {@code remove_events} drops inherited events by label, {@code add_events} adds
 * to them, and {@link Scenario#eventsOrEmpty()} gives the result in date order. The scenarios are
 * small texts: a parent with three events of its own, built on the library's default (which
 * gives every other key), and children of it.
 */
class ScenarioEventsMergeTest {

    /** Three events, replacing the default's: the children below see only these. */
    static final String PARENT = """
            id: parent
            extends: default
            events:
              - {date: 2022-01-10, type: marker, target: france, label: "A", source: "test"}
              - {date: 2022-06-06, type: tax_cut, label: "B", source: "test"}
              - {date: 2023-01-02, type: marker, target: russia, label: "C", source: "test"}
            """;

    /** A resolver that knows the parent (from text) and, for its own extends, the library's folder. */
    static ScenarioReader reader(Map<String, String> texts) {
        ScenarioResolver library = ScenarioResolver.folder(Path.of("scenarios"));
        return new ScenarioReader(id -> {
            String text = texts.get(id);
            return text != null ? ScenarioSource.of(id + ".yaml", text) : library.resolve(id);
        });
    }

    static Scenario read(String child) {
        return reader(Map.of("parent", PARENT)).read(Scenario.class, ScenarioSource.of("child.yaml", child)).value();
    }

    static List<String> labels(Scenario s) {
        return s.eventsOrEmpty().stream().map(ScenarioEvent::label).toList();
    }

    @Test
    void theParentHasItsThreeEvents() {
        Scenario parent = reader(Map.of()).read(Scenario.class, ScenarioSource.of("parent.yaml", PARENT)).value();
        assertEquals(List.of("A", "B", "C"), labels(parent));
    }

    @Test
    void aChildWithoutEventKeysInheritsTheParentsList() {
        assertEquals(List.of("A", "B", "C"), labels(read("id: child\nextends: parent\n")));
    }

    @Test
    void removeAndAddGiveTheInheritedEventsLessTheRemovedPlusTheAddedInDateOrder() {
        Scenario s = read("""
                id: child
                extends: parent
                remove_events: ["B"]
                add_events:
                  - {date: 2021-07-05, type: marker, target: aes, label: "First", source: "test"}
                  - {date: 2022-03-07, type: payment, value: 2, label: "D", source: "test"}
                  - {date: 2023-01-02, type: marker, target: jnim, label: "E", source: "test"}
                """);
        // D falls between A and C; E shares C's date and comes after it (inherited first).
        assertEquals(List.of("First", "A", "D", "C", "E"), labels(s));
        List<ScenarioEvent> events = s.eventsOrEmpty();
        for (int i = 1; i < events.size(); i++) {
            assertTrue(!events.get(i).date().isBefore(events.get(i - 1).date()), "date order at " + i + ": " + labels(s));
        }
        ScenarioEvent d = events.get(2);
        assertEquals(EventType.PAYMENT, d.type(), "the added event as written");
        assertEquals(LocalDate.of(2022, 3, 7), d.date());
        assertEquals(EventType.TAX_CUT, read("id: child\nextends: parent\n").eventsOrEmpty().get(1).type(),
                "B, removed here, is the parent's tax cut");
    }

    @ParameterizedTest(name = "remove {0}")
    @ValueSource(strings = {"A", "B", "C"})
    void removingOneLabelKeepsTheOthersInOrder(String removed) {
        Scenario s = read("id: child\nextends: parent\nremove_events: [\"" + removed + "\"]\n");
        List<String> expected = new ArrayList<>(List.of("A", "B", "C"));
        expected.remove(removed);
        assertEquals(expected, labels(s));
    }

    @Test
    void removingEveryLabelLeavesOnlyTheAdded() {
        Scenario s = read("""
                id: child
                extends: parent
                remove_events: ["C", "A", "B"]
                add_events:
                  - {date: 2024-05-06, type: marker, target: eu, label: "Only", source: "test"}
                """);
        assertEquals(List.of("Only"), labels(s));
    }

    @Test
    void anUnknownLabelInRemoveEventsIsAnErrorAtItsPlaceInTheChild() {
        String child = """
                id: child
                extends: parent
                remove_events:
                  - "B"
                  - "Not an event"
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> read(child));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals("child.yaml", p.file(), "the child names the label, so the problem is in the child");
        assertEquals(5, p.line(), e.getMessage());
        assertEquals(5, p.column(), "the column of the label's opening quote: " + e.getMessage());
        assertEquals("remove_events[1]", p.path());
        assertTrue(p.found().contains("Not an event"), "names the label: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("child.yaml:5:5: remove_events[1]: found 'Not an event', expected "),
                e.getMessage());
    }

    @Test
    void aLabelIsMatchedExactlyNotByCase() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> read("id: child\nextends: parent\nremove_events: [\"b\"]\n"));
        assertEquals("child.yaml:3:17: remove_events[0]: found 'b', expected the label of an event of the scenario "
                + "(or of the one it extends)", e.getMessage());
    }

    @Test
    void aLabelOnlyInAddEventsCannotBeRemoved() {
        // remove_events applies to the inherited list; an event this file adds is simply left out.
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("""
                id: child
                extends: parent
                remove_events: ["D"]
                add_events:
                  - {date: 2022-03-07, type: marker, target: eu, label: "D", source: "test"}
                """));
        assertEquals("remove_events[0]", e.problems().get(0).path(), e.getMessage());
    }

    @Test
    void addEventsOutOfDateOrderAreAnErrorAtTheLaterOne() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("""
                id: child
                extends: parent
                add_events:
                  - {date: 2023-05-01, type: marker, target: eu, label: "Late", source: "test"}
                  - {date: 2022-05-02, type: marker, target: eu, label: "Early", source: "test"}
                """));
        Problem p = e.problems().get(0);
        assertEquals("add_events[1].date", p.path(), e.getMessage());
        assertEquals("child.yaml", p.file());
        assertEquals(5, p.line(), e.getMessage());
    }

    /**
     * The limit docs/SCENARIOS.md states: in a chain the lists replace each other like any list,
     * so a grandchild's {@code remove_events} replaces its parent's (the event it removed comes
     * back) while the parent's {@code add_events}, which the grandchild does not give, stay.
     */
    @Test
    void inAChainAGrandchildsRemoveEventsReplacesItsParents() {
        String child = """
                id: child
                extends: parent
                remove_events: ["B"]
                add_events:
                  - {date: 2022-03-07, type: marker, target: eu, label: "D", source: "test"}
                """;
        ScenarioReader chain = reader(Map.of("parent", PARENT, "child", child));
        Scenario grandchild = chain.read(Scenario.class, ScenarioSource.of("grandchild.yaml", """
                id: grandchild
                extends: child
                remove_events: ["C"]
                """)).value();
        assertEquals(List.of("A", "D", "B"), labels(grandchild));
    }

    @Test
    void aChildWithEventsReplacesTheParentsList() {
        Scenario s = read("""
                id: child
                extends: parent
                events:
                  - {date: 2022-02-07, type: marker, target: eu, label: "X", source: "test"}
                  - {date: 2022-09-05, type: marker, target: eu, label: "Y", source: "test"}
                """);
        assertEquals(List.of("X", "Y"), labels(s), "none of the parent's A, B, C");
    }

    @Test
    void aChildWithEventsCanStillAddAndRemoveFromItsOwnList() {
        Scenario s = read("""
                id: child
                extends: parent
                events:
                  - {date: 2022-02-07, type: marker, target: eu, label: "X", source: "test"}
                  - {date: 2022-09-05, type: marker, target: eu, label: "Y", source: "test"}
                remove_events: ["X"]
                add_events:
                  - {date: 2022-04-04, type: marker, target: eu, label: "Z", source: "test"}
                """);
        assertEquals(List.of("Z", "Y"), labels(s));
        // A label of the replaced parent list is no longer there to remove.
        assertThrows(ScenarioException.class, () -> read("""
                id: child
                extends: parent
                events:
                  - {date: 2022-02-07, type: marker, target: eu, label: "X", source: "test"}
                remove_events: ["A"]
                """));
    }
}
