package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.world.Geography;

/** A default run's folder against docs/OUTPUT.md. */
class OutputContractTest {
    static final List<String> ACTORS = List.of("state", "jnim", "is_sahel", "separatists", "contested");
    static final List<String> FORCES = List.of("fama", "russia", "france", "minusma", "eu", "aes", "jnim", "is_sahel", "separatists");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Geography MAP = Mali.map();
    
    @TempDir
    static Path out;
    static Path first;
    static CsvFile national;

    @BeforeAll
    static void writeTheDefaultRun() throws IOException {
        first = Mali.defaultRun().write(out, null);
        national = CsvFile.read(first.resolve("national.csv"));
    }

    /** The national columns as the brief of the output contract lists them, in order. */
    static List<String> documentedNationalColumns() {
        List<String> c = new ArrayList<>(List.of("date", "tick"));
        ACTORS.forEach(a -> c.add("territory_" + a));
        ACTORS.forEach(a -> c.add("population_" + a));
        c.addAll(List.of("fuel_price_bamako", "fuel_stock_bamako_days", "violent_events", "fatalities", "civilian_fatalities"));
        FORCES.forEach(f -> c.add("troops_" + f));
        c.addAll(List.of("junta_cohesion", "treasury_usd", "grievance_state"));
        return c;
    }

