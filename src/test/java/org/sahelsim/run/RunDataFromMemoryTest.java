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

    /**
     * A run compresses {@code cells.csv.gz} on a thread of its own as it takes its snapshots, and the
     * other compressed tables a week at a time; a run resumed from a checkpoint compresses them
     * when writing. Both give the bytes of each file's text compressed in one go.
     */
    @Test
    void theGridFileCompressedAsTheRunGoesIsTheTextCompressedAtTheEnd() throws Exception {
        ScenarioRun run = Mali.defaultRun();
        Path folder = run.write(out, null);
        byte[] whole = gzipped(run.writer().cellsCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] written = java.nio.file.Files.readAllBytes(folder.resolve(org.sahelsim.results.RunFiles.CELLS));
        assertTrue(java.util.Arrays.equals(whole, written), "cells.csv.gz differs from its text compressed at the end");
        for (String table : List.of(org.sahelsim.results.RunFiles.REGIONS, org.sahelsim.results.RunFiles.FUEL,
                org.sahelsim.results.RunFiles.PLACES)) {
            byte[] bytes = java.nio.file.Files.readAllBytes(folder.resolve(table));
            byte[] text;
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                text = in.readAllBytes();
            }
            assertTrue(text.length > 10_000, table + ": " + text.length + " bytes of text");
            assertTrue(java.util.Arrays.equals(gzipped(text), bytes), table + " differs from its text compressed at the end");
        }
    }

    /** {@code text} compressed in one go, one gzip member at the level the output contract names. */
    private static byte[] gzipped(byte[] text) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(org.sahelsim.results.RunFiles.GZIP_LEVEL);
            }
        }) {
            gzip.write(text);
        }
        return out.toByteArray();
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
