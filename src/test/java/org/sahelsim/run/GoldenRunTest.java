package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.data.CsvTable;
import org.sahelsim.results.RunFiles;
import org.sahelsim.results.RunResults;

/**
 * Golden results, in MATSim's way: the first year of the default scenario (seed 1, the coarse
 * 0.4° grid) is committed under {@code src/test/resources/org/sahelsim/golden/}, and a fresh
 * run is compared with it column by column and week by week. Any change to the model's results
 * fails here, saying which file, column, date, the value expected and the value found; a change
 * meant is accepted by rewriting the golden files:
 * {@code ./mvnw test -Dtest=GoldenRunTest -Dsahelsim.golden.update=true}, then committing them
 * with the change that moved them.
 */
class GoldenRunTest {
    /** Where the golden files live, in the source tree (the suite runs from the project's root). */
    static final Path GOLDEN = Path.of("src", "test", "resources", "org", "sahelsim", "golden", "default-coarse-seed1");
    /** Set to rewrite the golden files from a fresh run. */
    static final String UPDATE = "sahelsim.golden.update";
    static final long SEED = 1;
    /** The first year: the weeks before this date. */
    static final LocalDate END = LocalDate.of(2022, 6, 6);
    /** Each CSV file kept, with the columns that name a row within a date. */
    static final Map<String, List<String>> FILES = new LinkedHashMap<>();

    static {
        FILES.put(RunFiles.NATIONAL, List.of());
        FILES.put(RunFiles.REGIONS_PLAIN, List.of("region", "actor"));
        FILES.put(RunFiles.CELLS_PLAIN, List.of("col", "row"));
        FILES.put(RunFiles.FUEL_PLAIN, List.of("kind", "id"));
        FILES.put(RunFiles.PLACES_PLAIN, List.of("place"));
        FILES.put(RunFiles.EVENTS, List.of());
    }

    /** The files a run writes compressed, by the plain name the golden files keep them under. */
    static final Map<String, String> COMPRESSED = Map.of(RunFiles.REGIONS_PLAIN, RunFiles.REGIONS,
            RunFiles.CELLS_PLAIN, RunFiles.CELLS, RunFiles.FUEL_PLAIN, RunFiles.FUEL, RunFiles.PLACES_PLAIN, RunFiles.PLACES);

    @TempDir
    static Path out;
    static Path fresh;

    @BeforeAll
    static void runTheFirstYear() throws IOException {
        Path full = new ScenarioRun(Mali.coarseScenario(), SEED, Mali.coarseMap()).simulate().write(out.resolve("full"), null);
        fresh = firstYear(full, out.resolve("first-year"));
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(GOLDEN);
            for (String f : FILES.keySet()) Files.copy(fresh.resolve(f), GOLDEN.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(fresh.resolve(RunFiles.MANIFEST), GOLDEN.resolve(RunFiles.MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.err.println("NOTICE: golden files rewritten in " + GOLDEN + ": review the diff and commit it with the change.");
        }
    }

    @Test
    void aFreshRunMatchesTheGoldenFilesColumnByColumnAndWeekByWeek() throws IOException {
        assertTrue(Files.isDirectory(GOLDEN), "no golden files at " + GOLDEN + "; write them with -D" + UPDATE + "=true");
        RunResults golden = RunResults.read(GOLDEN); // the golden files are a run folder the reader reads
        assertEquals(52, golden.national().size(), "a year of weeks");
        List<String> differences = compare(GOLDEN, fresh);
        if (!differences.isEmpty()) {
            StringBuilder m = new StringBuilder("The results differ from the golden run (default scenario, seed " + SEED
                    + ", 0.4°, first year) in " + differences.size() + " places:\n");
            differences.stream().limit(40).forEach(d -> m.append("  ").append(d).append('\n'));
            if (differences.size() > 40) m.append("  ... and ").append(differences.size() - 40).append(" more\n");
            m.append("If the change is meant, accept it: ./mvnw test -Dtest=GoldenRunTest -D").append(UPDATE)
                    .append("=true, and commit ").append(GOLDEN).append(" with it, saying why the results moved.");
            throw new AssertionError(m.toString());
        }
    }

    /** A changed value and a missing row are reported with their file, row, column, date and values. */
    @Test
    void aDifferenceIsNamedByFileColumnDateAndValues(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("changed");
        Files.createDirectories(copy);
        for (String f : FILES.keySet()) Files.copy(fresh.resolve(f), copy.resolve(f));
        List<String> national = Files.readAllLines(copy.resolve(RunFiles.NATIONAL));
        int column = List.of(national.get(0).split(",")).indexOf("fuel_price_bamako");
        String[] week3 = national.get(4).split(",", -1);
        String was = week3[column];
        week3[column] = "1234.5";
        national.set(4, String.join(",", week3));
        Files.write(copy.resolve(RunFiles.NATIONAL), national);
        List<String> regions = Files.readAllLines(copy.resolve(RunFiles.REGIONS_PLAIN));
        String[] gone = regions.remove(7).split(",");
        Files.write(copy.resolve(RunFiles.REGIONS_PLAIN), regions);
        assertEquals(List.of(
                RunFiles.NATIONAL + ", column fuel_price_bamako, " + week3[0] + ": expected " + was + ", found 1234.5",
                RunFiles.REGIONS_PLAIN + ", " + gone[1] + " " + gone[2] + ", " + gone[0] + ": the row is missing"),
                compare(fresh, copy));
    }

    /** Every difference between two folders' kept files, in file order, date order and column order. */
    static List<String> compare(Path expectedDir, Path foundDir) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> file : FILES.entrySet()) {
            String name = file.getKey();
            CsvTable expected = CsvTable.read(expectedDir.resolve(name));
            CsvTable found = CsvTable.read(foundDir.resolve(name));
            for (String c : expected.header()) if (!found.has(c)) out.add(name + ", column " + c + ": missing from the fresh run");
            for (String c : found.header()) if (!expected.has(c)) out.add(name + ", column " + c + ": not in the golden files");
            Map<String, CsvTable.Row> byKey = new HashMap<>();
            List<String> order = new ArrayList<>();
            keyed(found, file.getValue(), byKey, order);
            Map<String, CsvTable.Row> want = new HashMap<>();
            List<String> wantOrder = new ArrayList<>();
            keyed(expected, file.getValue(), want, wantOrder);
            for (String key : wantOrder) {
                CsvTable.Row e = want.get(key);
                CsvTable.Row f = byKey.get(key);
                if (f == null) {
                    out.add(name + ", " + key + ": the row is missing");
                    continue;
                }
                for (String c : expected.header()) {
                    if (!found.has(c) || file.getValue().contains(c) || c.equals("date")) continue;
                    if (!e.text(c).equals(f.text(c))) {
                        out.add(name + ", " + (key.contains(", ") ? key.substring(0, key.lastIndexOf(", ")) + ", " : "")
                                + "column " + c + ", " + e.text("date") + ": expected " + e.text(c) + ", found " + f.text(c));
                    }
                }
            }
            for (String key : order) if (!want.containsKey(key)) out.add(name + ", " + key + ": a row the golden files do not have");
        }
        return out;
    }

