package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;
import sim.engine.SimState;

/**
 * A saved run reads back and goes on as the straight run, what is kept beside it comes back too,
 * MASON's own reader reads the same file, and every way a save or a read can go wrong is an error
 * a person can act on, with nothing overwritten.
 */
class CheckpointFileTest {
    private static ScenarioLibrary.Entry entry;
    private static Geography geo;

    @BeforeAll
    static void map() {
        entry = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.4", "period.end=2022-06-27", "events=[]"));
        geo = ScenarioRun.geographyFor(entry);
    }

    private static SahelSim stepped(int weeks) {
        SahelSim sim = new SahelSim(entry.scenario(), geo, 5);
        sim.start();
        for (int i = 0; i < weeks; i++) sim.schedule.step(sim);
        return sim;
    }

    private static void toEnd(SahelSim sim) {
        while (!sim.isFinished() && sim.schedule.step(sim)) {
            // each step is a week
        }
    }

    @Test
    void aSavedRunGoesOnAsTheStraightRunAndKeepsWhatWasSavedBesideIt(@TempDir Path dir) throws IOException {
        SahelSim straight = stepped(0);
        toEnd(straight);

        SahelSim first = stepped(20);
        ArrayList<String> beside = new ArrayList<>(List.of("twenty weeks of charts"));
        Path file = Checkpoint.write(dir.resolve("week20" + Checkpoint.EXTENSION), first, beside);
        Checkpoint.Saved saved = Checkpoint.read(file);
        assertEquals(beside, saved.beside());
        SahelSim restored = saved.sim();
        assertEquals(19, restored.tick(), "saved after its twentieth week");
        toEnd(restored);
        assertEquals(straight.eventLog().events(), restored.eventLog().events());
        for (Side s : Side.values()) {
            assertArrayEquals(straight.world().control[s.ordinal()], restored.world().control[s.ordinal()], "control of " + s);
        }

        // MASON's reader takes the same file: the model comes first in the stream.
        SimState byMason = SimState.readFromCheckpoint(file.toFile());
        assertTrue(byMason instanceof SahelSim, "MASON reads a SahelSim");
        assertEquals(19, ((SahelSim) byMason).tick());
    }

    @Test
    void aCopyGoesOnIndependentlyOfTheRunItWasTakenFrom() {
        SahelSim run = stepped(10);
        SahelSim fork = Checkpoint.copy(run, null).sim();
        fork.world().civilianHarm[0] = 0; // a "what if" in the fork only
        toEnd(run);
        toEnd(fork);
        SahelSim straight = stepped(0);
        toEnd(straight);
        assertEquals(straight.eventLog().events(), run.eventLog().events(), "the run the fork was taken from is untouched");
        assertTrue(!fork.eventLog().events().equals(run.eventLog().events()), "the fork went its own way");
    }

    @Test
    void aSaveNeverOverwritesAndLeavesNothingBehindWhenItFails(@TempDir Path dir) throws IOException {
        SahelSim sim = stepped(3);
        Path file = dir.resolve("kept" + Checkpoint.EXTENSION);
        Files.writeString(file, "a teacher's notes");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> Checkpoint.write(file, sim, null));
        assertTrue(e.getMessage().contains("kept"), e.getMessage());
        assertEquals("a teacher's notes", Files.readString(file), "the existing file is untouched");
        assertThrows(java.nio.file.NoSuchFileException.class,
                () -> Checkpoint.write(dir.resolve("no-such-folder").resolve("x" + Checkpoint.EXTENSION), sim, null));
        assertEquals(List.of(file), Files.list(dir).toList(), "no part file left behind");

        assertEquals(dir.resolve("kept-2" + Checkpoint.EXTENSION), Checkpoint.freeName(dir, "kept"));
    }

    @Test
    void whatIsNotASavedRunIsRefusedWithAMessage(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes" + Checkpoint.EXTENSION);
        Files.writeString(text, "not a checkpoint");
        IOException e = assertThrows(IOException.class, () -> Checkpoint.read(text));
        assertTrue(e.getMessage().contains("is not a saved run"), e.getMessage());

        IOException missing = assertThrows(IOException.class, () -> Checkpoint.read(dir.resolve("gone" + Checkpoint.EXTENSION)));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());

        // A serialised object of a class a saved run never holds is refused before it is built.
        Path foreign = dir.resolve("foreign" + Checkpoint.EXTENSION);
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(foreign)))) {
            out.writeObject(new javax.swing.text.PlainDocument());
        }
        IOException refused = assertThrows(IOException.class, () -> Checkpoint.read(foreign));
        assertTrue(refused.getMessage().contains("holds what a saved run does not"), refused.getMessage());

        Path other = dir.resolve("other" + Checkpoint.EXTENSION);
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(other)))) {
            out.writeObject(java.time.LocalDate.of(2021, 6, 7));
        }
        IOException notOurs = assertThrows(IOException.class, () -> Checkpoint.read(other));
        assertTrue(notOurs.getMessage().contains("not of SahelSim's model"), notOurs.getMessage());
    }

    @Test
    void aRunSavedByAVersionWithOtherWeeklyStepsIsRefusedWithAMessage(@TempDir Path dir) throws IOException {
        // The same run as saved by a version whose week had other steps: its schedule's class
        // carries the number that version gave it (WeeklySchedule's serialVersionUID, 1 before
        // the strikes on held places and the unpaid fighters' leaving).
        Path saved = Checkpoint.write(dir.resolve("now" + Checkpoint.EXTENSION), stepped(3), null);
        byte[] stream;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(saved))) {
            stream = in.readAllBytes();
        }
        byte[] name = org.sahelsim.model.WeeklySchedule.class.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(stream, name);
        assertTrue(at > 0, "the schedule's class is described in the saved stream");
        java.nio.ByteBuffer.wrap(stream, at + name.length, Long.BYTES).putLong(1L);
        Path older = dir.resolve("older" + Checkpoint.EXTENSION);
        try (java.io.OutputStream out = new GZIPOutputStream(Files.newOutputStream(older))) {
            out.write(stream);
        }
        IOException refused = assertThrows(IOException.class, () -> Checkpoint.read(older));
        assertTrue(refused.getMessage().contains("was saved by another version of SahelSim"), refused.getMessage());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
