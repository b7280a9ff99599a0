package org.sahelsim.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs seeds {@code 1..n} of the coarse default scenario on a number of threads, writes each
 * run's folder and keeps the SHA-256 of every file in it. Run as a program in a child JVM, it
 * prints one {@code seed file sha256} line per file, so that two JVMs can be compared.
 */
final class SeedDigests {
    private SeedDigests() {
    }

    /** {@code seed/file} to the file's SHA-256, for seeds 1..seeds run on {@code threads} threads. */
    static Map<String, String> of(int seeds, int threads, Path root) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Map<String, String>>> runs = new ArrayList<>();
            for (int s = 1; s <= seeds; s++) {
                final long seed = s;
                runs.add(pool.submit(() -> {
                    Path dir = new ScenarioRun(Mali.coarseScenario(), seed, Mali.coarseMap()).simulate()
                            .write(root.resolve("seed" + seed), null);
                    Map<String, String> d = new TreeMap<>();
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path f : files.sorted().toList()) d.put(seed + "/" + f.getFileName(), sha256(f));
                    }
                    delete(dir);
                    return d;
                }));
            }
            Map<String, String> all = new TreeMap<>();
            for (Future<Map<String, String>> r : runs) all.putAll(r.get());
            return all;
        } finally {
            pool.shutdown();
        }
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** {@code SeedDigests SEEDS THREADS DIR}: prints {@code seed/file sha256} lines. */
    public static void main(String[] args) throws Exception {
        Map<String, String> d = of(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        StringBuilder out = new StringBuilder();
        d.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
        System.out.print(out);
    }
}
