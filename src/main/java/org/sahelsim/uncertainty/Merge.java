package org.sahelsim.uncertainty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gathers the shards of a study run on many machines into the study's results, as a run on one
 * machine would have made them: the shards must carry the same plan, be all there (each once),
 * and hold every run of the study once. A folder that is not a shard itself is searched one
 * level down for shards (the {@code shards/} folder of a Slurm job).
 */
public final class Merge {
    private Merge() {
    }

    /** The study's plan and all its results, by run index. */
    public record Gathered(StudyPlan plan, List<RunResult> results) {
    }

    /** The shard folders under the given folders (each a shard, or a folder of shards), sorted by name. */
    public static List<Path> shardFolders(List<Path> dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) throw new IllegalArgumentException(d + " is not a folder");
            if (Files.isRegularFile(d.resolve(ShardFolder.PLAN))) {
                out.add(d);
                continue;
            }
            try (Stream<Path> children = Files.list(d)) {
                List<Path> found = children.filter(c -> Files.isRegularFile(c.resolve(ShardFolder.SHARD)))
                        .sorted(Comparator.comparing(Path::toString)).toList();
                if (found.isEmpty()) throw new IllegalArgumentException(d + " holds no shard of a study (no folder with " + ShardFolder.SHARD + ")");
                out.addAll(found);
            }
        }
        return out;
    }

    /** Reads and checks the shards, and returns the study's results in run order. */
    public static Gathered gather(List<Path> dirs) throws IOException {
        List<Path> folders = shardFolders(dirs);
        List<ShardFolder.Shard> shards = new ArrayList<>();
        for (Path f : folders) shards.add(ShardFolder.read(f));
        ShardFolder.Shard first = shards.get(0);
        int count = first.shards();
        ShardFolder.Shard[] byIndex = new ShardFolder.Shard[count];
        for (ShardFolder.Shard s : shards) {
            if (!s.planText().equals(first.planText())) {
                throw new IllegalArgumentException(s.dir() + " belongs to another study than " + first.dir() + " (their "
                        + ShardFolder.PLAN + " differ)");
            }
            if (s.shards() != count || s.shard() < 0 || s.shard() >= count) {
                throw new IllegalArgumentException(s.dir() + " is shard " + s.shard() + " of " + s.shards() + ", expected one of " + count);
            }
            if (byIndex[s.shard()] != null) {
                throw new IllegalArgumentException("shard " + s.shard() + " appears twice: " + byIndex[s.shard()].dir() + " and " + s.dir()
                        + "; keep one");
            }
            byIndex[s.shard()] = s;
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) if (byIndex[i] == null) missing.add(i);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("shards missing: " + missing + " of 0.." + (count - 1)
                    + " (a job of the array failed or has not finished: see its log)");
        }
        List<RunResult> results = new ArrayList<>();
        for (ShardFolder.Shard s : byIndex) results.addAll(s.results());
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).index() != i) {
                throw new IllegalArgumentException("the shards do not hold runs 0.." + (results.size() - 1) + " once each (run "
                        + results.get(i).index() + " where run " + i + " was expected)");
            }
        }
        return new Gathered(first.plan(), results);
    }
}
