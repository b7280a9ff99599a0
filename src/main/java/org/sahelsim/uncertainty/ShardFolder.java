package org.sahelsim.uncertainty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The files of one shard of a study, as a job of a Slurm array writes them, and the per-run files
 * every study folder shares:
 *
 * <ul>
 *   <li>{@code study.json}: the {@link StudyPlan}, identical in every shard of a study;</li>
 *   <li>{@code shard.json}: which shard this is, of how many, and its runs;</li>
 *   <li>{@code outcomes.csv}: {@code run,seed}, every {@link Outcome}, then one {@code target:<id>}
 *       column per calibration target;</li>
 *   <li>{@code national.csv.gz}: {@code run,date} and every weekly series of {@link RunSeries#keys()}
 *       (studies that keep series).</li>
 * </ul>
 *
 * Numbers are written as the run folders write them (targets exactly, in Java's shortest form),
 * so reading a shard back gives the results that were written.
 */
public final class ShardFolder {
    static final String PLAN = "study.json";
    static final String SHARD = "shard.json";
    static final String OUTCOMES = "outcomes.csv";
    static final String SERIES = "national.csv.gz";

    private ShardFolder() {
    }

    /** A shard as read back: its plan, its place, and its results by run index. */
    public record Shard(Path dir, StudyPlan plan, String planText, int shard, int shards, List<RunResult> results) {
    }

    /** Writes shard {@code shard} of {@code shards} of a study into {@code dir}. */
    public static void write(Path dir, Study study, int shard, int shards, List<RunResult> results) throws IOException {
        Files.writeString(dir.resolve(PLAN), study.plan().toJson(), StandardCharsets.UTF_8);
        int first = study.shardStart(shard, shards);
        Files.writeString(dir.resolve(SHARD), "{\n  \"shard\" : " + shard + ",\n  \"shards\" : " + shards
                + ",\n  \"first_run\" : " + first + ",\n  \"runs\" : " + results.size() + "\n}\n", StandardCharsets.UTF_8);
        writeOutcomes(dir.resolve(OUTCOMES), study.calibrationTargets(), results);
        if (!results.isEmpty() && results.get(0).series() != null) writeSeries(dir.resolve(SERIES), results);
    }

    /** Reads a shard folder. */
    public static Shard read(Path dir) throws IOException {
        Path planFile = dir.resolve(PLAN);
        if (!Files.isRegularFile(planFile) || !Files.isRegularFile(dir.resolve(SHARD))) {
            throw new IllegalArgumentException(dir + " is not a shard of a study: it has no " + PLAN + " and " + SHARD);
        }
        String planText = Files.readString(planFile, StandardCharsets.UTF_8);
        StudyPlan plan;
        try {
            plan = StudyPlan.fromJson(planText);
        } catch (IOException e) {
            throw new IllegalArgumentException(planFile + ": not a study plan (" + e.getMessage() + ")");
        }
        var info = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve(SHARD).toFile());
        int shard = info.path("shard").asInt(-1);
        int shards = info.path("shards").asInt(-1);
        List<RunResult> results = readOutcomes(dir.resolve(OUTCOMES));
        if (Files.isRegularFile(dir.resolve(SERIES))) results = withSeries(results, readSeries(dir.resolve(SERIES)));
        return new Shard(dir, plan, planText, shard, shards, results);
    }

    // ---- outcomes.csv ------------------------------------------------------------------------

    static void writeOutcomes(Path file, List<Targets.Target> targets, List<RunResult> results) throws IOException {
        StringBuilder b = new StringBuilder("run,seed");
        for (Outcome o : Outcome.values()) b.append(',').append(o.key());
        for (Targets.Target t : targets) b.append(",target:").append(t.id());
        b.append('\n');
        for (RunResult r : results) {
            b.append(r.index()).append(',').append(r.seed());
            for (Outcome o : Outcome.values()) b.append(',').append(o.format(r.outcome(o)));
            for (double v : r.targets()) b.append(',').append(v);
            b.append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    static List<RunResult> readOutcomes(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) throw new IllegalArgumentException(file + " is empty");
        String[] header = lines.get(0).split(",", -1);
        int outcomes = Outcome.values().length;
        for (int i = 0; i < outcomes; i++) {
            if (header.length < 2 + outcomes || !header[2 + i].equals(Outcome.values()[i].key())) {
                throw new IllegalArgumentException(file + ":1: expected the columns run,seed," + Outcome.values()[0].key()
                        + ",... of this version of SahelSim");
            }
        }
        int targets = header.length - 2 - outcomes;
        List<RunResult> out = new ArrayList<>();
        for (int l = 1; l < lines.size(); l++) {
            String[] f = lines.get(l).split(",", -1);
            if (f.length != header.length) {
                throw new IllegalArgumentException(file + ":" + (l + 1) + ": expected " + header.length + " fields, found " + f.length);
            }
            try {
                double[] o = new double[outcomes];
                for (int i = 0; i < outcomes; i++) o[i] = Double.parseDouble(f[2 + i]);
                double[] t = new double[targets];
                for (int i = 0; i < targets; i++) t[i] = Double.parseDouble(f[2 + outcomes + i]);
                out.add(new RunResult(Integer.parseInt(f[0]), Long.parseLong(f[1]), o, t, null));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (l + 1) + ": a field that is not a number (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    // ---- national.csv.gz ---------------------------------------------------------------------

    static void writeSeries(Path file, List<RunResult> results) throws IOException {
        List<String> keys = RunSeries.keys();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8)) {
            w.write("run,date," + String.join(",", keys) + "\n");
            StringBuilder b = new StringBuilder(512);
            for (RunResult r : results) {
                RunSeries s = r.series();
                for (int t = 0; t < s.weeks(); t++) {
                    b.setLength(0);
                    b.append(r.index()).append(',').append(s.dates().get(t));
                    for (int k = 0; k < keys.size(); k++) b.append(',').append(RunSeries.format(s.values()[k][t], RunSeries.decimals(k)));
                    b.append('\n');
                    w.write(b.toString());
                }
            }
        }
    }

    static Map<Integer, RunSeries> readSeries(Path file) throws IOException {
        List<String> keys = RunSeries.keys();
        Map<Integer, List<String[]>> rows = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.equals("run,date," + String.join(",", keys))) {
                throw new IllegalArgumentException(file + ":1: expected the columns run,date," + keys.get(0) + ",... of this version of SahelSim");
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split(",", -1);
                if (f.length != keys.size() + 2) throw new IllegalArgumentException(file + ":" + n + ": expected " + (keys.size() + 2) + " fields");
                rows.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Integer, RunSeries> out = new LinkedHashMap<>();
        List<LocalDate> dates = null;
        for (var e : rows.entrySet()) {
            List<String[]> weeks = e.getValue();
            List<LocalDate> d = new ArrayList<>(weeks.size());
            double[][] v = new double[keys.size()][weeks.size()];
            for (int t = 0; t < weeks.size(); t++) {
                String[] f = weeks.get(t);
                d.add(LocalDate.parse(f[1]));
                for (int k = 0; k < keys.size(); k++) v[k][t] = f[2 + k].isEmpty() ? Double.NaN : Double.parseDouble(f[2 + k]);
            }
            if (dates == null || !dates.equals(d)) dates = List.copyOf(d);
            out.put(e.getKey(), new RunSeries(dates, v, 0, null, null));
        }
        return out;
    }

    private static List<RunResult> withSeries(List<RunResult> results, Map<Integer, RunSeries> series) {
        List<RunResult> out = new ArrayList<>(results.size());
        for (RunResult r : results) {
            RunSeries s = series.get(r.index());
            if (s == null) throw new IllegalArgumentException("run " + r.index() + " has outcomes but no weekly series");
            out.add(new RunResult(r.index(), r.seed(), r.outcomes(), r.targets(), s));
        }
        return out;
    }
}