    @Test
    void theFolderIsNamedForScenarioAndSeedAndNeverOverwritten() throws IOException {
        assertEquals("default-seed1", first.getFileName().toString());
        Path marker = first.resolve("marker.txt");
        Files.writeString(marker, "written before the second run");
        byte[] before = Files.readAllBytes(first.resolve("national.csv"));
        Path second = Mali.defaultRun().write(out, null);
        try {
            assertEquals("default-seed1-2", second.getFileName().toString());
            assertTrue(Files.exists(marker), "the first folder was replaced");
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first.resolve("national.csv"))));
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(second.resolve("national.csv"))));
            Path third = Mali.defaultRun().write(out, null);
            assertEquals("default-seed1-3", third.getFileName().toString());
        } finally {
            Files.delete(marker);
        }
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "a staging folder was left behind");
        }
    }

    @Test
    void nationalHasExactlyTheDocumentedColumns() throws IOException {
        assertEquals(documentedNationalColumns(), national.header());
        assertEquals(documentedNationalColumns(), columnsDocumentedIn(Path.of("docs", "OUTPUT.md")),
                "docs/OUTPUT.md's table of national.csv and the file must agree");
    }

    /** The backticked names in the first column of the national.csv table, with {@code <a>} and {@code <f>} expanded. */
    static List<String> columnsDocumentedIn(Path doc) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.indexOf("## `national.csv`");
        int end = text.indexOf("\n## ", start + 1);
        assertTrue(start >= 0 && end > start, "docs/OUTPUT.md has a national.csv section");
        List<String> cols = new ArrayList<>();
        for (String line : text.substring(start, end).split("\n")) {
            if (!line.startsWith("| `")) continue;
            String name = line.substring(3, line.indexOf('`', 3));
            if (name.contains("<a>")) ACTORS.forEach(a -> cols.add(name.replace("<a>", a)));
            else if (name.contains("<f>")) FORCES.forEach(f -> cols.add(name.replace("<f>", f)));
            else cols.add(name);
        }
        return cols;
    }

    @Test
    void nationalRowsAreWeeklySharesThatSumToOne() {
        LocalDate previous = null;
        int tick = 0;
        assertEquals(Mali.defaultRun().weeks().size(), national.rows().size());
        for (List<String> row : national.rows()) {
            LocalDate date = LocalDate.parse(row.get(0));
            assertEquals(row.get(0), date.toString(), "ISO date");
            assertEquals(DayOfWeek.MONDAY, date.getDayOfWeek(), "weeks start on Monday in the default scenario");
            if (previous != null) assertEquals(previous.plusWeeks(1), date, "weekly rows");
            previous = date;
            assertEquals(tick++, Integer.parseInt(row.get(1)), "tick");
            for (String kind : List.of("territory_", "population_")) {
                double sum = 0;
                for (String a : ACTORS) {
                    double v = Double.parseDouble(row.get(national.column(kind + a)));
                    assertTrue(v >= 0 && v <= 1, kind + a + " = " + v);
                    sum += v;
                }
                assertEquals(1.0, sum, 1e-5, kind + "* on " + date);
            }
            for (int i = 2; i < row.size(); i++) {
                assertFalse(row.get(i).isEmpty(), national.header().get(i) + " is empty on " + date);
                // Everything is a count, share, price or stock, except the security budget's cash, which can run into debt.
                if (!national.header().get(i).equals("treasury_usd")) {
                    assertTrue(Double.parseDouble(row.get(i)) >= 0, national.header().get(i) + " negative on " + date);
                }
            }
            Integer.parseInt(row.get(national.column("violent_events")));
        }
        LocalDate start = Mali.defaultScenario().scenario().period().start();
        assertEquals(start.toString(), national.rows().get(0).get(0));
    }

    @Test
    void regionSharesSumToOnePerRegionAndWeek() throws IOException {
        CsvFile regions = CsvFile.read(first.resolve("regions.csv"));
        assertEquals(List.of("date", "region", "actor", "territory", "population"), regions.header());
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        for (List<String> row : regions.rows()) groups.computeIfAbsent(row.get(0) + " " + row.get(1), k -> new ArrayList<>()).add(row);
        assertEquals(national.rows().size() * MAP.regions().size(), groups.size(), "one group per week and region");
        for (var g : groups.entrySet()) {
            assertEquals(ACTORS, g.getValue().stream().map(r -> r.get(2)).toList(), g.getKey());
            for (int col = 3; col <= 4; col++) {
                double sum = 0;
                for (List<String> r : g.getValue()) sum += Double.parseDouble(r.get(col));
                assertEquals(1.0, sum, 1e-5, g.getKey() + " " + regions.header().get(col));
            }
        }
        List<String> ids = MAP.regions().stream().map(r -> r.id()).toList();
        assertTrue(regions.rows().stream().allMatch(r -> ids.contains(r.get(1))), "region ids are the map's");
    }

    @Test
    void cellsAreSnapshotsOfTheGrid() throws IOException {
        CsvFile cells = CsvFile.read(first.resolve("cells.csv"));
        assertEquals(List.of("date", "col", "row", "lon", "lat", "region", "state", "jnim", "is_sahel", "separatists", "dominant"),
                cells.header());
        assertEquals(0, cells.rows().size() % MAP.cellCount());
        int snapshots = cells.rows().size() / MAP.cellCount();
        int weeks = national.rows().size();
        assertEquals((weeks - 1) / ScenarioRun.SNAPSHOT_WEEKS + 1 + ((weeks - 1) % ScenarioRun.SNAPSHOT_WEEKS == 0 ? 0 : 1), snapshots,
                "every four weeks and the final week");
        assertEquals(national.rows().get(weeks - 1).get(0), cells.rows().get(cells.rows().size() - 1).get(0), "the last snapshot is the final week");
        for (List<String> row : cells.rows()) {
            double sum = 0;
            for (int i = 6; i <= 9; i++) {
                double v = Double.parseDouble(row.get(i));
                assertTrue(v >= 0 && v <= 1);
                sum += v;
            }
            assertTrue(sum <= 1 + 2e-3, "cell shares sum to " + sum);
            assertTrue(ACTORS.contains(row.get(10)), row.get(10));
        }
    }

    @Test
    void eventsHoldEveryScenarioEvent() throws IOException {
        CsvFile events = CsvFile.read(first.resolve("events.csv"));
        assertEquals(List.of("date", "type", "region", "actors", "description"), events.header());
        List<ScenarioEvent> planned = Mali.defaultScenario().scenario().eventsOrEmpty();
        assertFalse(planned.isEmpty());
        for (ScenarioEvent e : planned) {
            if (e.type() == EventType.COUP) continue; // a coup is logged in its own words
            boolean found = events.rows().stream().anyMatch(r -> r.get(4).equals(e.label())
                    && !LocalDate.parse(r.get(0)).isAfter(e.date()) && LocalDate.parse(r.get(0)).plusDays(7).isAfter(e.date()));
            assertTrue(found, "no row for the scenario event '" + e.label() + "' in the week of " + e.date());
        }
        LocalDate last = LocalDate.MIN;
        for (List<String> r : events.rows()) {
            LocalDate d = LocalDate.parse(r.get(0));
            assertFalse(d.isBefore(last), "events in date order");
            last = d;
            assertFalse(r.get(1).isBlank() || r.get(4).isBlank(), "type and description: " + r);
        }
    }

    @Test
    void fuelHasItsDocumentedHeader() throws IOException {
        CsvFile fuel = CsvFile.read(first.resolve("fuel.csv"));
        assertEquals(List.of("date", "kind", "id", "deliveries_litres", "convoys_sent", "convoys_lost", "tankers_lost", "stock_days",
                "price_cfa", "hit_lon", "hit_lat"), fuel.header());
        int perWeek = MAP.regions().size() + MAP.corridors().size();
        assertEquals(national.rows().size() * perWeek, fuel.rows().size());
        assertTrue(fuel.rows().stream().allMatch(r -> r.get(1).equals("depot") || r.get(1).equals("corridor")));
    }

    @Test
    void manifestDescribesTheRun() throws Exception {
        JsonNode m = JSON.readTree(first.resolve("manifest.json").toFile());
        assertEquals("default", m.path("scenario_id").asText());
        String sha = m.path("scenario_sha256").asText();
        assertTrue(sha.matches("[0-9a-f]{64}"), sha);
        String fileSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(Path.of("scenarios", "default.yaml"))));
        assertEquals(fileSha, sha, "the SHA-256 of scenarios/default.yaml");
        assertEquals(1, m.path("seed").asLong());
        assertTrue(m.path("seed").isIntegralNumber());
        assertFalse(m.path("version").asText().isBlank());
        assertEquals(national.rows().get(0).get(0), m.path("first_date").asText());
        assertEquals(national.rows().get(national.rows().size() - 1).get(0), m.path("last_date").asText());
        assertEquals(national.rows().size(), m.path("weeks").asInt());
        JsonNode grid = m.path("grid");
        for (String k : List.of("lon_min", "lat_max", "cell_degrees", "width", "height", "cells")) {
            assertTrue(grid.path(k).isNumber(), "grid." + k);
        }
        assertEquals(0.25, grid.path("cell_degrees").asDouble(), 0);
        assertEquals(MAP.cellCount(), grid.path("cells").asInt());
        assertEquals(MAP.width(), grid.path("width").asInt());
        assertEquals(MAP.height(), grid.path("height").asInt());
        JsonNode params = m.path("parameters");
        assertTrue(params.isArray() && params.size() > 100, "parameters: " + params.size());
        for (JsonNode p : params) {
            String path = p.path("path").asText();
            assertFalse(path.isBlank());
            assertTrue(p.path("value").isNumber(), path + " has a value");
            assertTrue(p.path("source").isTextual() && !p.path("source").asText().isBlank(), path + " has no source");
            JsonNode range = p.path("range");
            if (!range.isNull()) {
                assertEquals(2, range.size(), path + " range");
                assertTrue(range.get(0).asDouble() <= p.path("value").asDouble() && p.path("value").asDouble() <= range.get(1).asDouble(),
                        path + " value within its range");
            }
        }
    }

    @Test
    void summaryParsesAndMatchesTheRun() throws IOException {
        JsonNode s = JSON.readTree(first.resolve("summary.json").toFile());
        assertEquals("default", s.path("scenario").asText());
        assertEquals(1, s.path("seed").asLong());
        for (String k : List.of("territory_start", "territory_end", "population_start", "population_end")) {
            double sum = 0;
            for (String a : ACTORS) {
                assertNotNull(s.path(k).get(a), k + "." + a);
                sum += s.path(k).get(a).asDouble();
            }
            assertEquals(1.0, sum, 5e-4, k);
        }
        long events = 0;
        for (List<String> row : national.rows()) events += Long.parseLong(row.get(national.column("violent_events")));
        assertEquals(events, s.path("violent_events").asLong(), "violent events add up to national.csv's");
    }

    @Test
    void aFailedRunLeavesNoFolderBehind(@TempDir Path empty) throws IOException {
        ScenarioRun.PictureMaker broken = (dir, geo) -> {
            Files.writeString(dir.resolve("half-drawn.png"), "not a picture");
            throw new IOException("the picture maker broke");
        };
        IOException e = assertThrows(IOException.class, () -> Mali.defaultRun().write(empty, broken));
        assertEquals("the picture maker broke", e.getMessage());
        ScenarioRun.PictureMaker crashing = (dir, geo) -> {
            throw new IllegalStateException("a bug in the picture maker");
        };
        assertThrows(IllegalStateException.class, () -> Mali.defaultRun().write(empty, crashing));
        try (Stream<Path> left = Files.list(empty)) {
            assertEquals(List.of(), left.toList(), "nothing may be left, not even a hidden staging folder");
        }
    }
}
