package org.sahelsim.run;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The free runs' decisions against the historical record (docs/VALIDATION.md): for each decision
 * of {@code validation/decisions.csv}, in how many seeds a free run of the scenario takes it, and
 * when, against the date of the scenario's own dated event that records what happened.
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
     */
    public record Row(Mark mark, LocalDate real, int taken, int seeds, List<LocalDate> dates) {
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
            List<LocalDate> dates = new ArrayList<>();
            for (List<LoggedEvent> log : logs) {
                log.stream().filter(e -> e.type().equals("decision") && e.description().contains(m.phrase()))
                        .findFirst().ifPresent(e -> dates.add(e.date()));
            }
            dates.sort(null);
            rows.add(new Row(m, realDate(entry.scenario().events(), m), dates.size(), seeds, List.copyOf(dates)));
        }
        return rows;
    }

    /** The date of the scenario's own dated event that records the decision (the n-th with {@code target@n}). */
    static LocalDate realDate(List<ScenarioEvent> events, Mark m) {
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
