package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.data.CsvTable;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.world.Geography;
import org.sahelsim.results.Actors;
import org.sahelsim.results.RunFiles;
import org.sahelsim.results.RunWriter;

/**
 * The output contract three ways: {@link RunFiles} (what the program says it writes),
 * {@code docs/OUTPUT.md} (what people are told) and a default run's folder (what is written)
 * must agree file by file and column by column; then the written values keep their promises.
 */
class OutputContractTest {
    static final Path DOC = Path.of("docs", "OUTPUT.md");
    static final Actors ACTORS = Actors.standard();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Geography MAP = Mali.map();

    @TempDir
    static Path out;
    static Path first;
    static CsvTable national;

    @BeforeAll
    static void writeTheDefaultRun() throws IOException {
        first = Mali.defaultRun().write(out, null);
        national = CsvTable.read(first.resolve(RunFiles.NATIONAL));
    }

    // ---- RunFiles, the doc and the folder ------------------------------------------------

    @Test
    void theDocumentedActorsAreTheModels() throws IOException {
        Map<String, List<String>> documented = documentedActors(Files.readString(DOC, StandardCharsets.UTF_8));
        assertEquals(ACTORS.territorialKeys(), documented.get("Territorial"),
                "docs/OUTPUT.md's territorial actors, in column order");
        assertEquals(ACTORS.forceKeys(), documented.get("Armed"), "docs/OUTPUT.md's forces, in column order");
    }

    @Test
    void everyFileAndColumnIsDocumentedAndNothingDocumentedIsMissing() throws IOException {
        Map<String, List<String>> documented = documentedFiles(Files.readString(DOC, StandardCharsets.UTF_8));
        List<String> names = RunFiles.files(ACTORS).stream().map(RunFiles.File::name).toList();
        assertEquals(names.stream().sorted().toList(), documented.keySet().stream().sorted().toList(),
                "the files docs/OUTPUT.md describes and the files a run writes");
        for (RunFiles.File f : RunFiles.files(ACTORS)) {
            assertEquals(f.fields(), documented.get(f.name()), f.name() + ": docs/OUTPUT.md and RunFiles");
        }
    }

    @Test
    void theFolderHoldsExactlyTheDescribedFilesWithTheirColumns() throws IOException {
        List<String> written;
        try (Stream<Path> files = Files.list(first)) {
            written = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(RunFiles.files(ACTORS).stream().map(RunFiles.File::name).sorted().toList(), written);
        for (RunFiles.File f : RunFiles.files(ACTORS)) {
            Path file = first.resolve(f.name());
            if (f.isCsv()) {
                String text = text(file);
                assertFalse(text.contains("\r"), f.name() + " has \\r line ends");
                assertTrue(text.endsWith("\n"), f.name() + " does not end with a line end");
                assertEquals(f.fields(), CsvTable.read(file).header(), f.name());
            } else {
                List<String> keys = new ArrayList<>();
                JSON.readTree(file.toFile()).fieldNames().forEachRemaining(keys::add);
                assertEquals(f.fields(), keys, f.name());
            }
        }
    }

    /**
     * The tables that grow with the run are compressed (each to less than a quarter of its text),
     * and a default run's data files stay within 2.6 MB, so that with its pictures and report
     * the folder stays under 5 MB (docs/PERFORMANCE.md, "The run folder").
     */
    @Test
    void theLargeTablesAreCompressedAndTheDataFilesStaySmall() throws IOException {
        long total = 0;
        for (RunFiles.File f : RunFiles.files(ACTORS)) {
            long bytes = Files.size(first.resolve(f.name()));
            total += bytes;
            if (f.name().endsWith(".gz")) {
                long text = text(first.resolve(f.name())).getBytes(StandardCharsets.UTF_8).length;
                assertTrue(bytes * 4 < text, f.name() + ": " + bytes + " bytes for " + text + " of text");
            }
        }
        for (String big : List.of(RunFiles.REGIONS, RunFiles.CELLS, RunFiles.FUEL, RunFiles.PLACES)) {
            assertTrue(big.endsWith(".gz"), big + " is compressed");
        }
        assertTrue(total < 2_600_000, "a default run's data files take " + total + " bytes");
    }

    /** A file's text, unzipped if it is gzip. */
    static String text(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) return Files.readString(file, StandardCharsets.UTF_8);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The actor keys of the paragraphs of "Actors and forces" that start with "Territorial" and "Armed". */
    static Map<String, List<String>> documentedActors(String doc) {
        String section = section(doc, "## Actors and forces");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String paragraph : section.split("\n\\s*\n")) {
            String p = paragraph.strip();
            String first = p.isEmpty() ? "" : p.split("\\s+")[0];
            List<String> keys = new ArrayList<>();
            Matcher m = Pattern.compile("`([a-z_]+)`").matcher(p);
            while (m.find()) keys.add(m.group(1));
            if (first.equals("Territorial") || first.equals("Armed")) out.put(first, keys);
        }
        return out;
    }

