package org.sahelsim.uncertainty;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sahelsim.model.Calendar;
import org.sahelsim.model.params.Checker;
import org.sahelsim.model.params.Optional;
import org.sahelsim.model.params.Validated;
import org.sahelsim.scenario.Problem;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.scenario.ScenarioReader;
import org.sahelsim.scenario.ScenarioResolver;
import org.sahelsim.scenario.ScenarioSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A targets file: dated, measurable statements about what happened, each with its source, a
 * tolerance and the scenario it applies to, marked as used for calibration or kept for
 * validation. A target measures one weekly series of a run over a window of weeks (mean, sum,
 * minimum, maximum or last value), optionally relative to the same measure over another window,
 * and holds when that number is about, at least or at most the target's value, give or take the
 * tolerance. The file is read with the scenario reader, so a mistake is reported at its file, line
 * and column before anything runs. The format is in {@code docs/UNCERTAINTY.md}.
 *
 * @param targets the targets, in file order
 */
public record Targets(List<Target> targets) implements Validated {

    /** What a target is for: tuning parameters, or checking a model tuned on other facts. */
    public enum Use { CALIBRATION, VALIDATION }

    /** How a window of weekly values becomes one number. */
    public enum Measure { MEAN, SUM, MIN, MAX, LAST }

    /** How the number compares with the target's value. */
    public enum Sense { ABOUT, AT_LEAST, AT_MOST }

    /**
     * One target.
     *
     * @param id          a short name, unique in the file
     * @param statement   what the source says, in words
     * @param scenario    the scenario it applies to (a name in the library)
     * @param use         calibration or validation
     * @param series      the weekly series measured (a column of national.csv, or territory_state_bamako)
     * @param measure     how the window's weeks become one number
     * @param window      first and last day: the weeks containing them and all weeks between
     * @param relativeTo  optional: a second window; the target is the ratio of the two measures
     * @param sense       about, at_least or at_most
     * @param value       the value the source gives (or implies)
     * @param tolerance   how far from {@code value} still counts, in the measure's units (> 0)
     * @param source      the source, by title and outlet, with a short quote
     * @param note        optional: how the statement was made measurable (EST where it is a reading)
     */
    public record Target(String id, String statement, String scenario, Use use, String series, Measure measure,
            List<LocalDate> window, @Optional List<LocalDate> relativeTo, Sense sense, double value, double tolerance,
            String source, @Optional String note) implements Validated {

        @Override
        public void validate(Checker check) {
            check.require(ScenarioResolver.ID.matcher(id).matches(), "id", "'" + id + "'",
                    "a short name of letters, digits, '-', '_' and '.'");
            check.require(RunSeries.indexOf(series) >= 0, "series", "'" + series + "'",
                    "one of: " + String.join(", ", RunSeries.keys()));
            window(check, "window", window);
            if (relativeTo != null && !relativeTo.isEmpty()) window(check, "relative_to", relativeTo);
            check.require(tolerance > 0, "tolerance", Double.toString(tolerance), "a tolerance above 0");
            check.require(!source.isBlank(), "source", "an empty source", "the source of the statement");
        }

        private static void window(Checker check, String key, List<LocalDate> w) {
            if (w.size() != 2) {
                check.problem(key, "a list of " + w.size() + " dates", "[first day, last day]");
            } else {
                check.require(!w.get(1).isBefore(w.get(0)), key, w.get(0) + " to " + w.get(1), "a last day no earlier than the first");
            }
        }

        /** The target's number in a run. */
        public double measure(RunSeries s) {
            double x = measure(s, window);
            if (relativeTo == null || relativeTo.isEmpty()) return x;
            double base = measure(s, relativeTo);
            return base == 0 ? (x == 0 ? 1 : Double.POSITIVE_INFINITY) : x / base;
        }

        private double measure(RunSeries s, List<LocalDate> w) {
            double[] v = s.series(series);
            int from = weekOf(s.dates(), w.get(0));
            int to = weekOf(s.dates(), w.get(1));
            if (from < 0 || to < 0) {
                throw new IllegalArgumentException("target " + id + ": the window " + w.get(0) + " to " + w.get(1)
                        + " is not within the run (" + s.dates().get(0) + " to " + s.dates().get(s.weeks() - 1) + ")");
            }
            double acc = switch (measure) {
                case MIN -> Double.POSITIVE_INFINITY;
                case MAX -> Double.NEGATIVE_INFINITY;
                default -> 0;
            };
            for (int t = from; t <= to; t++) {
                acc = switch (measure) {
                    case MEAN, SUM -> acc + v[t];
                    case MIN -> Math.min(acc, v[t]);
                    case MAX -> Math.max(acc, v[t]);
                    case LAST -> v[t];
                };
            }
            return measure == Measure.MEAN ? acc / (to - from + 1) : acc;
        }

        /** How far a number is from holding, in tolerances: 0 at the value (or beyond it, one-sided), 1 at the edge. */
        public double distance(double x) {
            return switch (sense) {
                case ABOUT -> Math.abs(x - value) / tolerance;
                case AT_LEAST -> Math.max(0, value - x) / tolerance;
                case AT_MOST -> Math.max(0, x - value) / tolerance;
            };
        }

        /** Whether the target holds for a number (a number at the tolerance's edge holds, whatever the rounding). */
        public boolean holds(double x) {
            return distance(x) <= 1 + 1e-9;
        }

        /** The condition in words: "about 1.3 (+/- 0.15)", "at least 924 (- 92)". */
        public String condition() {
            String v = ParameterSpace.text(value);
            String t = ParameterSpace.text(tolerance);
            return switch (sense) {
                case ABOUT -> "about " + v + " (± " + t + ")";
                case AT_LEAST -> "at least " + v + " (less " + t + ")";
                case AT_MOST -> "at most " + v + " (plus " + t + ")";
            };
        }

        /** What is measured, in words: "mean of violent_events, 2022-04-25 to 2022-10-24, over ...". */
        public String what() {
            String w = measure.name().toLowerCase(Locale.ROOT) + " of " + series + " " + window.get(0) + " to " + window.get(1);
            if (relativeTo != null && !relativeTo.isEmpty()) w += " / the same " + relativeTo.get(0) + " to " + relativeTo.get(1);
            return w;
        }

        /** Whether the window (and the second window) lies within a run over {@code dates}. */
        boolean fits(Calendar calendar) {
            for (List<LocalDate> w : relativeTo == null || relativeTo.isEmpty() ? List.of(window) : List.of(window, relativeTo)) {
                long a = calendar.tickOf(w.get(0));
                long b = calendar.tickOf(w.get(1));
                if (a < 0 || b >= calendar.weeks()) return false;
            }
            return true;
        }
    }

