package org.sahelsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options every study of many runs takes: what to vary, seeds, threads, where results go, Slurm. */
final class StudyOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter before any draw, as `run --set` does.")
    List<String> overrides = new ArrayList<>();

    /** Either some parameters or all of them. */
    static final class Vary {
        @Option(names = "--vary", split = ",", paramLabel = "PATH", description = "Vary only these ranged parameters (paths as `describe` lists them).")
        List<String> paths = new ArrayList<>();

        @Option(names = "--vary-all", description = "Vary every ranged parameter (the default).")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Vary vary = new Vary();

    @Option(names = "--seed", defaultValue = "1", description = "Master seed: the draws and every run's seed derive from it (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Mixin
    Workers workers;

    @Option(names = "--out", defaultValue = "output", paramLabel = "DIR", description = "Where result folders go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--keep-runs", description = "Also write every run's folder (its data files, no pictures) beside the study's folder,"
            + " in <study>-runs/; by default a study keeps only each run's outcomes (and national series).")
    boolean keepRuns;

    @Option(names = "--slurm", description = "Write a Slurm job array that runs the study in shards, instead of running it here.")
    boolean slurm;

    @Option(names = "--shards", defaultValue = "10", paramLabel = "K", description = "With --slurm: the number of jobs (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--partition", paramLabel = "NAME", description = "With --slurm: the partition to run in.")
    String partition;

    @Option(names = "--time", paramLabel = "LIMIT", description = "With --slurm: each job's time limit, e.g. 02:00:00.")
    String time;

    @Option(names = "--shard", paramLabel = "k/K", description = "Run only shard k of K (0 <= k < K) and write it as a shard folder, for `merge`"
            + " (the jobs of a --slurm array do this).")
    String shard;

    /** The paths asked for (empty: all ranged parameters). */
    List<String> paths() {
        return vary == null ? List.of() : List.copyOf(vary.paths);
    }

    /** {k, K} from --shard, or null. */
    int[] shard() {
        if (shard == null) return null;
        String[] p = shard.split("/");
        try {
            int k = Integer.parseInt(p[0].strip());
            int n = Integer.parseInt(p[1].strip());
            if (p.length == 2 && n >= 1 && k >= 0 && k < n) return new int[] {k, n};
        } catch (RuntimeException e) {
            // falls through
        }
        throw new IllegalArgumentException("--shard: expected k/K with 0 <= k < K, e.g. --shard 3/10, found '" + shard + "'");
    }

    /** The arguments that repeat these options in a job of a Slurm array (without --out, --slurm and --shard). */
    List<String> repeat() {
        List<String> a = new ArrayList<>();
        for (String o : overrides) {
            a.add("--set");
            a.add(o);
        }
        if (!paths().isEmpty()) {
            a.add("--vary");
            a.add(String.join(",", paths()));
        }
        a.add("--seed");
        a.add(Long.toString(seed));
        a.add("--threads");
        a.add(Integer.toString(workers.count()));
        if (keepRuns) a.add("--keep-runs");
        return a;
    }
}
