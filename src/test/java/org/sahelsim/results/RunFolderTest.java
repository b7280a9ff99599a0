package org.sahelsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging, publishing and cleaning up: a run folder appears whole, and only dead runs' leftovers go. */
class RunFolderTest {
    @TempDir
    Path root;

    @Test
    void aFolderAppearsWholeUnderTheFirstFreeNameAndLeavesNothingBehind() throws IOException {
        Files.createDirectories(root.resolve("run-seed1"));
        Files.writeString(root.resolve("run-seed1").resolve("earlier.txt"), "an earlier run");
        Files.createDirectories(root.resolve("run-seed1-2"));
        Files.writeString(root.resolve("run-seed1-2").resolve("earlier.txt"), "another");
        RunFolder f = RunFolder.open(root, "run-seed1");
        Files.writeString(f.staging().resolve("national.csv"), "date\n");
        assertTrue(RunFolder.isStaging(f.staging()));
        assertFalse(Files.exists(root.resolve("run-seed1-3")), "nothing is visible before publishing");
        Path published = f.publish();
        assertEquals(root.resolve("run-seed1-3"), published);
        assertEquals(List.of("national.csv"), names(published));
        assertEquals(List.of("earlier.txt"), names(root.resolve("run-seed1")));
        assertEquals(List.of("run-seed1", "run-seed1-2", "run-seed1-3"), names(root), "no staging folder or lock is left");
    }

    @Test
    void aDiscardedRunLeavesNothing() throws IOException {
        try (RunFolder f = RunFolder.open(root, "run-seed2")) {
            Files.writeString(f.staging().resolve("half.csv"), "date\n");
        }
        assertEquals(List.of(), names(root));
    }

    @Test
    void aLiveRunsStagingIsKeptAndADeadRunsIsRemoved() throws IOException {
        RunFolder live = RunFolder.open(root, "live-seed1");
        // What a run killed while writing leaves: its staging folder and its (unlocked) lock file.
        Path dead = Files.createDirectory(root.resolve(".dead-seed1.partial-123"));
        Files.writeString(dead.resolve("national.csv"), "date\n");
        Files.writeString(root.resolve(".dead-seed1.partial-123.lock"), "");
        // A run killed between making its staging folder's lock file and... (no lock file at all).
        Path orphan = Files.createDirectory(root.resolve(".orphan-seed1.partial-456"));
        // A lock being taken right now (young) and one a killed run left an hour ago.
        Path young = Files.writeString(root.resolve(".young-seed1.locking-789.lock"), "");
        Path old = Files.writeString(root.resolve(".old-seed1.locking-987.lock"), "");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        // Not ours: left alone.
        Path other = Files.createDirectory(root.resolve(".git"));

        List<Path> removed = RunFolder.removeStale(root);
        assertTrue(removed.contains(dead) && removed.contains(orphan) && removed.contains(old), removed.toString());
        assertFalse(Files.exists(dead) || Files.exists(orphan) || Files.exists(old));
        assertFalse(Files.exists(root.resolve(".dead-seed1.partial-123.lock")));
        assertTrue(Files.isDirectory(live.staging()), "the live run's staging folder was removed");
        assertTrue(Files.exists(young), "a lock being taken was removed");
        assertTrue(Files.isDirectory(other));
        live.publish();
    }

    /**
     * Runs of one study write their folders side by side on several threads: each opening sweeps
     * the parent for killed runs while the others' lock files come and go under it. None may fail
     * for a file that vanished between the listing and the look, and every run is published.
     */
    @Test
    void runsOpeningAndPublishingSideBySideNeverTripOverEachOther() throws Exception {
        Path parent = root.resolve("study");
        int threads = 4;
        int each = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int k = 0; k < each; k++) {
                        try (RunFolder folder = RunFolder.open(parent, "run")) {
                            Files.writeString(folder.staging().resolve("national.csv"), "date\n");
                            folder.publish();
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> list = Files.list(parent)) {
            List<Path> published = list.filter(p -> !RunFolder.isStaging(p)).toList();
            assertEquals(threads * each, published.size(), "every run published");
            for (Path p : published) assertTrue(Files.exists(p.resolve("national.csv")), p.toString());
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
