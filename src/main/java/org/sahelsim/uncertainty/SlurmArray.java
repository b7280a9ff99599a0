package org.sahelsim.uncertainty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.results.RunFolder;

/**
 * A study run past one machine: a Slurm job array ({@code sbatch --array=0-(K-1)}) whose job
 * {@code k} runs shard {@code k} of {@code K} of the study with the same program (the same jar,
 * the same command line plus {@code --shard k/K}), each writing its own shard folder. Once every
 * job has finished, {@code merge} gathers the shards into the results one machine would have
 * written.
 *
 * <p>The folder holds {@code job.sh} (submit it with {@code sbatch}), {@code shards/} where the
 * jobs write, {@code logs/} for their output, and {@code README.txt}. Paths in the script are
 * absolute, so it can be submitted from anywhere on a cluster that shares the file system.
 */
public final class SlurmArray {
    private SlurmArray() {
    }

    /**
     * What the array runs.
     *
     * @param title      what the study is, for the script's comments and the job's name
     * @param command    the program's arguments for the whole study (without {@code --shard} and {@code --out})
     * @param shards     the number of jobs
     * @param cpus       CPUs per job (the study's threads)
     * @param partition  the Slurm partition, or null for the cluster's default
     * @param time       the time limit per job (Slurm's format, e.g. 02:00:00), or null
     * @param jar        the program's jar
     * @param workingDir where each job runs (so that scenario names and relative paths resolve as here)
     * @param java       the Java launcher (the job uses {@code $JAVA} instead when it is set)
     */
    public record Job(String title, String jobName, List<String> command, int shards, int cpus, String partition, String time, Path jar,
            Path workingDir, Path java) {
        public Job {
            command = List.copyOf(command);
            if (shards < 1) throw new IllegalArgumentException("--shards must be at least 1, found " + shards);
        }
    }

    /** The job script for a study folder at {@code folder}. */
    public static String script(Job job, Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        List<String> args = new ArrayList<>();
        args.add(quote(job.jar().toAbsolutePath().normalize().toString()));
        for (String a : job.command()) args.add(quote(a));
        args.add("--shard");
        args.add("\"${SLURM_ARRAY_TASK_ID}/" + job.shards() + "\"");
        args.add("--out");
        args.add(quote(dir.resolve("shards").toString()));
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("# SahelSim: ").append(job.title()).append(", in ").append(job.shards()).append(" shards.\n");
        s.append("# Submit:   sbatch ").append(dir.resolve("job.sh")).append('\n');
        s.append("# Then, once every job has finished:\n");
        s.append("#           java -jar ").append(job.jar().toAbsolutePath().normalize()).append(" merge ").append(dir.resolve("shards")).append('\n');
        s.append("#SBATCH --job-name=").append(job.jobName()).append('\n');
        s.append("#SBATCH --array=0-").append(job.shards() - 1).append('\n');
        s.append("#SBATCH --ntasks=1\n");
        s.append("#SBATCH --cpus-per-task=").append(job.cpus()).append('\n');
        s.append("#SBATCH --output=").append(dir.resolve("logs")).append("/shard-%a.log\n");
        if (job.partition() != null) s.append("#SBATCH --partition=").append(job.partition()).append('\n');
        if (job.time() != null) s.append("#SBATCH --time=").append(job.time()).append('\n');
        s.append("set -eu\n");
        s.append("cd ").append(quote(job.workingDir().toAbsolutePath().normalize().toString())).append('\n');
        s.append("exec \"${JAVA:-").append(job.java().toAbsolutePath().normalize()).append("}\" -Djava.awt.headless=true ${SAHELSIM_JAVA_OPTS:-} -jar ")
                .append(String.join(" ", args)).append('\n');
        return s.toString();
    }

    /**
     * Writes the study's Slurm folder under {@code parent} as {@code name} (or {@code name-2} ...,
     * never over an earlier one) and returns it. The folder appears with its README; the script
     * then appears whole, once its absolute paths are known.
     */
    public static Path write(Path parent, String name, Job job) throws IOException {
        RunFolder folder = RunFolder.open(parent, name);
        Path dir;
        try {
            Files.createDirectories(folder.staging().resolve("shards"));
            Files.createDirectories(folder.staging().resolve("logs"));
            dir = folder.publish();
        } catch (IOException | RuntimeException e) {
            folder.discard();
            throw e;
        }
        Path abs = dir.toAbsolutePath().normalize();
        Files.writeString(abs.resolve("README.txt"), "SahelSim: " + job.title() + ", as a Slurm job array of " + job.shards() + " jobs.\n\n"
                + "1. Submit it:          sbatch " + abs.resolve("job.sh") + "\n"
                + "2. Watch it:           squeue --me\n"
                + "3. Gather the results: java -jar " + job.jar().toAbsolutePath().normalize() + " merge " + abs.resolve("shards") + "\n\n"
                + "Each job writes one folder under shards/ and its output under logs/. The merged results are\n"
                + "byte for byte those of the same command run on one machine.\n", StandardCharsets.UTF_8);
        Path partial = abs.resolve(".job.sh.partial");
        Files.writeString(partial, script(job, abs), StandardCharsets.UTF_8);
        partial.toFile().setExecutable(true);
        Files.move(partial, abs.resolve("job.sh"), StandardCopyOption.ATOMIC_MOVE);
        return dir;
    }

    /** A word for the shell, in single quotes. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./=:,+-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