    /** The week of {@code dates} (weekly, consecutive) that contains {@code day}, or -1. */
    static int weekOf(List<LocalDate> dates, LocalDate day) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(dates.get(0), day);
        long week = Math.floorDiv(days, 7);
        return week < 0 || week >= dates.size() ? -1 : (int) week;
    }

    public Targets {
        targets = List.copyOf(targets);
    }

    @Override
    public void validate(Checker check) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            check.require(ids.add(targets.get(i).id()), "targets[" + i + "].id", "'" + targets.get(i).id() + "' a second time",
                    "a name used once in the file");
        }
    }

    /** The scenarios the targets apply to, in order of first appearance. */
    public List<String> scenarios() {
        List<String> out = new ArrayList<>();
        for (Target t : targets) if (!out.contains(t.scenario())) out.add(t.scenario());
        return out;
    }

    /** Reads and checks a targets file. */
    public static Targets read(Path file, ScenarioLibrary library) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), library);
    }

    /**
     * Reads and checks targets from text, named {@code name} in errors: the format, then that
     * every scenario exists and covers its target's windows.
     *
     * @throws Invalid listing every problem with its line and column
     */
    public static Targets parse(String name, String text, ScenarioLibrary library) {
        Targets t;
        try {
            t = new ScenarioReader(ScenarioResolver.none()).read(Targets.class, ScenarioSource.of(name, text)).value();
        } catch (ScenarioException e) {
            throw new Invalid(e.problems());
        }
        List<Problem> problems = new ArrayList<>();
        List<String> ids = library.ids();
        for (int i = 0; i < t.targets().size(); i++) {
            Target target = t.targets().get(i);
            String path = "targets[" + i + "].";
            ScenarioLibrary.Entry entry;
            try {
                entry = library.load(target.scenario(), List.of());
            } catch (ScenarioException e) {
                int[] at = locate(text, i, "scenario");
                problems.add(new Problem(name, at[0], at[1], path + "scenario", "'" + target.scenario() + "'",
                        "a scenario of the library: " + String.join(", ", ids), null));
                continue;
            }
            var period = entry.scenario().period();
            if (!target.fits(new Calendar(period.start(), period.end()))) {
                int[] at = locate(text, i, "window");
                problems.add(new Problem(name, at[0], at[1], path + "window", target.window().get(0) + " to " + target.window().get(1)
                        + (target.relativeTo() == null || target.relativeTo().isEmpty() ? ""
                                : " (relative to " + target.relativeTo().get(0) + " to " + target.relativeTo().get(1) + ")"),
                        "windows within " + target.scenario() + "'s period, " + period.start() + " to " + period.end(), null));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        return t;
    }

    /** A targets file that cannot be used, with every problem at its line and column. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super("the targets file has problems; nothing was run:\n"
                    + String.join("\n", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Line and column (1-based) of {@code key} in the {@code index}-th target of the text, or of the file's start. */
    private static int[] locate(String text, int index, String key) {
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        if (root instanceof MappingNode m) {
            for (NodeTuple top : m.getValue()) {
                if (top.getKeyNode() instanceof ScalarNode k && k.getValue().equals("targets")
                        && top.getValueNode() instanceof SequenceNode list && index < list.getValue().size()
                        && list.getValue().get(index) instanceof MappingNode target) {
                    for (NodeTuple e : target.getValue()) {
                        if (e.getKeyNode() instanceof ScalarNode tk && tk.getValue().equals(key)) {
                            var mark = e.getValueNode().getStartMark();
                            return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
                        }
                    }
                }
            }
        }
        return new int[] {1, 1};
    }
}
