package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.params.Bounds;
import org.sahelsim.model.params.Optional;

/** Reading good scenarios: binding, the catalog, extends and --set. */
class ScenarioReaderTest {

    static final String LIBRARY = "org/sahelsim/scenario/library";
    final ScenarioReader reader = new ScenarioReader(ScenarioResolver.resources(getClass().getClassLoader(), LIBRARY));

    Loaded<Plan> read(String text, String... sets) {
        return reader.read(Plan.class, ScenarioSource.of("plans/test.yaml", text), List.of(sets));
    }

    @Test
    void bindsNestedRecordsListsMapsEnumsAndDates() {
        Plan p = reader.read(Plan.class, "base", List.of()).value();
        assertEquals("test plan", p.name());
        assertEquals(LocalDate.of(2021, 6, 7), p.start());
        assertEquals(LocalDate.of(2023, 12, 31), p.end());
        assertEquals(750.0, p.fuelPriceCfa());
        assertEquals(false, p.fog());
        assertEquals(12000, p.forces().fama().strength());
        assertEquals(0.5, p.forces().fama().morale());
        assertEquals(Plan.Stance.HOLD, p.forces().fama().stance());
        assertNull(p.forces().fama().airPower(), "an absent optional number is null");
        assertEquals(1.0, p.forces().france().airPower());
        assertEquals(Plan.Stance.ATTACK, p.forces().france().stance());
        assertEquals(3, p.events().size());
        assertEquals(new Plan.Event(LocalDate.of(2022, 2, 17), Plan.EventKind.AIR_STRIKE, 3.0), p.events().get(1));
        assertEquals(List.of("kidal", "mopti"), List.copyOf(p.regions().keySet()), "map entries in file order");
        assertEquals(new Plan.Region(0.1, 86000, List.of("Kidal", "Tessalit")), p.regions().get("kidal"));
        assertEquals(List.of(), p.regions().get("mopti").towns(), "an absent optional list is empty");
        assertNull(p.notes());
        assertEquals(List.of(), p.tags());
        assertEquals(Map.of(), p.shares());
        assertEquals(List.of(), p.seeds());
    }

    @Test
    void plainValuesOptionalsAndScalarsOfEveryKind() {
        Plan p = read("""
                extends: base
                name: "12"
                fog: true
                notes: |
                  two
                  lines
                tags: [a, 'b c']
                shares: {south: 0.25, north: 1}
                seeds: [1, 9_000_000_000]
                forces:
                  fama: {strength: 1_500, morale: 1e-1, stance: withdraw}
                """).value();
        assertEquals("12", p.name(), "quoted numbers are text");
        assertTrue(p.fog());
        assertEquals("two\nlines\n", p.notes());
        assertEquals(List.of("a", "b c"), p.tags());
        assertEquals(Map.of("south", 0.25, "north", 1.0), p.shares());
        assertEquals(List.of(1L, 9_000_000_000L), p.seeds());
        assertEquals(1500, p.forces().fama().strength());
        assertEquals(0.1, p.forces().fama().morale());
        assertEquals(Plan.Stance.WITHDRAW, p.forces().fama().stance());
    }

    @Test
    void catalogListsEveryNumberWithPathSourceRangeAndPlace() {
        Loaded<Plan> l = reader.read(Plan.class, "base", List.of());
        ParameterCatalog c = l.catalog();
        List<String> paths = c.parameters().stream().map(ParameterCatalog.Parameter::path).toList();
        assertEquals(List.of("fuel_price_cfa", "forces.fama.strength", "forces.fama.morale", "forces.france.strength",
                "forces.france.morale", "forces.france.air_power", "events[0].value", "events[1].value",
                "events[2].value", "regions.kidal.state", "regions.kidal.population", "regions.mopti.state",
                "regions.mopti.population"), paths);
        ParameterCatalog.Parameter strength = c.get("forces.fama.strength");
        assertEquals(12000.0, strength.value());
        assertEquals(new ParameterCatalog.Range(8000, 15000), strength.range());
        assertEquals("test source B", strength.source());
        assertEquals(LIBRARY + "/base.yaml", strength.file());
        assertEquals(9, strength.line());
        assertEquals(23, strength.column());
        assertNull(c.get("forces.fama.morale").range());
        assertEquals(List.of(), c.withoutSource(), "every number in base has a source");
        assertEquals("forces.fama.strength = 12000 [8000, 15000] (test source B) @ " + LIBRARY + "/base.yaml:9:23",
                strength.toString());
    }

