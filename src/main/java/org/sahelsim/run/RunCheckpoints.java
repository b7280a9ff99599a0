package org.sahelsim.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sahelsim.model.SahelSim;
import org.sahelsim.results.RunWriter;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The checkpoints of a run from the command line ({@code run --checkpoint-every WEEKS}): every
 * {@code every} weeks, the model and its recorder saved in MASON's checkpoint format
 * ({@link Checkpoint}) into a folder of their own beside the run's results,
 * {@code NAME.checkpoints/week-0052.checkpoint}, so that a run stopped at any moment can be
 * resumed from its latest checkpoint ({@code resume}) and write the very files the straight run
 * writes. They are outside the run's staging folder on purpose: that folder is removed when its
 * run is found killed, and a checkpoint is there for exactly that case. They are kept when the
 * run ends (they are a run's own, never anything else's); a checkpoint file is never written over.
 */
public final class RunCheckpoints {
    /** The ending of a run's folder of checkpoints. */
    public static final String FOLDER_SUFFIX = ".checkpoints";

    private final Path folder;
    private final int every;

    private RunCheckpoints(Path folder, int every) {
        this.folder = folder;
        this.every = every;
    }

    /**
     * What is saved beside the model: the scenario as loaded, the seed, the recorder with every
     * week so far, how often to save, and the version that saved it.
     */
    public record Resumable(ScenarioLibrary.Entry entry, long seed, RunWriter writer, int every, String version)
            implements java.io.Serializable {
    }

    /**
     * A new folder of checkpoints for the run to be published as {@code outputRoot/runName}:
     * {@code runName.checkpoints}, else {@code runName-2.checkpoints}, ... (never one in use).
     */
    public static RunCheckpoints create(Path outputRoot, String runName, int every) throws IOException {
        if (every < 1) throw new IllegalArgumentException("--checkpoint-every must be at least 1 week, found " + every);
        Files.createDirectories(outputRoot);
        for (int k = 1; k < 10_000; k++) {
            Path dir = outputRoot.resolve((k == 1 ? runName : runName + "-" + k) + FOLDER_SUFFIX);
            try {
                return new RunCheckpoints(Files.createDirectory(dir), every);
            } catch (FileAlreadyExistsException e) {
                // an earlier run's checkpoints: try the next name
            }
        }
        throw new IOException("no free folder name for the checkpoints of " + outputRoot.resolve(runName));
    }

    /** The checkpoints of a resumed run go on in the folder of the checkpoint it resumed from. */
    static RunCheckpoints goOn(Path checkpoint, int every) {
        return new RunCheckpoints(checkpoint.toAbsolutePath().normalize().getParent(), every);
    }

    /**
     * Where a run resumed from {@code checkpoint} publishes its results by default: where the run
     * was writing, the folder that holds its {@code NAME.checkpoints} folder; for a checkpoint
     * that is not in one (copied elsewhere), {@code output}, as for {@code run}.
     */
    public static Path outputRootOf(Path checkpoint) {
        Path folder = checkpoint.toAbsolutePath().normalize().getParent();
        boolean ours = folder != null && folder.getFileName() != null && folder.getFileName().toString().endsWith(FOLDER_SUFFIX);
        return ours && folder.getParent() != null ? folder.getParent() : Path.of("output");
    }

    /** Removes the folder if the run saved nothing into it (it was shorter than the interval). */
    public void removeIfEmpty() throws IOException {
        try (var list = Files.list(folder)) {
            if (list.findAny().isPresent()) return;
        }
        Files.deleteIfExists(folder);
    }

    /** Where the checkpoints go. */
    public Path folder() {
        return folder;
    }

    /** Weeks between checkpoints. */
    public int every() {
        return every;
    }

    /**
     * Saves the run if the week just ended is a checkpoint's ({@code every}, {@code 2 every}, ...
     * weeks done) and the run goes on; returns the file, or null. A checkpoint of that week
     * already there (written before the run was stopped and resumed) is the same run at the same
     * week, and is kept as it is.
     */
    Path afterWeek(SahelSim sim, Resumable state) throws IOException {
        long done = sim.tick() + 1;
        if (sim.isFinished() || done % every != 0) return null;
        Path file = folder.resolve(String.format(java.util.Locale.ROOT, "week-%04d%s", done, Checkpoint.EXTENSION));
        if (Files.exists(file)) return null;
        return Checkpoint.write(file, sim, state);
    }
}
