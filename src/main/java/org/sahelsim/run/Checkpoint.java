package org.sahelsim.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.sahelsim.model.SahelSim;

/**
 * A run saved at the end of a week, and read back to go on exactly as if it had never stopped
 * (the model's parts are all serialisable; {@code CheckpointTest} checks the restored run against
 * the straight one).
 *
 * <p>The file is in MASON's checkpoint format, a gzipped Java serialisation of the
 * {@link SahelSim}, so MASON's console (File, Open) and {@code SimState.readFromCheckpoint} read
 * it too; what the window or the classroom keeps beside the model (the weeks its charts have
 * drawn, the game's seats and decisions, a command-line run's recorder) follows the model in the same stream, where MASON's
 * reader does not look. Unlike MASON's {@code writeToCheckpoint}, which prints a failure and
 * carries on, a failure here is an exception with a message for the user; a file is never
 * overwritten (it is written aside and moved into place only when complete); and reading admits
 * only the classes a saved run is made of.
 */
public final class Checkpoint {
    /** The file name ending of a saved run. */
    public static final String EXTENSION = ".checkpoint";

    /** What a saved run may contain: the model, MASON's schedule and generator, and the JDK's values. */
    private static final String ADMITTED = "org.sahelsim.**;sim.**;ec.util.**;java.**;!*";

    private Checkpoint() {
    }

    /**
     * A run read back: the model, and what was kept beside it.
     *
     * @param sim    the model, ready to step on from the week it was saved after
     * @param beside what was saved with it, or null
     */
    public record Saved(SahelSim sim, Object beside) {
    }

    /**
     * Saves the run into a new file (never over an existing one). Call it between weeks, with
     * nothing stepping the model.
     *
     * @param beside what to keep with the model (serialisable), or null
     * @throws IOException saying which file and why, if it could not be written; nothing is left behind
     */
    public static Path write(Path file, SahelSim sim, Serializable beside) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a file of that name exists; it is kept, choose another name");
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(target.toString(), null, "its folder does not exist");
        }
        Path part = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                out.write(bytes(sim, beside));
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE); // fails rather than replace a file made meanwhile
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        return target;
    }

    /**
     * Reads a saved run.
     *
     * @throws IOException saying which file and what is wrong with it (missing, not a saved run,
     *                     saved by another version, holding what a saved run does not)
     */
    public static Saved read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "there is no such file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** A copy of a run as it stands, going on independently of it (a fork); with what is kept beside it. */
    public static Saved copy(SahelSim sim, Serializable beside) {
        try {
            return read(new ByteArrayInputStream(bytes(sim, beside)), "a copy of the run");
        } catch (IOException e) {
            throw new IllegalStateException("the run could not be copied: " + e.getMessage(), e);
        }
    }

    /**
     * A file name in {@code dir} that is not taken: {@code stem.checkpoint}, else
     * {@code stem-2.checkpoint}, {@code stem-3.checkpoint}...
     */
    public static Path freeName(Path dir, String stem) {
        Path p = dir.resolve(stem + EXTENSION);
        for (int i = 2; Files.exists(p); i++) p = dir.resolve(stem + "-" + i + EXTENSION);
        return p;
    }

    private static byte[] bytes(SahelSim sim, Serializable beside) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(buffer))) {
            out.writeObject(sim);
            out.writeObject(beside);
        } catch (java.io.NotSerializableException e) {
            throw new IllegalStateException("a part of the run cannot be saved: " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    private static Saved read(InputStream raw, String name) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(raw))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(ADMITTED));
            Object first = in.readObject();
            if (!(first instanceof SahelSim sim)) {
                throw new IOException(name + " is a saved simulation, but not of SahelSim's model ("
                        + (first == null ? "nothing" : first.getClass().getName()) + ")");
            }
            Object beside = null;
            try {
                beside = in.readObject();
            } catch (java.io.EOFException e) {
                // a checkpoint MASON's console wrote: the model alone
            }
            return new Saved(sim, beside);
        } catch (ZipException | StreamCorruptedException | java.io.EOFException e) {
            throw new IOException(name + " is not a saved run (expected a MASON checkpoint written by SahelSim): " + e.getMessage(), e);
        } catch (java.io.InvalidClassException e) {
            throw new IOException(name + " was saved by another version of SahelSim, or holds what a saved run does not ("
                    + e.getMessage() + ")", e);
        } catch (ClassNotFoundException e) {
            throw new IOException(name + " holds a class this version of SahelSim does not have: " + e.getMessage(), e);
        }
    }
}