    @Test
    void catalogFlagsNumbersWithoutSource() {
        ParameterCatalog c = read("extends: base\nforces: {fama: {strength: 900}}\nshares: {south: 0.5}\n").catalog();
        List<String> bare = c.withoutSource().stream().map(ParameterCatalog.Parameter::path).toList();
        assertEquals(List.of("forces.fama.strength", "shares.south"), bare);
        assertEquals(2, c.get("forces.fama.strength").line());
        assertEquals("plans/test.yaml", c.get("shares.south").file());
    }

    @Test
    void extendsMergesMappingsKeyByKeyAndReplacesListsAndScalars() {
        Loaded<Plan> l = reader.read(Plan.class, "child", List.of());
        Plan p = l.value();
        assertEquals(List.of(LIBRARY + "/child.yaml", LIBRARY + "/mid.yaml", LIBRARY + "/base.yaml"), l.extendsChain());
        assertEquals("child plan", p.name(), "child scalar replaces");
        assertEquals(LocalDate.of(2022, 1, 1), p.start(), "mid scalar replaces base");
        assertEquals(LocalDate.of(2023, 12, 31), p.end(), "inherited from base");
        assertEquals(1.5, p.forces().france().airPower(), "mid replaces one key of a nested mapping");
        assertEquals(5100, p.forces().france().strength(), "its siblings stay from base");
        assertEquals(List.of(new Plan.Event(LocalDate.of(2022, 3, 1), Plan.EventKind.SIEGE, 4)), p.events(),
                "a list is replaced whole");
        assertEquals(0.2, p.regions().get("kidal").state());
        assertEquals(86000, p.regions().get("kidal").population(), "map entry merged key by key");
        assertEquals(List.of("Kidal", "Tessalit"), p.regions().get("kidal").towns());
        assertEquals(List.of("what-if"), p.tags());
        ParameterCatalog c = l.catalog();
        assertEquals(LIBRARY + "/child.yaml", c.get("regions.kidal.state").file());
        assertEquals("child source", c.get("regions.kidal.state").source());
        assertEquals(LIBRARY + "/mid.yaml", c.get("forces.france.air_power").file());
        assertEquals(LIBRARY + "/base.yaml", c.get("forces.france.strength").file());
        assertEquals(LIBRARY + "/mid.yaml", c.get("events[0].value").file());
        assertEquals(null, c.get("events[1].value"), "base's longer list is gone");
    }