    /**
     * Rows by their name: the key columns and the date ({@code kidal jnim, 2021-06-07}); rows
     * without key columns (events) are numbered within their date.
     */
    private static void keyed(CsvTable t, List<String> keys, Map<String, CsvTable.Row> out, List<String> order) {
        Map<String, Integer> perDate = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String date = r.text("date");
            String key;
            if (keys.isEmpty() && t.file().equals(RunFiles.EVENTS)) {
                key = "event " + perDate.merge(date, 1, Integer::sum) + ", " + date;
            } else if (keys.isEmpty()) {
                key = date;
            } else {
                List<String> parts = new ArrayList<>();
                for (String k : keys) parts.add(r.text(k));
                key = String.join(" ", parts) + ", " + date;
            }
            out.put(key, r);
            order.add(key);
        }
    }

    /**
     * The weeks before {@link #END} of a run folder, as a run folder: its CSV files cut (all
     * uncompressed, so that a change reads as a diff) and a manifest that says so.
     */
    static Path firstYear(Path run, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : FILES.keySet()) {
            Path source = run.resolve(COMPRESSED.getOrDefault(name, name));
            String text = OutputContractTest.text(source);
            StringBuilder kept = new StringBuilder();
            boolean header = true;
            for (String line : text.split("\n", -1)) {
                if (line.isEmpty()) continue;
                if (header || LocalDate.parse(line.substring(0, 10)).isBefore(END)) kept.append(line).append('\n');
                header = false;
            }
            Files.writeString(to.resolve(name), kept, StandardCharsets.UTF_8);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode m = (ObjectNode) json.readTree(run.resolve(RunFiles.MANIFEST).toFile());
        m.remove(List.of("parameters", "events", "version", "scenario_file", "extends"));
        List<String> weeks = new ArrayList<>();
        for (CsvTable.Row r : CsvTable.read(to.resolve(RunFiles.NATIONAL)).rows()) weeks.add(r.text("date"));
        m.put("last_date", weeks.get(weeks.size() - 1));
        m.put("weeks", weeks.size());
        var snapshots = m.putArray("snapshot_dates");
        json.readTree(run.resolve(RunFiles.MANIFEST).toFile()).path("snapshot_dates").forEach(d -> {
            if (LocalDate.parse(d.asText()).isBefore(END)) snapshots.add(d.asText());
        });
        Files.writeString(to.resolve(RunFiles.MANIFEST), json.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
        return to;
    }
}
