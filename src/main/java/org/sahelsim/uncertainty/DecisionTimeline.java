package org.sahelsim.uncertainty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sahelsim.data.CsvTable;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The free runs' decisions against the historical record (docs/VALIDATION.md): for each decision
 * of {@code validation/decisions.csv}, in how many seeds a free run of the scenario takes it, and
 * when, against the date of the scenario's own dated event that records what happened. In a free
 * run the dated decisions do not fire, so the dates are the model's; where a decision's threshold
 * was set with the historical date in view, its timing is a calibrated pattern, not a test
 * (docs/ODD.md section 8 says which).
 */
public final class DecisionTimeline {
    /**
     * A historical decision to look for.
     *
     * @param id          short key
     * @param label       words for people
     * @param phrase      words of the model's decision line in the log
     * @param eventType   the dated event type that records it in the scenario
     * @param eventTarget that event's target (empty: any); {@code russia@2} is the second such event
     */
    public record Mark(String id, String label, String phrase, EventType eventType, String eventTarget) {
    }

    /**
     * What the free runs did with one decision.
     *
     * @param mark       the decision
     * @param real       the date of the scenario's dated event (null when it has none)
     * @param taken      seeds that took it
     * @param seeds      seeds run
     * @param dates      the date each of those seeds first took it, sorted
     * @param bySeed     the date seed {@code i + 1} first took it, or null where it did not
     */
    public record Row(Mark mark, LocalDate real, int taken, int seeds, List<LocalDate> dates, List<LocalDate> bySeed) {
        /** The {@code q} quantile of the dates (nearest rank), or null. */
        public LocalDate quantile(double q) {
            if (dates.isEmpty()) return null;
            int i = (int) Math.min(dates.size() - 1, Math.max(0, Math.round(q * (dates.size() - 1))));
            return dates.get(i);
        }

        /** Months from the real date to the median date, or NaN. */
        public double medianOffsetMonths() {
            LocalDate m = quantile(0.5);
            if (m == null || real == null) return Double.NaN;
            return ChronoUnit.DAYS.between(real, m) / 30.44;
        }
    }

    private DecisionTimeline() {
    }

    /** The columns of a decisions file. */
    public static final List<String> COLUMNS = List.of("id", "label", "phrase", "event_type", "event_target");