    @Test
    void extendsCycleNamesTheChain() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> reader.read(Plan.class, "cycle-a", List.of()));
        assertEquals(1, e.problems().size());
        assertEquals(LIBRARY + "/cycle-c.yaml:1:10: extends: found the cycle " + LIBRARY + "/cycle-a.yaml -> " + LIBRARY
                + "/cycle-b.yaml -> " + LIBRARY + "/cycle-c.yaml -> " + LIBRARY
                + "/cycle-a.yaml, expected scenarios that do not extend themselves", e.getMessage());
    }

    @Test
    void setOverridesANumberKeepingItsRangeAndRecordingTheCommandLine() {
        Loaded<Plan> l = reader.read(Plan.class, "base", List.of("forces.france.air_power=1.75",
                "events[2].date=2022-09-01", "forces.fama.strength=9000", "regions.kidal.towns=[Gao, 'Ber']",
                "regions.gao={state: 0.4, population: 12}"));
        Plan p = l.value();
        assertEquals(1.75, p.forces().france().airPower());
        assertEquals(LocalDate.of(2022, 9, 1), p.events().get(2).date());
        assertEquals(9000, p.forces().fama().strength());
        assertEquals(List.of("Gao", "Ber"), p.regions().get("kidal").towns());
        assertEquals(new Plan.Region(0.4, 12, List.of()), p.regions().get("gao"));
        ParameterCatalog.Parameter air = l.catalog().get("forces.france.air_power");
        assertEquals("command line: --set forces.france.air_power=1.75", air.source());
        assertEquals(new ParameterCatalog.Range(0.5, 2.0), air.range(), "the file's range stays");
        assertEquals("--set forces.france.air_power=1.75", air.file());
        assertEquals(25, air.column(), "column of the value in the argument");
        assertEquals("test source F", reader.read(Plan.class, "base", List.of()).catalog()
                .get("forces.france.air_power").source(), "without --set the file's source");
        assertEquals("command line: --set regions.gao={state: 0.4, population: 12}",
                l.catalog().get("regions.gao.state").source());
        assertEquals(List.of("forces.france.air_power=1.75", "events[2].date=2022-09-01", "forces.fama.strength=9000",
                "regions.kidal.towns=[Gao, 'Ber']", "regions.gao={state: 0.4, population: 12}"), l.overrides());
    }

    @Test
    void setAppliesAfterTheMergeAndLaterSetsWin() {
        Plan p = reader.read(Plan.class, "child", List.of("name=first", "name=second", "start=2021-07-01")).value();
        assertEquals("second", p.name());
        assertEquals(LocalDate.of(2021, 7, 1), p.start());
    }

    @Test
    void recordValidationPointsAtTheKeyInTheFileThatSetIt() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> reader.read(Plan.class, "child", List.of("end=2021-12-01")));
        assertEquals(List.of(
                "command line --set end=2021-12-01, column 1: end: found 2021-12-01, expected a date after the start, 2022-01-01",
                LIBRARY + "/mid.yaml:8:6: events[0].date: found 2022-03-01, expected a date within the plan, 2022-01-01"
                        + " to 2021-12-01"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void leafDigestIsTheSha256OfItsBytes() {
        String text = "extends: base\n";
        // sha256 of "extends: base\n", computed independently (sha256sum)
        assertEquals(ScenarioReader.sha256(text.getBytes(StandardCharsets.UTF_8)), read(text).sha256());
        assertEquals(EXTENDS_BASE_SHA256, read(text).sha256());
        assertTrue(!read(text).sha256().equals(read(text + "# comment\n").sha256()));
    }

    static final String EXTENDS_BASE_SHA256 = "1b8839e2ff9110eafa0905768bdb21ba3e1cdb2de3f21eeefbe46f184efec272";

    @Test
    void readingTwiceGivesEqualResults() {
        Loaded<Plan> a = reader.read(Plan.class, "child", List.of("forces.fama.strength=9000"));
        Loaded<Plan> b = reader.read(Plan.class, "child", List.of("forces.fama.strength=9000"));
        assertEquals(a.value(), b.value());
        assertEquals(a.catalog().parameters(), b.catalog().parameters());
        assertEquals(a.catalog().toString(), b.catalog().toString());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreFine() {
        byte[] body = "extends: base\r\nname: bom\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals("bom", reader.read(Plan.class, new ScenarioSource("bom.yaml", bytes)).value().name());
    }

    @Test
    void aFewAliasesAreAllowed() {
        Plan p = read("extends: base\ntags: &t [a, b]\nnotes: &n shared\nname: *n\n").value();
        assertEquals("shared", p.name());
        assertEquals("shared", p.notes());
    }

    /** A record the model refuses in its constructor: the reason is reported at the mapping. */
    record Window(@Bounds(min = 0) int from, int to) {
        Window {
            if (to < from) {
                throw new IllegalArgumentException("'to' comes before 'from'");
            }
        }
    }

    record Holder(Window window, @Optional Window spare) {
    }

    @Test
    void constructorRefusalsBecomeProblems() {
        ScenarioReader r = new ScenarioReader(ScenarioResolver.none());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> r.read(Holder.class, ScenarioSource.of("w.yaml", "window:\n  from: 5\n  to: 2\n")));
        assertEquals("w.yaml:2:3: window: found values the model refuses: 'to' comes before 'from', "
                + "expected consistent values", e.getMessage());
        assertNull(r.read(Holder.class, ScenarioSource.of("w.yaml", "window: {from: 1, to: 2}\n")).value().spare());
    }

    record BadOptional(@Optional int count) {
    }

    @Test
    void optionalPrimitiveIsAProgrammingError() {
        ScenarioReader r = new ScenarioReader(ScenarioResolver.none());
        assertThrows(IllegalArgumentException.class,
                () -> r.read(BadOptional.class, ScenarioSource.of("o.yaml", "{}\n")));
    }

    @Test
    void noExtendsWithoutAResolver() {
        ScenarioReader r = new ScenarioReader(ScenarioResolver.none());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> r.read(Plan.class, ScenarioSource.of("x.yaml", "extends: base\n")));
        assertEquals("x.yaml:1:10: extends: found 'base', which is not a known scenario, expected the id of a known "
                + "scenario", e.getMessage());
    }

    @Test
    void valueBudgetStopsDocumentsThatExpandTooFar() {
        ScenarioReader small = new ScenarioReader(ScenarioResolver.resources(getClass().getClassLoader(), LIBRARY),
                new ScenarioReader.Limits(1 << 20, 64, 10, 30, 20, 16));
        ScenarioException e = assertThrows(ScenarioException.class, () -> small.read(Plan.class, "base", List.of()));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("found a document that expands to too many values (through aliases)"),
                e.getMessage());
    }
}
