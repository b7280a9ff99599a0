package org.sahelsim.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sahelsim.data.CsvTable;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.model.observe.WeekRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunResultsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2024})
    void readsAConsistentRunFolder(long seed) throws IOException {
        RunResults run = RunResults.read(SyntheticRun.write(dir, 9, seed, true));
        assertEquals(9, run.national().size());
        assertEquals(SyntheticRun.START, run.national().get(0).date());
        assertEquals(SyntheticRun.START.plusWeeks(8), run.weeks().get(8));
        assertEquals(seed, run.manifest().seed());
        for (WeekRecord w : run.national()) {
            assertEquals(1.0, java.util.Arrays.stream(w.territory()).sum(), 1e-3);
            assertEquals(1.0, java.util.Arrays.stream(w.population()).sum(), 1e-3);
            assertTrue(Double.isNaN(w.cohesion()), "a column the synthetic (older) run does not have");
        }
        assertEquals(List.of(SyntheticRun.FORCES), run.forces());
        assertEquals(11, run.regions().size());
        // snapshots every four weeks and at the final week
        assertEquals(List.of(SyntheticRun.START, SyntheticRun.START.plusWeeks(4), SyntheticRun.START.plusWeeks(8)),
                run.snapshotDates());
        // regional shares sum to 1 in each region and week
        for (WeekRecord w : run.national()) {
            for (double[] region : w.regionTerritory()) assertEquals(1.0, java.util.Arrays.stream(region).sum(), 1e-3);
        }
        // events are in date order and keep quoted commas and quotes
        for (int i = 1; i < run.events().size(); i++) {
            assertTrue(!run.events().get(i).date().isBefore(run.events().get(i - 1).date()));
        }
        assertTrue(run.events().stream().anyMatch(e -> e.description().equals(
                "FAMa retakes Anéfis <after> \"heavy\" fighting & losses")));
        assertEquals(List.of("france", "state"), run.events().get(0).actors());
        Manifest.Grid grid = run.manifest().grid().orElseThrow();
        assertEquals(SyntheticRun.LON_MIN, grid.lonMin());
        assertEquals(SyntheticRun.WIDTH, grid.width());
        assertEquals("[0, 1000000000]", run.manifest().parameters().get(0).range());
        assertEquals("42000000", run.manifest().parameters().get(0).value());
        assertEquals("[0, 10000]", run.manifest().parameters().get(1).range());
        assertEquals("France leaves, Wagner arrives", run.manifest().title());
        assertTrue(run.summary().orElseThrow().entries().contains(new Summary.Entry("fatalities", "1234")));
        assertTrue(run.fuel().orElseThrow().stream().anyMatch(FuelRecord::isCorridor));
    }

    /** A folder of this version (regions, fuel and places compressed) reads as the same folder in plain files. */
    @Test
    void compressedAndPlainFilesReadTheSame() throws IOException {
        Path plain = SyntheticPlaces.write(dir.resolve("plain"), 13, 4, true);
        Path compressed = SyntheticPlaces.write(dir.resolve("compressed"), 13, 4, true);
        for (String[] f : new String[][] {{RunFiles.REGIONS_PLAIN, RunFiles.REGIONS}, {RunFiles.FUEL_PLAIN, RunFiles.FUEL},
                {RunFiles.PLACES_PLAIN, RunFiles.PLACES}}) {
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(compressed.resolve(f[1])))) {
                Files.copy(compressed.resolve(f[0]), out);
            }
            Files.delete(compressed.resolve(f[0]));
        }
        RunResults a = RunResults.read(plain);
        RunResults b = RunResults.read(compressed);
        assertEquals(a.regions(), b.regions());
        assertEquals(a.national().size(), b.national().size());
        for (int w = 0; w < a.national().size(); w++) {
            WeekRecord x = a.national().get(w);
            WeekRecord y = b.national().get(w);
            assertTrue(java.util.Arrays.deepEquals(x.regionTerritory(), y.regionTerritory()), "territory, week " + w);
            assertTrue(java.util.Arrays.deepEquals(x.regionPopulation(), y.regionPopulation()), "population, week " + w);
            assertTrue(java.util.Arrays.equals(x.regionEvents(), y.regionEvents()), "events, week " + w);
            assertTrue(java.util.Arrays.equals(x.regionFatalities(), y.regionFatalities()), "fatalities, week " + w);
        }
        assertEquals(a.fuel().orElseThrow(), b.fuel().orElseThrow());
        assertEquals(a.places().orElseThrow(), b.places().orElseThrow());
        assertTrue(b.fuel().orElseThrow().size() > 13 && b.places().orElseThrow().size() > 13);
    }

    @Test
    void fuelFileIsOptional() throws IOException {
        RunResults run = RunResults.read(SyntheticRun.write(dir, 3, 1, false));
        assertTrue(run.fuel().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"national.csv", "regions.csv", "cells.csv", "events.csv", "manifest.json"})
    void aMissingFileIsNamed(String file) throws IOException {
        SyntheticRun.write(dir, 3, 1, true);
        Files.delete(dir.resolve(file));
        DataFormatException e = assertThrows(DataFormatException.class, () -> RunResults.read(dir));
        // cells.csv and regions.csv are how earlier versions wrote what is now compressed; the error names today's file
        assertEquals(file.equals(RunFiles.CELLS_PLAIN) ? RunFiles.CELLS : file.equals(RunFiles.REGIONS_PLAIN) ? RunFiles.REGIONS : file,
                e.file());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aBadNumberIsReportedWithLineAndColumn() throws IOException {
        SyntheticRun.write(dir, 3, 1, true);
        Path national = dir.resolve("national.csv");
        List<String> lines = Files.readAllLines(national, StandardCharsets.UTF_8);
        String[] fields = lines.get(2).split(",", -1);
        fields[3] = "lots"; // territory_jnim of the second week
        lines.set(2, String.join(",", fields));
        Files.write(national, lines, StandardCharsets.UTF_8);
        DataFormatException e = assertThrows(DataFormatException.class, () -> RunResults.read(dir));
        assertEquals("national.csv", e.file());
        assertEquals(3, e.line());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().contains("territory_jnim") && e.getMessage().contains("'lots'"), e.getMessage());
    }

    @Test
    void aShareAboveOneIsRejected() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> {
            CsvTable t = CsvTable.parse("regions.csv", "date,region,actor,territory,population\n"
                    + "2021-06-07,kidal,state,1.5,0.2\n");
            t.rows().get(0).share("territory");
        });
        assertEquals(2, e.line());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    }

    @Test
    void aMissingColumnAndAShortRowAreReported() throws IOException {
        SyntheticRun.write(dir, 3, 1, true);
        Files.writeString(dir.resolve("events.csv"), "date,type,region,description\n2021-06-07,scenario,,x\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> RunResults.read(dir));
        assertEquals("events.csv", e.file());
        assertTrue(e.getMessage().contains("missing column 'actors'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("events.csv:1:5: "), e.getMessage());

        Files.writeString(dir.resolve("events.csv"), "date,type,region,actors,description\n2021-06-07,scenario,,x\n");
        e = assertThrows(DataFormatException.class, () -> RunResults.read(dir));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("expected 5 fields"), e.getMessage());
    }

    @Test
    void aBadDateIsReported() {
        CsvTable t = CsvTable.parse("cells.csv", "date,dominant\n2021-13-01,state\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> t.rows().get(0).date("date"));
        assertEquals(2, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("ISO date"), e.getMessage());
    }

    @Test
    void invalidJsonInTheManifestIsLocated() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> Manifest.parse("{\n  \"seed\": 4,\n  \"title\": oops\n}"));
        assertEquals("manifest.json", e.file());
        assertEquals(3, e.line());
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        CsvTable t = CsvTable.parse("events.csv", "a,b\n\"x, \"\"y\"\"\nz\",2\n3,4\n");
        assertEquals("x, \"y\"\nz", t.rows().get(0).text("a"));
        assertEquals(2, t.rows().get(0).line());
        assertEquals(4, t.rows().get(1).line());
    }

    @Test
    void datesOutOfOrderInNationalAreRejected() throws IOException {
        SyntheticRun.write(dir, 3, 1, true);
        Path national = dir.resolve("national.csv");
        List<String> lines = Files.readAllLines(national, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replaceFirst("^[0-9-]+", LocalDate.of(2020, 1, 6).toString()));
        Files.write(national, lines, StandardCharsets.UTF_8);
        DataFormatException e = assertThrows(DataFormatException.class, () -> RunResults.read(dir));
        assertEquals(4, e.line());
    }
}
