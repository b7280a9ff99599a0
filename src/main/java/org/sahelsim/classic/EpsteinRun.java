package org.sahelsim.classic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.classic.epstein.Census;
import org.sahelsim.classic.epstein.Change;
import org.sahelsim.classic.epstein.CivilViolence;
import org.sahelsim.classic.epstein.EpsteinScenario;
import org.sahelsim.classic.epstein.Outbursts;
import org.sahelsim.results.RunFolder;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioFolder;

/**
 * One run of Epstein's civil-violence model with a seed, from the loaded scenario to a published
 * run folder {@code epstein-<scenario>-seed<N>/} holding {@code census.csv} (the citizens per
 * tick), {@code manifest.json} (the scenario, the seed, every parameter with its source),
 * {@code summary.json} (the outbursts, as the paper measures them) and the pictures. The folder
 * appears only when complete and never replaces an earlier one ({@link RunFolder}). A run is a
 * pure function of (scenario, seed): the files repeat byte for byte.
 */
public final class EpsteinRun {
    /** The per-tick counts. */
    public static final String CENSUS = "census.csv";
    public static final String MANIFEST = "manifest.json";
    public static final String SUMMARY = "summary.json";

    private final ScenarioFolder.Entry<EpsteinScenario> entry;
    private final long seed;
    private List<Census> history;
    private Outbursts outbursts;

    public EpsteinRun(ScenarioFolder.Entry<EpsteinScenario> entry, long seed) {
        this.entry = entry;
        this.seed = seed;
    }

    /** Draws a run's pictures into its folder before it is published. */
    @FunctionalInterface
    public interface Pictures {
        void draw(Path dir, EpsteinRun run) throws IOException;
    }

    /** Runs the scenario to its last tick, in memory. */
    public EpsteinRun simulate() {
        history = new CivilViolence(entry.scenario(), seed).runToEnd();
        outbursts = Outbursts.of(history, entry.scenario().outburstThreshold());
        return this;
    }

    public EpsteinScenario scenario() {
        return entry.scenario();
    }

    public long seed() {
        return seed;
    }

    /** The census of every tick, from tick 0. */
    public List<Census> history() {
        return history;
    }

    public Outbursts outbursts() {
        return outbursts;
    }

    /** The run folder's name: {@code epstein-<scenario>-seed<N>}. */
    public String name() {
        return "epstein-" + scenario().id() + "-seed" + seed;
    }

