package org.sahelsim.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's output folder. Files are written into a hidden staging folder beside the target and
 * the whole folder is renamed into place at the end, so a run that fails leaves no half-written
 * folder, and an earlier run is never overwritten: if {@code name} is taken, {@code name-2},
 * {@code name-3}, ... are tried.
 */
public final class RunFolder {
    private final Path parent;
    private final String name;
    private final Path staging;

    private RunFolder(Path parent, String name, Path staging) {
        this.parent = parent;
        this.name = name;
        this.staging = staging;
    }

    /** Opens a staging folder for a run to be published as {@code parent/name}. */
    public static RunFolder open(Path parent, String name) throws IOException {
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + name + ".partial-");
        return new RunFolder(parent, name, staging);
    }

    /** Where to write files before publishing. */
    public Path staging() {
        return staging;
    }

    /**
     * Publishes the run under the first free name and returns it. The name is reserved with an
     * atomic create (which fails if it exists, so parallel runs never share a folder), then the
     * staged files are moved in.
     */
    public Path publish() throws IOException {
        for (int k = 1; k < 10_000; k++) {
            Path target = parent.resolve(k == 1 ? name : name + "-" + k);
            try {
                Files.createDirectory(target);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try (Stream<Path> files = Files.list(staging)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    Files.move(f, target.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(staging);
            return target;
        }
        throw new IOException("no free folder name for " + parent.resolve(name));
    }

    /** Deletes the staging folder (after a failure). */
    public void discard() {
        if (!Files.exists(staging)) return;
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden folder is harmless
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
