package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.Requirements;
import org.sahelsim.data.CsvTable;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.DecisionTimeline;

/** {@code decisions}: free runs' decisions set against the record, as a table, a file and a picture. */
class DecisionsCommandTest {
    static final Path RECORD = Path.of("validation", "decisions.csv");

    @Test
    void everyDecisionOfTheRecordHasItsDatedEventInTheDefaultScenario() {
        List<DecisionTimeline.Mark> marks = DecisionTimeline.marks(RECORD);
        assertTrue(marks.size() >= 10, "the record's decisions: " + marks.size());
        var events = ScenarioLibrary.standard().load("default", List.of()).scenario().events();
        for (DecisionTimeline.Mark m : marks) {
            // The date the free runs are compared with is the dated event's, with its source in the scenario.
            assertNotNull(DecisionTimeline.realDate(events, m), m.id() + " has no dated " + m.eventType() + " " + m.eventTarget());
        }
    }

    @Test
    void aBadRecordIsRefusedAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("decisions.csv");
        Files.writeString(bad, "# a comment\nid,label,phrase,event_type,event_target\nx,X,calls in,force_strenght,russia\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> DecisionTimeline.marks(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("force_strenght") || e.getMessage().contains("one of force_strength"), e.getMessage());
        MainTest.Result r = MainTest.run("decisions", "--record", bad.toString(), "--seeds", "1", "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(bad + ":3:4: column 'event_type'"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing run, nothing written");
    }

    @Test
    void freeRunsAreSetAgainstTheRecordInATableAFileAndAPicture(@TempDir Path dir) throws Exception {
        Requirements.fonts();
        MainTest.Result r = MainTest.run("decisions", "--seeds", "2", "--set", "grid.cell_degrees=0.4",
                "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| The junta calls in Russian forces | 2021-12-24 |"), r.out());
        Path folder = dir.resolve("decisions-default-2");
        CsvTable table = CsvTable.read(folder.resolve("decisions.csv"));
        List<DecisionTimeline.Mark> marks = DecisionTimeline.marks(RECORD);
        assertEquals(marks.size(), table.rows().size());
        int takenSomewhere = 0;
        for (CsvTable.Row row : table.rows()) {
            int taken = row.whole("seeds_taking_it");
            assertTrue(taken >= 0 && taken <= 2, row.fields().toString());
            if (taken == 0) {
                assertEquals("", row.text("median"));
                continue;
            }
            takenSomewhere++;
            LocalDate earliest = row.date("earliest");
            LocalDate latest = row.date("latest");
            assertFalse(latest.isBefore(earliest));
            assertFalse(earliest.isBefore(LocalDate.of(2021, 6, 7)), "within the run");
            assertFalse(latest.isAfter(LocalDate.of(2026, 12, 28)), "within the run");
        }
        // The record's phrases are the model's words: many decisions are found in only two free runs.
        assertTrue(takenSomewhere >= 5, takenSomewhere + " of " + marks.size() + " decisions found");
        CsvTable seeds = CsvTable.read(folder.resolve("seeds.csv"));
        assertEquals(2, seeds.rows().size());
        assertEquals(marks.size() + 1, seeds.header().size());
        for (CsvTable.Row row : table.rows()) {
            long taken = seeds.rows().stream().filter(x -> !x.text(row.text("id")).isEmpty()).count();
            assertEquals(row.whole("seeds_taking_it"), taken, row.text("id"));
        }
        BufferedImage png = ImageIO.read(folder.resolve("timeline.png").toFile());
        assertEquals(1800, png.getWidth());
        assertEquals(260 + 62 * marks.size(), png.getHeight());
        assertTrue(Files.readString(folder.resolve("timeline.svg")).contains("The junta calls in Russian forces"));
        // A second study of the same name is written beside the first, never over it.
        MainTest.Result again = MainTest.run("decisions", "--seeds", "2", "--set", "grid.cell_degrees=0.4", "--out", dir.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(Files.isDirectory(dir.resolve("decisions-default-2-2")));
        assertEquals(Files.readString(folder.resolve("decisions.csv")),
                Files.readString(dir.resolve("decisions-default-2-2").resolve("decisions.csv")), "a pure function of scenario and seeds");
    }
}