    /**
     * Writes the run's files into a new folder under {@code outputRoot} and returns it.
     *
     * @param pictures draws the pictures into the staging folder (null: none)
     */
    public Path write(Path outputRoot, Pictures pictures) throws IOException {
        RunFolder folder = RunFolder.open(outputRoot, name());
        try {
            Path dir = folder.staging();
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.writeString(dir.resolve(CENSUS), censusCsv(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(MANIFEST), json.writeValueAsString(manifest()) + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(SUMMARY), json.writeValueAsString(summary()) + "\n", StandardCharsets.UTF_8);
            if (pictures != null) pictures.draw(dir, this);
            return folder.publish();
        } catch (IOException | RuntimeException e) {
            folder.discard();
            throw e;
        }
    }

    /** {@code tick,quiescent,active,jailed,cops,legitimacy}, one row a tick from tick 0. */
    String censusCsv() {
        StringBuilder b = new StringBuilder("tick,quiescent,active,jailed,cops,legitimacy\n");
        for (Census c : history) {
            b.append(c.tick()).append(',').append(c.quiescent()).append(',').append(c.active()).append(',')
                    .append(c.jailed()).append(',').append(c.cops()).append(',')
                    .append(String.format(Locale.ROOT, "%.6f", c.legitimacy())).append('\n');
        }
        return b.toString();
    }

    Map<String, Object> manifest() {
        EpsteinScenario s = scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "Epstein's civil violence, Model I (Epstein 2002, PNAS 99 suppl. 3)");
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("id", s.id());
        sc.put("title", s.title());
        sc.put("question", s.question());
        sc.put("finding", s.finding());
        sc.put("file", entry.sourceName());
        sc.put("sha256", entry.sha256());
        sc.put("extends", entry.extendsChain());
        m.put("scenario", sc);
        m.put("seed", seed);
        m.put("version", "SahelSim " + org.sahelsim.results.RunWriter.version());
        m.put("ticks", s.ticks());
        Map<String, Object> torus = new LinkedHashMap<>();
        torus.put("width", s.torus().width());
        torus.put("height", s.torus().height());
        torus.put("sites", s.torus().sites());
        m.put("torus", torus);
        m.put("citizens", s.citizenCount());
        m.put("cops_at_start", s.copCount());
        m.put("arrest_ratio", s.citizens().arrestRatio().name().toLowerCase(Locale.ROOT));
        m.put("citizens_move", s.citizens().move());
        m.put("jail_terms", s.jail().termsEnd() ? "0 to " + s.jail().maxTerm() + " ticks" : "never end");
        m.put("parameters", entry.catalog().manifestRows(entry.sources()));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Change c : s.changes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("lever", c.lever().key());
            row.put("start", c.start());
            row.put("ticks", c.ticks());
            row.put("to", c.to());
            row.put("source", c.source());
            changes.add(row);
        }
        m.put("changes", changes);
        return m;
    }

    Map<String, Object> summary() {
        Census last = history.get(history.size() - 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario().id());
        m.put("seed", seed);
        m.put("ticks", last.tick());
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("quiescent", last.quiescent());
        end.put("active", last.active());
        end.put("jailed", last.jailed());
        end.put("cops", last.cops());
        end.put("legitimacy", round(last.legitimacy()));
        m.put("end", end);
        m.put("most_active", outbursts.peak());
        m.put("most_jailed", history.stream().mapToInt(Census::jailed).max().orElse(0));
        m.put("calm_share", round(history.stream().filter(c -> c.active() < 10).count() / (double) history.size()));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("threshold", outbursts.threshold());
        o.put("count", outbursts.count());
        o.put("unfinished", outbursts.unfinished());
        int[] waits = outbursts.waits();
        long[] act = outbursts.activations();
        o.put("wait_mean", waits.length == 0 ? null : round(Arrays.stream(waits).average().orElseThrow()));
        o.put("wait_sd", waits.length < 2 ? null : round(sd(Arrays.stream(waits).asDoubleStream().toArray())));
        o.put("activation_mean", act.length == 0 ? null : round(Arrays.stream(act).average().orElseThrow()));
        o.put("activation_sd", act.length < 2 ? null : round(sd(Arrays.stream(act).asDoubleStream().toArray())));
        o.put("waits", waits);
        List<Map<String, Object>> each = new ArrayList<>();
        for (Outbursts.Outburst b : outbursts.finished()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("start", b.start());
            row.put("end", b.end());
            row.put("peak", b.peak());
            row.put("activation", b.activation());
            each.add(row);
        }
        o.put("outbursts", each);
        m.put("outbursts", o);
        return m;
    }

    /** One line for the chart and the terminal: what the run showed. */
    public String headline() {
        int[] waits = outbursts.waits();
        String wait = waits.length == 0 ? "" : String.format(Locale.ROOT, ", %.0f ticks apart on average",
                Arrays.stream(waits).average().orElseThrow());
        return String.format(Locale.ROOT, "seed %d: %d outburst%s of more than %d active%s; at most %d active",
                seed, outbursts.count(), outbursts.count() == 1 ? "" : "s", outbursts.threshold(), wait, outbursts.peak());
    }

    /**
     * What several runs of one scenario show together, as the paper reports it (its Figs. 5 and
     * 7 pool the outbursts of a run): outbursts per run, the waits between them and their total
     * activation pooled over the runs, the peak, the calm share of ticks and the jailed at the end.
     */
    public static String pooled(List<EpsteinRun> runs) {
        double[] perRun = runs.stream().mapToDouble(r -> r.outbursts().count()).toArray();
        double[] waits = runs.stream().flatMapToInt(r -> Arrays.stream(r.outbursts().waits())).sorted().asDoubleStream().toArray();
        double[] act = runs.stream().flatMapToLong(r -> Arrays.stream(r.outbursts().activations())).asDoubleStream().toArray();
        double[] peaks = runs.stream().mapToDouble(r -> r.outbursts().peak()).toArray();
        double[] calm = runs.stream().mapToDouble(r -> r.history().stream().filter(c -> c.active() < 10).count()
                / (double) r.history().size()).toArray();
        double[] jailed = runs.stream().mapToDouble(r -> r.history().get(r.history().size() - 1).jailed()).toArray();
        int threshold = runs.get(0).scenario().outburstThreshold();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d runs (seeds %d to %d), outbursts of more than %d active:%n", runs.size(),
                runs.get(0).seed(), runs.get(runs.size() - 1).seed(), threshold));
        b.append(line("outbursts per run", perRun));
        b.append(waits.length < 2 ? "  waits between outbursts: fewer than two\n" : String.format(Locale.ROOT,
                "  waits between outbursts: %d, mean %.1f, s.d. %.1f, median %.0f, 90th percentile %.0f ticks%n",
                waits.length, mean(waits), sd(waits), waits[waits.length / 2], waits[waits.length * 9 / 10]));
        b.append(act.length < 2 ? "  activation per outburst: fewer than two outbursts\n" : String.format(Locale.ROOT,
                "  activation per outburst: %d, mean %.0f, s.d. %.0f%n", act.length, mean(act), sd(act)));
        b.append(line("most active at once", peaks));
        b.append(line("share of ticks with under 10 active", calm));
        b.append(line("jailed at the end", jailed));
        return b.toString();
    }

    private static String line(String what, double[] v) {
        double lo = Arrays.stream(v).min().orElseThrow();
        double hi = Arrays.stream(v).max().orElseThrow();
        return String.format(Locale.ROOT, "  %s: mean %s (%s to %s)%n", what, number(mean(v)), number(lo), number(hi));
    }

    private static String number(double v) {
        return Math.abs(v) < 10 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double sd(double[] v) {
        double m = Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
