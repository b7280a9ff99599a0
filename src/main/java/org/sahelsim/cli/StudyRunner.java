package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.results.RunFolder;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.RunResult;
import org.sahelsim.uncertainty.ShardFolder;
import org.sahelsim.uncertainty.SlurmArray;
import org.sahelsim.uncertainty.Study;
import org.sahelsim.uncertainty.StudyPlan;

/**
 * How a study command runs: here (all runs, then the study's folder), as one shard (for a job of a
 * Slurm array), or not at all but as a Slurm job array written to a folder. Every folder is
 * published whole, under a name no earlier folder has.
 */
final class StudyRunner {
    private StudyRunner() {
    }

    /** The name of a study's result folder. */
    static String folderName(StudyPlan plan, ScenarioLibrary.Entry base) {
        String id = base.scenario().id() + (plan.overrides().isEmpty() ? "" : "-modified");
        return switch (plan.kind()) {
            case ENSEMBLE -> "ensemble-" + id + "-" + plan.design() + "-" + plan.size();
            case SENSITIVITY -> "sensitivity-" + id + "-" + plan.design() + "-" + plan.size();
            case CALIBRATION -> "calibrate-" + id + "-" + plan.size();
        };
    }

    /**
     * Runs the study as the options say and prints where its results are; {@code command} repeats
     * the study's own arguments for the jobs of a Slurm array.
     */
    static Path execute(StudyPlan plan, StudyOptions options, List<String> command, PrintWriter out) throws IOException {
        ScenarioLibrary library = ScenarioLibrary.standard();
        Study study = Study.open(plan, library);
        String name = folderName(plan, study.base());
        if (options.slurm) {
            if (options.shard != null) throw new IllegalArgumentException("--slurm writes the jobs that run the shards: give it without --shard");
            int shards = Math.min(options.shards, study.size());
            List<String> args = new ArrayList<>(command);
            args.addAll(options.repeat());
            SlurmArray.Job job = new SlurmArray.Job(plan.kind().key() + " of " + plan.scenario() + ", " + study.size() + " runs",
                    "sahelsim-" + plan.kind().key(), args, shards, options.workers.count(), options.partition, options.time, jar(),
                    Path.of("").toAbsolutePath(), Path.of(System.getProperty("java.home"), "bin", "java"));
            Path dir = SlurmArray.write(options.out, name + "-slurm", job);
            out.printf("Wrote a Slurm job array of %d jobs for %d runs: %s%n", shards, study.size(), dir.toAbsolutePath().normalize());
            out.println("Submit it with: sbatch " + dir.toAbsolutePath().normalize().resolve("job.sh"));
            out.println("Then gather the results with: sahelsim merge " + dir.toAbsolutePath().normalize().resolve("shards"));
            return dir;
        }
        int[] shard = options.shard();
        var progress = ProgressBars.forThisTerminal();
        if (shard != null) {
            long t0 = System.nanoTime();
            List<RunResult> results = study.run(shard[0], shard[1], options.workers.count(), progress, false,
                    options.keepRuns ? options.out.resolve("runs") : null);
            Path dir = publish(options.out, String.format(java.util.Locale.ROOT, "shard-%04d-of-%04d", shard[0], shard[1]),
                    staging -> ShardFolder.write(staging, study, shard[0], shard[1], results));
            out.printf("Shard %d of %d: runs %d to %d in %.0f s: %s%n", shard[0], shard[1], study.shardStart(shard[0], shard[1]),
                    study.shardStart(shard[0] + 1, shard[1]) - 1, (System.nanoTime() - t0) / 1e9, dir.toAbsolutePath().normalize());
            return dir;
        }
        out.printf("%s: %d runs of %s, %d parameters varied, on %d threads ...%n", plan.kind().key(), study.size(), plan.scenario(),
                study.space().size(), options.workers.count());
        Path runFolders = options.keepRuns ? options.out.resolve(name + "-runs") : null;
        List<RunResult> results = study.run(0, 1, options.workers.count(), progress, false, runFolders);
        if (runFolders != null) out.println("Run folders: " + runFolders.toAbsolutePath().normalize());
        Path dir = publish(options.out, name, staging -> study.report(results, staging));
        out.println("Results: " + dir.toAbsolutePath().normalize());
        out.println("Open " + dir.toAbsolutePath().normalize().resolve("report.html") + " in a browser.");
        return dir;
    }

    /** Writes into a staging folder and publishes it under {@code parent}, or leaves nothing on failure. */
    static Path publish(Path parent, String name, Writer writer) throws IOException {
        RunFolder folder = RunFolder.open(parent, name);
        try {
            writer.write(folder.staging());
            return folder.publish();
        } catch (IOException | RuntimeException e) {
            folder.discard();
            throw e;
        }
    }

    /** Writes files into a folder. */
    @FunctionalInterface
    interface Writer {
        void write(Path dir) throws IOException;
    }

    /** The jar this program runs from; a Slurm job runs the same. */
    static Path jar() {
        try {
            Path p = Path.of(ScenarioRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) return p;
        } catch (URISyntaxException | RuntimeException e) {
            // falls through
        }
        throw new IllegalArgumentException("--slurm makes the jobs run this program's jar, and this program is not running from one:"
                + " run it as ./sahelsim or java -jar target/sahelsim.jar");
    }
}
