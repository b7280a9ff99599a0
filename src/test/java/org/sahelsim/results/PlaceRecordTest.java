package org.sahelsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.WeekRecord;

/** Reading {@code places.csv.gz} (or an older run's {@code places.csv}) into {@link PlaceRecord}s, the places at a date, and the changes of hands. */
class PlaceRecordTest {
    static final int WEEKS = 13;

    @TempDir
    Path dir;

    @Test
    void everyRowIsReadWithItsNamePositionGarrisonAndSiege() throws IOException {
        RunResults run = RunResults.read(SyntheticPlaces.write(dir, WEEKS, 1, true));
        List<PlaceRecord> rows = run.places().orElseThrow();
        assertEquals(Files.readAllLines(dir.resolve(RunFiles.PLACES_PLAIN)).size() - 1, rows.size());
        PlaceRecord base = rows.stream().filter(r -> r.id().equals("tessalit_base")).findFirst().orElseThrow();
        assertEquals("Tessalit base (Amachach)", base.name());
        assertEquals("base", base.kind());
        assertEquals(1.0, base.lon());
        assertEquals(20.0, base.lat());
        int france = run.actors().forceKeys().indexOf("france");
        assertEquals(SyntheticPlaces.garrison(SyntheticPlaces.SITES.get(4)), base.garrison(france));
        assertEquals(base.garrison(france), base.garrisonTotal());
        PlaceRecord besieged = rows.stream().filter(r -> r.id().equals("mopti") && r.date().equals(SyntheticRun.START.plusWeeks(3)))
                .findFirst().orElseThrow();
        assertTrue(besieged.besieged());
        assertEquals("jnim", besieged.besiegedBy());
        assertEquals(2, besieged.roadsCut());
        assertEquals(48.0, besieged.supplyDays());
        assertTrue(rows.stream().anyMatch(r -> !r.held() && r.id().equals("konna_junction")));
        // the record keeps its own copy of the garrison
        base.garrison()[france] = -1;
        assertEquals(SyntheticPlaces.garrison(SyntheticPlaces.SITES.get(4)), base.garrison(france));
    }

