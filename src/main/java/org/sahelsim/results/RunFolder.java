package org.sahelsim.results;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's output folder, published whole or not at all. Files are written into a hidden staging
 * folder beside the target ({@code .NAME.partial-RANDOM}) and the staging folder is renamed into
 * place in one atomic step when complete, so a run that fails, or is killed at any moment, leaves
 * no partial results folder; an earlier run is never overwritten or touched: if {@code name} is
 * taken, {@code name-2}, {@code name-3}, ... are tried.
 *
 * <p>While a run writes, it holds an operating-system lock on a lock file beside its staging
 * folder ({@code .NAME.partial-RANDOM.lock}); the lock dies with the process however it ends.
 * A staging folder whose lock can be taken is therefore stale (its run was killed), and opening
 * a new run folder removes the stale ones beside it, never a live one. Staging folders start with
 * a dot and are never read as results ({@link #isStaging}).
 */
public final class RunFolder implements AutoCloseable {
    private static final String PARTIAL = ".partial-";
    private static final String LOCKING = ".locking-";
    private static final String LOCK = ".lock";
    /** A lock file still being taken is left alone for this long after it was made. */
    private static final long LOCKING_GRACE_MILLIS = 60_000;

    private final Path parent;
    private final String name;
    private final Path staging;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean done;

    private RunFolder(Path parent, String name, Path staging, Path lockFile, FileChannel channel, FileLock lock) {
        this.parent = parent;
        this.name = name;
        this.staging = staging;
        this.lockFile = lockFile;
        this.lockChannel = channel;
        this.lock = lock;
    }

    /**
     * Opens a staging folder for a run to be published as {@code parent/name}, after removing the
     * stale staging folders of killed runs beside it.
     */
    public static RunFolder open(Path parent, String name) throws IOException {
        Files.createDirectories(parent);
        removeStale(parent);
        for (int attempt = 0; ; attempt++) {
            // The lock is taken on a file under a name no cleaner acts on, and the file is then
            // renamed, still locked, to the name beside the staging folder; the folder comes last.
            // So a lock file is locked from the moment it can be seen, and a staging folder without
            // its lock file can only be a killed run's.
            Path locking = Files.createTempFile(parent, "." + name + LOCKING, LOCK);
            FileChannel channel = FileChannel.open(locking, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IOException("cannot lock " + locking + ", a file this run just created");
            }
            String file = locking.getFileName().toString();
            String random = file.substring(("." + name + LOCKING).length(), file.length() - LOCK.length());
            Path staging = parent.resolve("." + name + PARTIAL + random);
            Path lockFile = parent.resolve(staging.getFileName() + LOCK);
            Files.move(locking, lockFile, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.createDirectory(staging);
                return new RunFolder(parent, name, staging, lockFile, channel, lock);
            } catch (FileAlreadyExistsException e) {
                release(lock, channel, lockFile);
                if (attempt > 100) throw e;
            }
        }
    }

    /** Where to write files before publishing. */
    public Path staging() {
        return staging;
    }

    /**
     * Publishes the run under the first free name and returns it: the staging folder is renamed
     * to it in one step, which fails rather than replace a folder holding an earlier run.
     */
    public Path publish() throws IOException {
        for (int k = 1; k < 10_000; k++) {
            Path target = parent.resolve(k == 1 ? name : name + "-" + k);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                continue; // another run took the name between the check and the move
            } catch (FileSystemException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) continue;
                throw e;
            }
            done = true;
            release(lock, lockChannel, lockFile);
            return target;
        }
        throw new IOException("no free folder name for " + parent.resolve(name));
    }

    /** Deletes the staging folder (after a failure); nothing of this run is left. */
    public void discard() {
        if (done) return;
        done = true;
        deleteTree(staging);
        release(lock, lockChannel, lockFile);
    }

    /** Discards the run unless it was published. */
    @Override
    public void close() {
        discard();
    }

    /** Whether {@code dir} is a staging folder (an unfinished or killed run), not a run's results. */
    public static boolean isStaging(Path dir) {
        Path f = dir.getFileName();
        return f != null && f.toString().startsWith(".")
                && (f.toString().contains(PARTIAL) || f.toString().contains(LOCKING));
    }

    /**
     * Removes the staging folders of killed runs in {@code parent}, and their lock files: those
     * whose lock nobody holds. Returns what was removed.
     */
    public static List<Path> removeStale(Path parent) throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(parent)) {
            entries = list.filter(RunFolder::isStaging).sorted().toList();
        }
        for (Path p : entries) {
            try {
                removeIfStale(parent, p, removed);
            } catch (java.nio.file.NoSuchFileException gone) {
                // Its owner finished with it (renamed or removed it) since the listing: not stale.
            }
        }
        return removed;
    }

    /** Removes {@code p} (an entry of {@code parent} that looks like staging) if it is a killed run's, adding what went to {@code removed}. */
    private static void removeIfStale(Path parent, Path p, List<Path> removed) throws IOException {
        String file = p.getFileName().toString();
        if (file.contains(LOCKING)) {
            // Killed between making its lock file and renaming it; a young one may be a live
            // run's lock in the instant before it is taken.
            if (Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis()
                    < System.currentTimeMillis() - LOCKING_GRACE_MILLIS && removeIfUnlocked(p, p)) {
                removed.add(p);
            }
        } else if (file.endsWith(LOCK)) {
            Path dir = parent.resolve(file.substring(0, file.length() - LOCK.length()));
            if (removeIfUnlocked(p, dir)) removed.add(dir);
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(parent.resolve(file + LOCK), LinkOption.NOFOLLOW_LINKS)) {
            // A folder without its lock file: its run died before it could take the lock, or
            // after its lock file was removed; in both cases nobody writes into it.
            deleteTree(p);
            removed.add(p);
        }
    }

    /** Deletes {@code dir} and then {@code lockFile} if this process can take the lock; false if the lock is held. */
    private static boolean removeIfUnlocked(Path lockFile, Path dir) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return false; // a run of this very process holds it
            }
            if (lock == null) return false; // another live process holds it
            try {
                deleteTree(dir);
                Files.deleteIfExists(lockFile);
            } finally {
                lock.release();
            }
            return true;
        } catch (IOException e) {
            return false; // gone already, or not ours to touch
        }
    }

    private static void release(FileLock lock, FileChannel channel, Path lockFile) {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // a lock file left behind is removed by the next run beside it
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock dies with the channel
        }
    }

    /** Deletes a folder and what is in it, never following a symbolic link out of it. */
    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden folder is removed by the next run beside it
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