    /**
     * Reads a decisions file ({@code validation/decisions.csv}; lines starting with {@code #} are
     * comments).
     *
     * @throws DataFormatException at the file, line and column of a bad field
     */
    public static List<Mark> marks(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFormatException(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
        CsvTable t = CsvTable.parseWithComments(file.toString(), text).require(COLUMNS.toArray(String[]::new));
        String[] types = java.util.Arrays.stream(EventType.values()).map(x -> x.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        List<Mark> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String id = r.id("id");
            if (!ids.add(id)) throw r.error("id", "an id not used by an earlier decision", id);
            String target = r.text("event_target");
            int at = target.indexOf('@');
            if (at >= 0) {
                String nth = target.substring(at + 1);
                if (!nth.matches("[1-9][0-9]{0,2}")) throw r.error("event_target", "a target, or target@n with n a whole number from 1", target);
            }
            out.add(new Mark(id, r.required("label"), r.required("phrase"),
                    EventType.valueOf(r.oneOf("event_type", types).toUpperCase(Locale.ROOT)), target));
        }
        if (out.isEmpty()) throw new DataFormatException(file.toString(), 2, 0, "expected at least one decision; the file has only a header");
        return out;
    }

    /** Runs seeds 1..{@code seeds} of {@code entry} (which should be a free run) and measures each decision. */
    public static List<Row> measure(ScenarioLibrary.Entry entry, Geography geo, List<Mark> marks, int seeds, int threads) {
        List<List<LoggedEvent>> logs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<LoggedEvent>>> futures = new ArrayList<>();
            for (long s = 1; s <= seeds; s++) {
                long seed = s;
                futures.add(pool.submit(() -> {
                    SahelSim sim = new SahelSim(entry.scenario(), geo, seed);
                    sim.runToEnd();
                    return sim.eventLog().events();
                }));
            }
            for (Future<List<LoggedEvent>> f : futures) logs.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        List<Row> rows = new ArrayList<>();
        for (Mark m : marks) {
            List<LocalDate> bySeed = new ArrayList<>();
            for (List<LoggedEvent> log : logs) {
                bySeed.add(log.stream().filter(e -> e.type().equals("decision") && e.description().contains(m.phrase()))
                        .findFirst().map(LoggedEvent::date).orElse(null));
            }
            List<LocalDate> dates = new ArrayList<>(bySeed.stream().filter(java.util.Objects::nonNull).toList());
            dates.sort(null);
            rows.add(new Row(m, realDate(entry.scenario().events(), m), dates.size(), seeds, List.copyOf(dates),
                    java.util.Collections.unmodifiableList(bySeed)));
        }
        return rows;
    }

    /** The date of the scenario's own dated event that records the decision (the n-th with {@code target@n}). */
    public static LocalDate realDate(List<ScenarioEvent> events, Mark m) {
        if (events == null) return null;
        String target = m.eventTarget();
        int nth = 1;
        int at = target.indexOf('@');
        if (at >= 0) {
            nth = Integer.parseInt(target.substring(at + 1));
            target = target.substring(0, at);
        }
        int seen = 0;
        for (ScenarioEvent e : events) {
            if (e.type() != m.eventType()) continue;
            if (!target.isEmpty() && !target.equals(e.target())) continue;
            if (++seen == nth) return e.date();
        }
        return null;
    }

    /** The table as CSV: a row per decision. */
    public static String csv(List<Row> rows) {
        StringBuilder b = new StringBuilder("id,label,real_date,seeds_taking_it,seeds,earliest,median,latest,median_minus_real_months\n");
        for (Row r : rows) {
            double off = r.medianOffsetMonths();
            b.append(r.mark().id()).append(',').append(quoted(r.mark().label())).append(',')
                    .append(r.real() == null ? "" : r.real()).append(',').append(r.taken()).append(',').append(r.seeds()).append(',')
                    .append(orEmpty(r.quantile(0))).append(',').append(orEmpty(r.quantile(0.5))).append(',')
                    .append(orEmpty(r.quantile(1))).append(',')
                    .append(Double.isNaN(off) ? "" : String.format(Locale.ROOT, "%.1f", off)).append('\n');
        }
        return b.toString();
    }

    /** Each seed's dates as CSV: a row per seed, a column per decision (empty where it did not take it). */
    public static String bySeedCsv(List<Row> rows) {
        StringBuilder b = new StringBuilder("seed");
        for (Row r : rows) b.append(',').append(r.mark().id());
        b.append('\n');
        int seeds = rows.isEmpty() ? 0 : rows.get(0).seeds();
        for (int i = 0; i < seeds; i++) {
            b.append(i + 1);
            for (Row r : rows) b.append(',').append(orEmpty(r.bySeed().get(i)));
            b.append('\n');
        }
        return b.toString();
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String orEmpty(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** The table in Markdown. */
    public static String markdown(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| decision | real date | seeds taking it | earliest | median | latest | median − real (months) |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            double off = r.medianOffsetMonths();
            b.append(String.format(Locale.ROOT, "| %s | %s | %d of %d | %s | %s | %s | %s |%n", r.mark().label(),
                    r.real() == null ? "-" : r.real(), r.taken(), r.seeds(),
                    orDash(r.quantile(0)), orDash(r.quantile(0.5)), orDash(r.quantile(1)),
                    Double.isNaN(off) ? "-" : String.format(Locale.ROOT, "%+.0f", off)));
        }
        return b.toString();
    }

    private static String orDash(LocalDate d) {
        return d == null ? "-" : d.toString();
    }
}