    /**
     * Every file section of the doc (a heading that starts with a backticked file name) and the
     * fields it documents: the backticked names of its table's first column, or else its first
     * backticked, comma-separated header; {@code <a>}, {@code <s>} and {@code <f>} expanded.
     */
    static Map<String, List<String>> documentedFiles(String doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher heading = Pattern.compile("(?m)^#{2,3} `([^`]+\\.(?:csv|csv\\.gz|json))`").matcher(doc);
        while (heading.find()) {
            String name = heading.group(1);
            String body = doc.substring(heading.end());
            int next = body.indexOf("\n#");
            if (next >= 0) body = body.substring(0, next);
            List<String> fields = new ArrayList<>();
            for (String line : body.split("\n")) {
                if (line.startsWith("| `")) fields.add(line.substring(3, line.indexOf('`', 3)));
            }
            if (fields.isEmpty()) {
                Matcher header = Pattern.compile("`([a-z_<>]+(?:,[a-z_<>]+)+)`").matcher(body);
                assertTrue(header.find(), "docs/OUTPUT.md: no columns for " + name);
                fields.addAll(List.of(header.group(1).split(",")));
            }
            List<String> expanded = new ArrayList<>();
            for (String f : fields) {
                if (f.contains("<a>")) ACTORS.territorialKeys().forEach(a -> expanded.add(f.replace("<a>", a)));
                else if (f.contains("<s>")) ACTORS.sideKeys().forEach(a -> expanded.add(f.replace("<s>", a)));
                else if (f.contains("<f>")) ACTORS.forceKeys().forEach(a -> expanded.add(f.replace("<f>", a)));
                else expanded.add(f);
            }
            assertFalse(out.containsKey(name), "docs/OUTPUT.md describes " + name + " twice");
            out.put(name, expanded);
        }
        return out;
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading);
        assertTrue(start >= 0, "docs/OUTPUT.md has a section " + heading);
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start + heading.length(), end < 0 ? doc.length() : end);
    }

    // ---- what the values promise ---------------------------------------------------------

    @Test
    void theFolderIsNamedForScenarioAndSeedAndNeverOverwritten() throws IOException {
        assertEquals("default-seed1", first.getFileName().toString());
        Path marker = first.resolve("marker.txt");
        Files.writeString(marker, "written before the second run");
        byte[] before = Files.readAllBytes(first.resolve(RunFiles.NATIONAL));
        Path second = Mali.defaultRun().write(out, null);
        try {
            assertEquals("default-seed1-2", second.getFileName().toString());
            assertTrue(Files.exists(marker), "the first folder was replaced");
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first.resolve(RunFiles.NATIONAL))));
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(second.resolve(RunFiles.NATIONAL))));
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
    void nationalRowsAreWeeklySharesThatSumToOne() {
        LocalDate previous = null;
        int tick = 0;
        assertEquals(Mali.defaultRun().weeks().size(), national.rows().size());
        for (CsvTable.Row row : national.rows()) {
            LocalDate date = LocalDate.parse(row.text("date"));
            assertEquals(row.text("date"), date.toString(), "ISO date");
            assertEquals(DayOfWeek.MONDAY, date.getDayOfWeek(), "weeks start on Monday in the default scenario");
            if (previous != null) assertEquals(previous.plusWeeks(1), date, "weekly rows");
            previous = date;
            assertEquals(tick++, Integer.parseInt(row.text("tick")), "tick");
            for (String kind : List.of("territory_", "population_")) {
                double sum = 0;
                for (String a : ACTORS.territorialKeys()) {
                    double v = Double.parseDouble(row.text(kind + a));
                    assertTrue(v >= 0 && v <= 1, kind + a + " = " + v);
                    sum += v;
                }
                assertEquals(1.0, sum, 1e-5, kind + "* on " + date);
            }
            for (String column : national.header().subList(2, national.header().size())) {
                assertFalse(row.text(column).isEmpty(), column + " is empty on " + date);
                // Everything is a count, share, price or stock, except the security budget's cash, which can run into debt.
                if (!column.equals("treasury_usd")) {
                    assertTrue(Double.parseDouble(row.text(column)) >= 0, column + " negative on " + date);
                }
            }
            Integer.parseInt(row.text("violent_events"));
        }
        LocalDate start = Mali.defaultScenario().scenario().period().start();
        assertEquals(start.toString(), national.rows().get(0).text("date"));
    }

    @Test
    void regionSharesSumToOnePerRegionAndWeek() {
        CsvTable regions = CsvTable.read(first.resolve(RunFiles.REGIONS));
        Map<String, List<CsvTable.Row>> groups = new LinkedHashMap<>();
        for (CsvTable.Row row : regions.rows()) {
            groups.computeIfAbsent(row.text("date") + " " + row.text("region"), k -> new ArrayList<>()).add(row);
        }
        assertEquals(national.rows().size() * MAP.regions().size(), groups.size(), "one group per week and region");
        for (var g : groups.entrySet()) {
            assertEquals(ACTORS.territorialKeys(), g.getValue().stream().map(r -> r.text("actor")).toList(), g.getKey());
            for (String col : List.of("territory", "population")) {
                double sum = 0;
                for (CsvTable.Row r : g.getValue()) sum += Double.parseDouble(r.text(col));
                assertEquals(1.0, sum, 1e-5, g.getKey() + " " + col);
            }
        }
        List<String> ids = MAP.regions().stream().map(r -> r.id()).toList();
        assertTrue(regions.rows().stream().allMatch(r -> ids.contains(r.text("region"))), "region ids are the map's");
    }

    @Test
    void regionViolenceAddsUpToTheNationalViolence() {
        CsvTable regions = CsvTable.read(first.resolve(RunFiles.REGIONS));
        Map<String, Long> events = new LinkedHashMap<>();
        Map<String, Double> killed = new LinkedHashMap<>();
        for (CsvTable.Row row : regions.rows()) {
            if (!row.text("actor").equals("state")) continue; // the same on each of a region's rows; one per region
            events.merge(row.text("date"), Long.parseLong(row.text("events")), Long::sum);
            killed.merge(row.text("date"), Double.parseDouble(row.text("fatalities")), Double::sum);
        }
        long total = 0;
        for (CsvTable.Row row : national.rows()) {
            String date = row.text("date");
            assertEquals(Long.parseLong(row.text("violent_events")), events.get(date), "events on " + date);
            // Each region's fatalities are rounded to 0.1, the nation's once.
            assertEquals(Double.parseDouble(row.text("fatalities")), killed.get(date), 0.05 * MAP.regions().size() + 1e-9,
                    "fatalities on " + date);
            total += events.get(date);
        }
        assertTrue(total > 0, "the default run has violence");
    }

    @Test
    void placesTellEachPlacesStoryWithoutMissingAChangeOfHands() {
        CsvTable places = CsvTable.read(first.resolve(RunFiles.PLACES));
        List<String> ids = MAP.places().stream().map(p -> p.id()).toList();
        String firstDate = national.rows().get(0).text("date");
        assertEquals(ids, places.rows().stream().filter(r -> r.text("date").equals(firstDate)).map(r -> r.text("place")).toList(),
                "every place in the first week, in the map's order");
        java.util.Set<String> snapshots = new java.util.HashSet<>();
        CsvTable.read(first.resolve(RunFiles.CELLS)).rows().forEach(r -> snapshots.add(r.text("date")));
        Map<String, String> state = new LinkedHashMap<>();
        Map<String, Integer> perSnapshot = new LinkedHashMap<>();
        int changes = 0;
        for (CsvTable.Row row : places.rows()) {
            String id = row.text("place");
            assertTrue(ids.contains(id), id);
            String h = row.text("holder");
            assertTrue(h.equals("none") || ACTORS.sideKeys().contains(h), h);
            String b = row.text("besieged_by");
            assertTrue(b.isEmpty() || ACTORS.sideKeys().contains(b), b);
            for (String f : ACTORS.forceKeys()) assertTrue(Double.parseDouble(row.text("garrison_" + f)) >= 0);
            var place = MAP.places().get(ids.indexOf(id));
            assertEquals(place.name(), row.text("name"), id);
            assertEquals(place.lon(), row.decimal("lon"), 1e-4, id);
            assertEquals(place.lat(), row.decimal("lat"), 1e-4, id);
            String before = state.put(id, h + "/" + b);
            if (before != null && !before.startsWith(h + "/")) changes++;
            if (snapshots.contains(row.text("date")) || row.text("date").equals(firstDate)) {
                perSnapshot.merge(row.text("date"), 1, Integer::sum);
            } else {
                assertNotEquals(before, h + "/" + b, id + " on " + row.text("date") + " has a row but did not change");
            }
        }
        assertTrue(changes > 0, "places change hands in the default run");
        for (var e : perSnapshot.entrySet()) assertEquals(ids.size(), e.getValue(), "every place on " + e.getKey());
    }

    @Test
    void cellsAreSnapshotsOfTheGrid() {
        CsvTable cells = CsvTable.read(first.resolve(RunFiles.CELLS));
        assertEquals(0, cells.rows().size() % MAP.cellCount());
        int snapshots = cells.rows().size() / MAP.cellCount();
        int weeks = national.rows().size();
        assertEquals((weeks - 1) / RunFiles.SNAPSHOT_WEEKS + 1 + ((weeks - 1) % RunFiles.SNAPSHOT_WEEKS == 0 ? 0 : 1),
                snapshots, "every four weeks and the final week");
        assertEquals(national.rows().get(weeks - 1).text("date"), cells.rows().get(cells.rows().size() - 1).text("date"),
                "the last snapshot is the final week");
        for (CsvTable.Row row : cells.rows()) {
            double sum = 0;
            for (String side : ACTORS.sideKeys()) {
                double v = Double.parseDouble(row.text(side));
                assertTrue(v >= 0 && v <= 1);
                sum += v;
            }
            assertTrue(sum <= 1 + 2e-3, "cell shares sum to " + sum);
            assertTrue(ACTORS.territorialKeys().contains(row.text("dominant")), row.text("dominant"));
        }
    }

    @Test
    void eventsHoldEveryScenarioEvent() {
        CsvTable events = CsvTable.read(first.resolve(RunFiles.EVENTS));
        List<ScenarioEvent> planned = Mali.defaultScenario().scenario().eventsOrEmpty();
        assertFalse(planned.isEmpty());
        for (ScenarioEvent e : planned) {
            if (e.type() == EventType.COUP) continue; // a coup is logged in its own words
            boolean found = events.rows().stream().anyMatch(r -> r.text("description").equals(e.label())
                    && !LocalDate.parse(r.text("date")).isAfter(e.date())
                    && LocalDate.parse(r.text("date")).plusDays(7).isAfter(e.date()));
            assertTrue(found, "no row for the scenario event '" + e.label() + "' in the week of " + e.date());
        }
        LocalDate last = LocalDate.MIN;
        for (CsvTable.Row r : events.rows()) {
            LocalDate d = LocalDate.parse(r.text("date"));
            assertFalse(d.isBefore(last), "events in date order");
            last = d;
            assertFalse(r.text("type").isBlank() || r.text("description").isBlank(), "type and description: " + r.fields());
        }
    }

    @Test
    void fuelHasARowPerWeekAndDepotOrCorridor() {
        CsvTable fuel = CsvTable.read(first.resolve(RunFiles.FUEL));
        int perWeek = MAP.regions().size() + MAP.corridors().size();
        assertEquals(national.rows().size() * perWeek, fuel.rows().size());
        assertTrue(fuel.rows().stream().allMatch(r -> r.text("kind").equals("depot") || r.text("kind").equals("corridor")));
    }

    @Test
    void manifestDescribesTheRun() throws Exception {
        JsonNode m = JSON.readTree(first.resolve(RunFiles.MANIFEST).toFile());
        assertEquals("default", m.path("scenario_id").asText());
        String sha = m.path("scenario_sha256").asText();
        assertTrue(sha.matches("[0-9a-f]{64}"), sha);
        String fileSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(Path.of("scenarios", "default.yaml"))));
        assertEquals(fileSha, sha, "the SHA-256 of scenarios/default.yaml");
        assertEquals(1, m.path("seed").asLong());
        assertTrue(m.path("seed").isIntegralNumber());
        assertFalse(m.path("version").asText().isBlank());
        assertEquals(national.rows().get(0).text("date"), m.path("first_date").asText());
        assertEquals(national.rows().get(national.rows().size() - 1).text("date"), m.path("last_date").asText());
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
        JsonNode actors = m.path("actors");
        List<String> sides = new ArrayList<>();
        actors.path("sides").forEach(s -> sides.add(s.path("key").asText()));
        assertEquals(ACTORS.territorialKeys(), sides);
        for (JsonNode f : actors.path("forces")) {
            assertEquals(ACTORS.force(f.path("key").asText()).label(), f.path("label").asText());
            assertTrue(f.path("colour").asText().matches("#[0-9a-f]{6}"), f.toString());
            assertTrue(ACTORS.sideKeys().contains(f.path("side").asText()), f.toString());
        }
    }

    @Test
    void summaryParsesAndMatchesTheRun() throws IOException {
        JsonNode s = JSON.readTree(first.resolve(RunFiles.SUMMARY).toFile());
        assertEquals("default", s.path("scenario").asText());
        assertEquals(1, s.path("seed").asLong());
        for (String k : List.of("territory_start", "territory_end", "population_start", "population_end")) {
            double sum = 0;
            for (String a : ACTORS.territorialKeys()) {
                assertNotNull(s.path(k).get(a), k + "." + a);
                sum += s.path(k).get(a).asDouble();
            }
            assertEquals(1.0, sum, 5e-4, k);
        }
        long events = 0;
        for (CsvTable.Row row : national.rows()) events += Long.parseLong(row.text("violent_events"));
        assertEquals(events, s.path("violent_events").asLong(), "violent events add up to national.csv's");
    }

    @Test
    void aFailedRunLeavesNoFolderBehind(@TempDir Path empty) throws IOException {
        RunWriter.PictureMaker broken = (dir, geo) -> {
            Files.writeString(dir.resolve("half-drawn.png"), "not a picture");
            throw new IOException("the picture maker broke");
        };
        IOException e = assertThrows(IOException.class, () -> Mali.defaultRun().write(empty, broken));
        assertEquals("the picture maker broke", e.getMessage());
        RunWriter.PictureMaker crashing = (dir, geo) -> {
            throw new IllegalStateException("a bug in the picture maker");
        };
        assertThrows(IllegalStateException.class, () -> Mali.defaultRun().write(empty, crashing));
        try (Stream<Path> left = Files.list(empty)) {
            assertEquals(List.of(), left.toList(), "nothing may be left, not even a hidden staging folder or lock");
        }
    }
}