    @Test
    void thePlacesReadTheSameCompressedAsPlainAndTheCompressedFileComesFirst() throws IOException {
        SyntheticPlaces.write(dir, WEEKS, 1, true);
        List<PlaceRecord> plain = RunResults.read(dir).places().orElseThrow();
        Path text = dir.resolve(RunFiles.PLACES_PLAIN);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve(RunFiles.PLACES)))) {
            Files.copy(text, out);
        }
        // both files: the compressed one is read (the plain one is made unreadable to show it is not)
        Files.writeString(text, "not,a,places,file\n", StandardCharsets.UTF_8);
        assertEquals(plain, RunResults.read(dir).places().orElseThrow());
        Files.delete(text);
        assertEquals(plain, RunResults.read(dir).places().orElseThrow());
        assertEquals(SyntheticPlaces.CHANGES.size(), RunResults.read(dir).placeChanges().size());
    }

    @Test
    void aBadRowOfTheCompressedFileIsNamedByThatFile() throws IOException {
        SyntheticPlaces.write(dir, 3, 1, false);
        Path text = dir.resolve(RunFiles.PLACES_PLAIN);
        List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replace(",state,", ",wagner,"));
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve(RunFiles.PLACES)))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.delete(text);
        DataFormatException e = assertThrows(DataFormatException.class, () -> RunResults.read(dir));
        assertEquals(RunFiles.PLACES, e.file());
        assertEquals(4, e.line());
    }

    @Test
    void thePlacesOnADateAreEachPlacesLastRowThen() throws IOException {
        RunResults run = RunResults.read(SyntheticPlaces.write(dir, WEEKS, 1, true));
        for (int t = 0; t < WEEKS; t++) {
            LocalDate date = SyntheticRun.START.plusWeeks(t);
            List<PlaceRecord> on = run.placesOn(date);
            assertEquals(SyntheticPlaces.SITES.size(), on.size(), "every place on " + date);
            for (int i = 0; i < on.size(); i++) {
                SyntheticPlaces.Site site = SyntheticPlaces.SITES.get(i);
                assertEquals(site.id(), on.get(i).id());
                assertEquals(site.at(t).holder(), on.get(i).holder(), site.id() + " on " + date);
                assertEquals(site.at(t).besieger(), on.get(i).besiegedBy(), site.id() + " on " + date);
                assertFalse(on.get(i).date().isAfter(date));
            }
        }
        assertEquals(List.of(), run.placesOn(SyntheticRun.START.minusDays(1)));
    }

    @Test
    void theChangesOfHandsAreFoundWithHowTheyHappened() throws IOException {
        RunResults run = RunResults.read(SyntheticPlaces.write(dir, WEEKS, 1, true));
        List<SyntheticPlaces.Change> found = new ArrayList<>();
        for (PlaceChange c : run.placeChanges()) {
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(SyntheticRun.START, c.date());
            found.add(new SyntheticPlaces.Change(week, c.place(), c.from(), c.to(), c.how()));
        }
        assertEquals(SyntheticPlaces.CHANGES, found);
        PlaceChange mopti = run.placeChanges().get(2);
        assertEquals("Mopti", mopti.name());
        assertEquals("regional_capital", mopti.kind());
        assertEquals("mopti", mopti.region());
    }

    @Test
    void aShortRunHasTheChangesOfItsWeeksOnly() throws IOException {
        RunResults run = RunResults.read(SyntheticPlaces.write(dir, 6, 1, true));
        assertEquals(List.of("boni", "tessalit_base"), run.placeChanges().stream().map(PlaceChange::place).toList());
    }

    @Test
    void aBaseVacatedAndOccupiedInOneWeekIsAnOccupationNotAnAssault() {
        java.time.LocalDate week = java.time.LocalDate.of(2022, 5, 9);
        PlaceRecord held = new PlaceRecord(week.minusWeeks(1), "gossi_base", "Gossi base", "base", "tombouctou", -1.2, 15.8,
                "state", new double[] {0, 0}, 90, "", 0, null);
        PlaceRecord taken = new PlaceRecord(week, "gossi_base", "Gossi base", "base", "tombouctou", -1.2, 15.8,
                "jnim", new double[] {0, 0}, 90, "", 0, null);
        var vacated = new org.sahelsim.model.observe.LoggedEvent(week, "base_vacated", "tombouctou", List.of("france"),
                "France leave Gossi base; it stands empty");
        assertEquals(ChangeOfHands.OCCUPATION, PlaceChange.in(List.of(held, taken), List.of(vacated)).get(0).how());
        assertEquals(ChangeOfHands.ASSAULT, PlaceChange.in(List.of(held, taken), List.of()).get(0).how());
    }

    @Test
    void aBaseLeftWithoutAVacatedEventIsAWithdrawal() throws IOException {
        SyntheticPlaces.write(dir, WEEKS, 1, true);
        List<String> events = Files.readAllLines(dir.resolve(RunFiles.EVENTS), StandardCharsets.UTF_8);
        events.removeIf(l -> l.contains(",base_vacated,"));
        Files.write(dir.resolve(RunFiles.EVENTS), events, StandardCharsets.UTF_8);
        PlaceChange base = RunResults.read(dir).placeChanges().get(1);
        assertEquals("tessalit_base", base.place());
        assertEquals(ChangeOfHands.WITHDRAWAL, base.how());
    }

    @Test
    void aSentenceNamesAPlaceOnlyByItsWholeName() {
        assertTrue(PlaceChange.names("france leave tessalit base (amachach); it stands empty", "tessalit base (amachach)"));
        assertFalse(PlaceChange.names("minusma leave kidal minusma camp; it stands empty", "kidal"));
        assertTrue(PlaceChange.names("minusma leave kidal minusma camp; it stands empty", "kidal minusma camp"));
        assertFalse(PlaceChange.names("the garrison of kidal is gone", "kidal"));
        assertTrue(PlaceChange.names("france leave kidal", "kidal"));
        assertFalse(PlaceChange.names("france leave akidal; it stands empty", "kidal"));
    }

    @Test
    void theDecisionsAreTheDecisionLinesInDateOrder() throws IOException {
        RunResults run = RunResults.read(SyntheticPlaces.write(dir, WEEKS, 1, true));
        List<LoggedEvent> d = run.decisions();
        assertEquals(SyntheticPlaces.DECISIONS.size(), d.size());
        for (int i = 0; i < d.size(); i++) {
            assertEquals(SyntheticRun.START.plusWeeks(Integer.parseInt(SyntheticPlaces.DECISIONS.get(i)[0])), d.get(i).date());
            assertEquals(SyntheticPlaces.DECISIONS.get(i)[2], d.get(i).description());
        }
        assertEquals(List.of("state", "russia"), d.get(0).actors());
    }

    @Test
    void theRegionsViolenceAndThePoliticsAreRead() throws IOException {
        RunResults run = RunResults.read(SyntheticPlaces.write(dir, WEEKS, 1, true));
        int mopti = run.regions().indexOf("mopti");
        for (int t = 0; t < WEEKS; t++) {
            WeekRecord w = run.national().get(t);
            assertEquals(SyntheticPlaces.events("mopti", t), w.regionEvents()[mopti]);
            assertEquals(SyntheticPlaces.fatalities("mopti", t), w.regionFatalities()[mopti], 1e-9);
            assertEquals(0.6 - 0.015 * t, w.legitimacy(), 1e-6);
        }
    }

    @Test
    void runsWithoutPlacesOrWithoutTheirPositionsStillRead() throws IOException {
        RunResults old = RunResults.read(SyntheticRun.write(dir.resolve("old"), 5, 1, false));
        assertTrue(old.places().isEmpty());
        assertEquals(List.of(), old.placeChanges());
        assertEquals(List.of(), old.placesOn(SyntheticRun.START));

        // places.csv as first written, before its name, lon and lat
        Path first = SyntheticPlaces.write(dir.resolve("first"), WEEKS, 1, false);
        List<String> lines = Files.readAllLines(first.resolve(RunFiles.PLACES_PLAIN), StandardCharsets.UTF_8);
        List<String> cut = new ArrayList<>();
        int keep = RunFiles.placeColumns(Actors.standard()).indexOf("name");
        for (String l : lines) cut.add(String.join(",", java.util.Arrays.asList(l.split(",", -1)).subList(0, keep)));
        Files.write(first.resolve(RunFiles.PLACES_PLAIN), cut, StandardCharsets.UTF_8);
        RunResults run = RunResults.read(first);
        PlaceRecord menaka = run.placesOn(SyntheticRun.START).get(5);
        assertEquals("Menaka Camp", menaka.name());
        assertFalse(menaka.located());
        assertEquals(SyntheticPlaces.CHANGES.size(), run.placeChanges().size());
    }

    @Test
    void aBadHolderIsReportedWithItsLineAndColumn() throws IOException {
        SyntheticPlaces.write(dir, 3, 1, false);
        Path places = dir.resolve(RunFiles.PLACES_PLAIN);
        List<String> lines = Files.readAllLines(places, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replace(",state,", ",wagner,"));
        Files.write(places, lines, StandardCharsets.UTF_8);
        DataFormatException e = assertThrows(DataFormatException.class, () -> RunResults.read(dir));
        assertEquals(RunFiles.PLACES_PLAIN, e.file());
        assertEquals(4, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().contains("holder") && e.getMessage().contains("'wagner'"), e.getMessage());
    }

    @Test
    void aNegativeGarrisonIsRefused() throws IOException {
        SyntheticPlaces.write(dir, 3, 1, false);
        Path places = dir.resolve(RunFiles.PLACES_PLAIN);
        List<String> lines = Files.readAllLines(places, StandardCharsets.UTF_8);
        String[] f = lines.get(1).split(",", -1);
        f[5] = "-4";
        lines.set(1, String.join(",", f));
        Files.write(places, lines, StandardCharsets.UTF_8);
        DataFormatException e = assertThrows(DataFormatException.class, () -> RunResults.read(dir));
        assertEquals(2, e.line());
        assertEquals(6, e.column());
    }
}
