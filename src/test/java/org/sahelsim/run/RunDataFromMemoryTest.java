package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.results.Actors;
import org.sahelsim.results.RunResults;

/**
 * A run hands its data to the pictures from memory ({@link org.sahelsim.results.RunWriter#results})
 * instead of reading back the files it has just written; {@code sahelsim report RUN_DIR} reads the
 * files ({@link RunResults#read}). Both must give the same values, bit for bit, so that the
 * pictures a run draws are those the report redraws from its folder.
 */
class RunDataFromMemoryTest {
    @TempDir
    Path out;

    @Test
    void theRunsDataInMemoryIsWhatItsFolderReadsBackAs() throws Exception {
        ScenarioRun run = Mali.defaultRun();
        Path folder = run.write(out, null);
        RunResults read = RunResults.read(folder);
        RunResults memory = run.writer().results(run.events());
        assertTrue(read.cells().size() > 100_000, "the grid's snapshots: " + read.cells().size() + " rows");
        assertTrue(read.places().isPresent() && read.fuel().isPresent());
        assertSame("run", read, memory);
    }

    /** Records, lists, maps, optionals and arrays compared by value, numbers by their bits. */
    private static void assertSame(String path, Object expected, Object actual) throws Exception {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, path);
        } else if (expected instanceof Double e) {
            assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits((Double) actual), path + ": " + e + " against " + actual);
        } else if (expected instanceof Actors e) {
            assertSame(path, e.toJson(), ((Actors) actual).toJson());
        } else if (expected.getClass().isArray()) {
            assertEquals(Array.getLength(expected), Array.getLength(actual), path + " length");
            for (int i = 0; i < Array.getLength(expected); i++) assertSame(path + "[" + i + "]", Array.get(expected, i), Array.get(actual, i));
        } else if (expected instanceof List<?> e) {
            List<?> a = (List<?>) actual;
            assertEquals(e.size(), a.size(), path + " size");
            for (int i = 0; i < e.size(); i++) assertSame(path + "[" + i + "]", e.get(i), a.get(i));
        } else if (expected instanceof Map<?, ?> e) {
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(e.keySet(), a.keySet(), path + " keys");
            for (Object k : e.keySet()) assertSame(path + "." + k, e.get(k), a.get(k));
        } else if (expected instanceof Optional<?> e) {
            Optional<?> a = (Optional<?>) actual;
            assertEquals(e.isPresent(), a.isPresent(), path + " present");
            if (e.isPresent()) assertSame(path, e.get(), a.get());
        } else if (expected.getClass().isRecord()) {
            assertEquals(expected.getClass(), actual.getClass(), path);
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                c.getAccessor().setAccessible(true);
                assertSame(path + "." + c.getName(), c.getAccessor().invoke(expected), c.getAccessor().invoke(actual));
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }
}
