package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.world.Geography;

/**
 * Every reference in a scenario is checked when it is loaded, before anything is simulated:
 * each case changes one thing in the default scenario and expects one problem, at the file,
 * line and column of what it changed, with the key path, what was found, what was expected and,
 * for a near miss, a "did you mean". Then the other way round: whatever the checks accept, the
 * model runs.
 */
class ScenarioReferencesTest {
    static final Path DEFAULT = Path.of("scenarios", "default.yaml");

    /**
     * @param from      text of default.yaml to change (it must occur once)
     * @param to        what it becomes
     * @param mark      the text the problem must point at, within {@code to}
     * @param path      the key path of the problem
     * @param found     a part of what it says it found
     * @param expected  a part of what it says it expected
     * @param suggestion the "did you mean" it must make, or null for none
     */
    record Case(String name, String from, String to, String mark, String path, String found, String expected,
                String suggestion) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a force misspelt", "type: force_strength, target: france, value: 0,",
                        "type: force_strength, target: frnace, value: 0,", "frnace", "events[3].target",
                        "'frnace', which is not a force", "a force: one of fama, russia, france", "did you mean 'france'?"),
                new Case("a force that is a region", "type: isr, target: fama, value: 1.5,",
                        "type: isr, target: kidal, value: 1.5,", "kidal", "events[7].target",
                        "'kidal', which is not a force", "a force", null),
                new Case("a region misspelt in the rural fuel restriction's scope", "regions: [kayes, koulikoro, sikasso, segou, mopti]",
                        "regions: [kayes, koulikoro, sikasso, segou, moptii]", "moptii", "fuel.rural_restriction_regions.regions[4]",
                        "'moptii', which is not a region", "a region", "did you mean 'mopti'?"),
                new Case("a region misspelt in a side's home ground", "    separatists: [kidal]", "    separatists: [kidall]",
                        "kidall", "relations.grounds.separatists[0]", "'kidall', which is not a region", "a region",
                        "did you mean 'kidal'?"),
                new Case("a country misspelt in a list", "type: sanctions, target: \"\",",
                        "type: sanctions, target: \"senegal;cote_divore\",", "cote_divore", "events[2].target",
                        "'cote_divore', which is not a neighbouring country", "several separated by ';'",
                        "did you mean 'cote_divoire'?"),
                new Case("a country in capitals", "type: no_go_zone, target: algeria, value: 60, label: \"Algeria's warnings\"",
                        "type: no_go_zone, target: Algeria, value: 60, label: \"Algeria's warnings\"",
                        "Algeria", "events[19].target", "'Algeria'", "a neighbouring country", "did you mean 'algeria'?"),
                new Case("a blockade of a town, not a region", "type: blockade, label:",
                        "type: blockade, target: \"kayes;nioro\", label:", "nioro", "events[24].target",
                        "'nioro', which is not a region", "a region", null),
                new Case("an offensive into nowhere", "type: offensive, target: kidal, value: 0.25,",
                        "type: offensive, target: kidall, value: 0.25,", "kidall", "events[12].target",
                        "'kidall', which is not a place or a region", "a place or a region", "did you mean 'kidal'?"),
                new Case("an offensive committing more than everything", "type: offensive, target: kidal, value: 0.25,",
                        "type: offensive, target: kidal, value: 1.25,", "1.25", "events[12].value",
                        "1.25", "a number between 0 and 1", null),
                new Case("an air power below none", "type: air_power, target: fama, value: 1.4,",
                        "type: air_power, target: fama, value: 0.4,", "0.4", "events[8].value",
                        "0.4", "a number >= 1", null),
                new Case("a payment of negative months", "type: payment, value: 6,", "type: payment, value: -6,",
                        "-6", "events[22].value", "-6", "a number >= 0", null),
                new Case("a strength change without a strength", "{date: 2024-05-18, type: force_strength, target: eu, value: 0,",
                        "{date: 2024-05-18, type: force_strength, target: eu,", "{date", "events[15]", "no value",
                        "the force's strength in troops", null),
                new Case("a target where none is read", "type: tax_cut, label:", "type: tax_cut, target: state, label:",
                        "state", "events[25].target", "'state'", "no target", null),
                new Case("over_weeks where none is read", "type: payment, value: 6,", "type: payment, value: 6, over_weeks: 4,",
                        "4,", "events[22].over_weeks", "4", "no over_weeks", null),
                new Case("an event before the period", "{date: 2021-06-10, type: marker,", "{date: 2021-05-10, type: marker,",
                        "2021-05-10", "events[0].date", "2021-05-10", "a date within the period", null),
                new Case("a marker for somebody unknown", "type: marker, target: aes,", "type: marker, target: aess,",
                        "aess", "events[11].target", "'aess'", "a side, a force, a neighbouring country or a power that deals with the junta", "did you mean 'aes'?"),
                new Case("a corridor misspelt", "    niamey:            {share", "    niamy:             {share",
                        "niamy", "fuel.corridors.niamy", "'niamy', which is not a fuel import corridor",
                        "a fuel import corridor: one of", "did you mean 'niamey'?"),
                new Case("a corridor state misspelt", "      guinea: {name: Guinea,", "      guniea: {name: Guinea,",
                        "guniea", "strategy.neighbours.states.guniea", "'guniea', which is not a country a fuel corridor crosses",
                        "a country a fuel corridor crosses: one of", "did you mean 'guinea'?"),
                new Case("a priority for a region misspelt", "segou: 1.5, mopti: 1.5, tombouctou: 0.5", "segu: 1.5, mopti: 1.5, tombouctou: 0.5",
                        "segu", "forces.russia.priorities.regions.segu", "'segu', which is not a region", "a region",
                        "did you mean 'segou'?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachReferenceIsCheckedWhereItIsWritten(Case c, @TempDir Path dir) throws IOException {
        Path file = changed(dir, c.from(), c.to());
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.standard().load(file.toString(), List.of()));
        Problem p = e.problems().stream().filter(x -> x.path().equals(c.path())).findFirst().orElse(null);
        assertNotNull(p, "no problem at " + c.path() + " in:\n" + e.getMessage());
        int[] where = position(file, c.to(), c.mark());
        assertEquals(file.toString(), p.file());
        assertEquals(where[0], p.line(), p.toString());
        assertEquals(where[1], p.column(), p.toString());
        assertTrue(p.found().contains(c.found()), p.toString());
        assertTrue(p.expected().contains(c.expected()), p.toString());
        assertEquals(c.suggestion(), p.suggestion(), p.toString());
        String line = file + ":" + where[0] + ":" + where[1] + ": " + c.path() + ": found ";
        assertTrue(e.getMessage().lines().anyMatch(l -> l.startsWith(line)), e.getMessage());
    }

    @Test
    void aCorridorLeftOutIsNamed(@TempDir Path dir) throws IOException {
        // Ouagadougou's share moves to Niamey's, so that the shares still sum to one.
        String line = Files.readAllLines(DEFAULT).stream().filter(l -> l.startsWith("    ouagadougou:")).findFirst().orElseThrow();
        Path file = changed(dir, line + "\n", "");
        Files.writeString(file, Files.readString(file).replace("niamey:            {share: 0.015,", "niamey:            {share: 0.03,"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.standard().load(file.toString(), List.of()));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("fuel.corridors") && p.found().equals("no entry for ouagadougou")),
                e.getMessage());
    }

    @Test
    void aCorridorStateLeftOutIsNamed(@TempDir Path dir) throws IOException {
        // Every country a fuel corridor crosses decides on its border: without its entry the
        // corridor states could not be built, so the scenario is refused where the entries are.
        String line = Files.readAllLines(DEFAULT).stream().filter(l -> l.startsWith("      senegal: {name: Senegal,")).findFirst().orElseThrow();
        Path file = changed(dir, line + "\n", "");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.standard().load(file.toString(), List.of()));
        Problem p = e.problems().stream().filter(q -> q.path().equals("strategy.neighbours.states")).findFirst().orElseThrow(() -> new AssertionError(e.getMessage()));
        assertEquals("no entry for senegal", p.found(), p.toString());
        assertTrue(p.expected().contains("a country a fuel corridor crosses") || p.expected().contains("corridor_state"), p.toString());
        assertEquals(file.toString(), p.file());
    }

    @Test
    void aCountryNoCorridorCrossesIsRefused(@TempDir Path dir) throws IOException {
        Path file = changed(dir, "      senegal: {name: Senegal,", "      algeria: {name: Algeria,");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.standard().load(file.toString(), List.of()));
        assertTrue(e.problems().stream().anyMatch(q -> q.path().equals("strategy.neighbours.states.algeria")
                && q.found().contains("which is not a country a fuel corridor crosses")), e.getMessage());
    }

    @Test
    void anOverrideIsCheckedAtTheCommandLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLibrary.standard().load("default", List.of("events[3].target=frnace")));
        Problem p = e.problems().get(0);
        assertEquals("events[3].target", p.path());
        assertEquals("did you mean 'france'?", p.suggestion());
        assertTrue(p.location().startsWith("command line --set events[3].target=frnace, column "), p.location());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst(@TempDir Path dir) throws IOException {
        String text = Files.readString(DEFAULT, StandardCharsets.UTF_8)
                .replace("target: france, value: 0,", "target: frnace, value: 0,")
                .replace("type: offensive, target: kidal, value: 0.25,", "type: offensive, target: kidall, value: 0.25,");
        Path file = dir.resolve("two.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.standard().load(file.toString(), List.of()));
        assertEquals(List.of("events[3].target", "events[12].target"), e.problems().stream().map(Problem::path).toList());
    }

    /** At 0.5° Bamako district (252 km²) has no cell: the grid is refused where it was set, not played without Bamako. */
    @Test
    void aGridTooCoarseForARegionIsRefused() {
        var entry = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioReferences.checkGrid(entry, Rasteriser.build(MaliAtlas.load(), 0.5)));
        assertEquals("command line --set grid.cell_degrees=0.5, column 19: grid.cell_degrees: found 0.5, at which bamako has"
                + " no cell of the grid, expected cells small enough for every region of the map to have one", e.getMessage());
        ScenarioReferences.checkGrid(Coarse.ENTRY, Coarse.MAP);
    }

    @Test
    void theLibraryPassesItsOwnChecks() {
        ScenarioLibrary lib = ScenarioLibrary.standard();
        for (String id : lib.ids()) lib.load(id, List.of());
    }

    /**
     * Whatever the checks accept, the model plays: each event type at the ends of its range,
     * with every name its target may take, in a short run on a coarse grid.
     */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void anAcceptedEventOfEveryTypeRuns(EventType type) {
        EventRules.Rule rule = EventRules.of(type);
        List<String> targets = new ArrayList<>();
        if (rule.target() != EventRules.Need.REQUIRED) targets.add(null);
        if (rule.referent() != null) {
            List<String> names = Gazetteer.standard().names(rule.referent());
            if (rule.list() && rule.names() > 0) {
                for (int i = 0; i + rule.names() <= names.size(); i++) targets.add(String.join(";", names.subList(i, i + rule.names())));
            } else if (rule.list()) {
                targets.add(String.join(";", names));
            } else {
                targets.addAll(names);
            }
        }
        List<Double> values = new ArrayList<>();
        if (rule.value() != EventRules.Need.REQUIRED) values.add(null);
        if (rule.value() != EventRules.Need.NONE) {
            values.add(rule.min());
            values.add(Double.isInfinite(rule.max()) ? 1e6 : rule.max());
        }
        Integer weeks = rule.overWeeks() == EventRules.Need.NONE ? null : 3;
        // Every name and every value at least once (not every pair: the model reads them apart).
        int runs = Math.max(targets.size(), values.size());
        for (int i = 0; i < runs; i++) {
            String target = targets.get(i % targets.size());
            Double value = values.get(i % values.size());
            StringBuilder event = new StringBuilder("add_events=[{date: 2021-06-21, type: ")
                    .append(type.name().toLowerCase(Locale.ROOT));
            if (target != null) event.append(", target: \"").append(target).append('"');
            if (value != null) event.append(", value: ").append(value);
            if (weeks != null) event.append(", over_weeks: ").append(weeks);
            event.append(", label: test, source: test}]");
            var entry = ScenarioLibrary.standard().load("default", List.of("events=[]", event.toString(),
                    "period.end=2021-09-27", "grid.cell_degrees=0.4"));
            SahelSim sim = new SahelSim(entry.scenario(), Coarse.MAP, 1);
            sim.runToEnd();
            assertEquals(17, sim.calendar().weeks(), event.toString());
        }
    }

    private static final class Coarse {
        static final Geography MAP = Rasteriser.build(MaliAtlas.load(), 0.4);
        static final ScenarioLibrary.Entry ENTRY = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.4"));
    }

    private static Path changed(Path dir, String from, String to) throws IOException {
        String text = Files.readString(DEFAULT, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "default.yaml holds '" + from + "' exactly once");
        Path file = dir.resolve("changed.yaml");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    /** The 1-based line and column of {@code mark} inside the (single) occurrence of {@code to}. */
    private static int[] position(Path file, String to, String mark) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = to.isEmpty() ? 0 : text.indexOf(to);
        int index = text.indexOf(mark, at);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }
}
