package org.sahelsim.uncertainty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.viz.FanChart;
import org.sahelsim.viz.PictureFiles;
import org.sahelsim.viz.StudyPage;

/**
 * The folder of a parameter ensemble: the draws, each run's outcomes and weekly national series,
 * the weekly quantiles of every series, the probability of the outcomes people ask about, the
 * parameters that drive the main outcomes (Spearman rank correlation between each parameter's
 * draws and the outcome), fan charts and a report page. Everything is computed from the results
 * alone, so a run on one machine and the merged shards of a Slurm array write the same bytes.
 */
final class EnsembleReport {
    /** The percentiles of {@code quantiles.csv} and the fan charts. */
    static final List<Double> LEVELS = List.of(0.05, 0.25, 0.5, 0.75, 0.95);

    /** The series drawn as fan charts, with their labels. */
    private static final List<String[]> FANS = List.of(
            new String[] {"territory_state", "State's share of territory"},
            new String[] {"territory_jnim", "JNIM's share of territory"},
            new String[] {"territory_contested", "Contested share of territory"},
            new String[] {"population_state", "Share of people under the state"},
            new String[] {"violent_events", "Violent events a week"},
            new String[] {"fatalities", "People killed a week"},
            new String[] {"fuel_price_bamako", "Bamako fuel price (CFA/L)"},
            new String[] {"fuel_stock_bamako_days", "Bamako fuel stock (days)"},
            new String[] {"troops_jnim", "JNIM fighters"},
            new String[] {"junta_cohesion", "Junta cohesion"});

    /** The outcomes whose drivers the report ranks. */
    static final List<Outcome> DRIVEN = List.of(Outcome.TERRITORY_STATE_END, Outcome.TERRITORY_JNIM_END, Outcome.POPULATION_STATE_END,
            Outcome.FATALITIES, Outcome.CIVILIAN_FATALITIES, Outcome.FUEL_PRICE_PEAK, Outcome.FUEL_STOCK_MIN, Outcome.JNIM_TROOPS_END);

    private EnsembleReport() {
    }

    static void write(Study study, List<RunResult> results, Path dir) throws IOException {
        StudyPlan plan = study.plan();
        ParameterSpace space = study.space();
        Files.writeString(dir.resolve("study.json"), plan.toJson(), StandardCharsets.UTF_8);
        writeParameters(dir.resolve("parameters.csv"), space);
        writeDraws(dir.resolve("draws.csv"), study, results);
        ShardFolder.writeOutcomes(dir.resolve("outcomes.csv"), List.of(), results);
        ShardFolder.writeSeries(dir.resolve("national.csv.gz"), results);

        List<LocalDate> dates = results.get(0).series().dates();
        List<String> keys = RunSeries.keys();
        double[][][] q = new double[keys.size()][LEVELS.size()][dates.size()];
        double[][] means = new double[keys.size()][dates.size()];
        StringBuilder csv = new StringBuilder("date,series,p05,p25,p50,p75,p95,mean\n");
        double[] week = new double[results.size()];
        for (int t = 0; t < dates.size(); t++) {
            for (int k = 0; k < keys.size(); k++) {
                for (int r = 0; r < results.size(); r++) week[r] = results.get(r).series().values()[k][t];
                csv.append(dates.get(t)).append(',').append(keys.get(k));
                for (int l = 0; l < LEVELS.size(); l++) {
                    q[k][l][t] = Statistics.quantile(week, LEVELS.get(l));
                    csv.append(',').append(Statistics.csv(q[k][l][t]));
                }
                means[k][t] = Statistics.mean(week);
                csv.append(',').append(Statistics.csv(means[k][t])).append('\n');
            }
        }
        Files.writeString(dir.resolve("quantiles.csv"), csv, StandardCharsets.UTF_8);

        List<String[]> probabilities = probabilities(results);
        StringBuilder p = new StringBuilder("outcome,label,probability,runs,low90,high90\n");
        for (String[] row : probabilities) p.append(String.join(",", row)).append('\n');
        Files.writeString(dir.resolve("probabilities.csv"), p, StandardCharsets.UTF_8);

        StringBuilder s = new StringBuilder("outcome,label,mean,p05,p25,p50,p75,p95\n");
        for (Outcome o : Outcome.values()) {
            if (o.isEvent()) continue;
            double[] v = column(results, o);
            s.append(o.key()).append(",\"").append(o.label()).append("\",").append(Statistics.csv(Statistics.mean(v)));
            for (double l : LEVELS) s.append(',').append(Statistics.csv(Statistics.quantile(v, l)));
            s.append('\n');
        }
        Files.writeString(dir.resolve("outcomes-summary.csv"), s, StandardCharsets.UTF_8);

        List<Driver> drivers = drivers(study, results);
        StringBuilder d = new StringBuilder("outcome,parameter,spearman,rank\n");
        for (Driver x : drivers) {
            d.append(x.outcome().key()).append(',').append(x.path()).append(',').append(Statistics.csv(x.rho())).append(',')
                    .append(x.rank()).append('\n');
        }
        Files.writeString(dir.resolve("drivers.csv"), d, StandardCharsets.UTF_8);

        String name = study.base().scenario().id();
        List<String[]> figures = new ArrayList<>();
        for (String[] fan : FANS) {
            int k = RunSeries.indexOf(fan[0]);
            boolean share = fan[0].startsWith("territory_") || fan[0].startsWith("population_") || fan[0].equals("junta_cohesion");
            var picture = FanChart.ofQuantiles(name + ": " + String.format(java.util.Locale.ENGLISH, "%,d", results.size()) + " runs", fan[1], fan[1] + ": median, 25-75% and 5-95% of "
                    + results.size() + " runs (" + design(plan) + ")", new FanChart.Quantiles(dates, q[k][0], q[k][1], q[k][2], q[k][3], q[k][4]),
                    share);
            PictureFiles.writePng(picture, 1600, 900, dir.resolve("fan-" + fan[0] + ".png"));
            PictureFiles.writeSvg(picture, 1600, 900, dir.resolve("fan-" + fan[0] + ".svg"));
            figures.add(fan);
        }
        Files.writeString(dir.resolve("report.html"), page(study, results, probabilities, drivers, figures), StandardCharsets.UTF_8);
    }

    /** How the parameters were drawn, in words. */
    static String design(StudyPlan plan) {
        return switch (Sample.of(plan.design())) {
            case LHS -> "parameters by Latin hypercube, one seed per run";
            case SOBOL -> "parameters by Sobol sequence, one seed per run";
            case SEEDS -> "the scenario's values, one seed per run";
        };
    }

    static void writeParameters(Path file, ParameterSpace space) throws IOException {
        StringBuilder b = new StringBuilder("parameter,value,low,high,dist,source\n");
        for (ParameterSpace.Dimension d : space.dimensions()) {
            b.append(d.path()).append(',').append(ParameterSpace.text(d.value())).append(',').append(ParameterSpace.text(d.range().low()))
                    .append(',').append(ParameterSpace.text(d.range().high())).append(',').append(d.dist().key()).append(',')
                    .append(quote(d.source() == null ? "" : d.source())).append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    static void writeDraws(Path file, Study study, List<RunResult> results) throws IOException {
        StringBuilder b = new StringBuilder("run,seed");
        for (String path : study.space().paths()) b.append(',').append(path);
        b.append('\n');
        for (RunResult r : results) {
            b.append(r.index()).append(',').append(r.seed());
            for (double v : study.values(r.index())) b.append(',').append(ParameterSpace.text(v));
            b.append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static double[] column(List<RunResult> results, Outcome o) {
        double[] v = new double[results.size()];
        for (int i = 0; i < v.length; i++) v[i] = results.get(i).outcome(o);
        return v;
    }

    /** One row per event outcome: key, label, probability, runs, and its 90% Wilson interval. */
    static List<String[]> probabilities(List<RunResult> results) {
        List<String[]> rows = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            if (!o.isEvent()) continue;
            int yes = 0;
            for (RunResult r : results) if (r.outcome(o) == 1) yes++;
            double[] ci = Statistics.wilson(yes, results.size(), 1.6448536269514722);
            rows.add(new String[] {o.key(), "\"" + o.label() + "\"", Statistics.csv((double) yes / results.size()),
                    Integer.toString(results.size()), Statistics.csv(ci[0]), Statistics.csv(ci[1])});
        }
        return rows;
    }

    /** A parameter's rank correlation with an outcome over the ensemble. */
    record Driver(Outcome outcome, String path, double rho, int rank) {
    }

    /** For each main outcome, every parameter ranked by the size of its rank correlation with it. */
    static List<Driver> drivers(Study study, List<RunResult> results) {
        List<Driver> out = new ArrayList<>();
        List<String> paths = study.space().paths();
        if (paths.isEmpty()) return out;
        double[][] x = new double[paths.size()][results.size()];
        for (int r = 0; r < results.size(); r++) {
            double[] v = study.values(results.get(r).index());
            for (int p = 0; p < paths.size(); p++) x[p][r] = v[p];
        }
        for (Outcome o : DRIVEN) {
            double[] y = column(results, o);
            List<Driver> ranked = new ArrayList<>();
            for (int p = 0; p < paths.size(); p++) ranked.add(new Driver(o, paths.get(p), Statistics.spearman(x[p], y), 0));
            ranked.sort(Comparator.comparingDouble((Driver d) -> Double.isNaN(d.rho()) ? -1 : Math.abs(d.rho())).reversed()
                    .thenComparing(Driver::path));
            for (int i = 0; i < ranked.size(); i++) out.add(new Driver(o, ranked.get(i).path(), ranked.get(i).rho(), i + 1));
        }
        return out;
    }

    private static String page(Study study, List<RunResult> results, List<String[]> probabilities, List<Driver> drivers,
            List<String[]> figures) {
        var s = study.base().scenario();
        StudyPlan plan = study.plan();
        StudyPage page = new StudyPage("SahelSim ensemble", s.title(), s.question())
                .fact("Scenario", s.id() + (plan.overrides().isEmpty() ? "" : " with --set " + String.join(" ", plan.overrides())))
                .fact("Runs", Integer.toString(results.size()))
                .fact("Design", design(plan))
                .fact("Parameters varied", Integer.toString(study.space().size()))
                .fact("Master seed", Long.toString(plan.seed()))
                .fact("Software", "SahelSim " + plan.version());
        double[] end = column(results, Outcome.TERRITORY_STATE_END);
        page.section("outcomes", "How likely")
                .paragraph("Share of the " + results.size() + " runs in which each outcome happens, with a 90% interval for that share"
                        + " (Wilson). " + spreadSentence(end));
        List<List<String>> rows = new ArrayList<>();
        for (String[] p : probabilities) {
            rows.add(List.of(p[1].replace("\"", ""), Statistics.pct(Double.parseDouble(p[2])),
                    Statistics.pct(Double.parseDouble(p[4])) + " to " + Statistics.pct(Double.parseDouble(p[5]))));
        }
        page.table("Outcome probabilities", List.of("Outcome", "Probability", "90% interval"), rows);
        List<List<String>> summary = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            if (o.isEvent()) continue;
            double[] v = column(results, o);
            summary.add(List.of(o.label(), show(o, Statistics.quantile(v, 0.5)), show(o, Statistics.quantile(v, 0.05)) + " to "
                    + show(o, Statistics.quantile(v, 0.95))));
        }
        page.table("Outcomes over the runs", List.of("Outcome", "Median", "5-95% of runs"), summary).end();
        if (!drivers.isEmpty()) {
            page.section("drivers", "What drives it")
                    .paragraph("Spearman rank correlation between each parameter's drawn values and the outcome over the runs:"
                            + " +1 when the outcome always rises with the parameter, -1 when it always falls, near 0 when the"
                            + " parameter does not matter on its own. The sensitivity command measures it properly (Morris, Sobol).");
            for (Outcome o : List.of(Outcome.TERRITORY_STATE_END, Outcome.TERRITORY_JNIM_END, Outcome.FATALITIES, Outcome.FUEL_PRICE_PEAK)) {
                List<List<String>> top = new ArrayList<>();
                for (Driver d : drivers) {
                    if (d.outcome() == o && d.rank() <= 5) top.add(List.of(Integer.toString(d.rank()), d.path(), Statistics.fmt(d.rho())));
                }
                page.table(o.label() + ": the five strongest", List.of("Rank", "Parameter", "Rank correlation"), top);
            }
            page.end();
        }
        page.section("charts", "Fan charts");
        for (String[] f : figures) {
            page.figure("fan-" + f[0] + ".png", "fan-" + f[0] + ".svg", f[1], "Median (line), middle half of the runs (dark band)"
                    + " and nine runs in ten (light band), week by week.");
        }
        page.end();
        if (study.space().size() > 0) {
            List<List<String>> params = new ArrayList<>();
            for (ParameterSpace.Dimension d : study.space().dimensions()) {
                params.add(List.of(d.path(), ParameterSpace.text(d.value()), ParameterSpace.text(d.range().low()) + " to "
                        + ParameterSpace.text(d.range().high()), d.dist().key(), d.source() == null ? "" : d.source()));
            }
            page.section("parameters", "Parameters drawn").table("Every varied parameter: its value in the scenario, its range, how"
                    + " it was drawn, and the source of the range", List.of("Parameter", "Value", "Range", "Distribution", "Source"), params).end();
        }
        page.section("files", "Files").files(List.of("draws.csv", "outcomes.csv", "outcomes-summary.csv", "probabilities.csv",
                "quantiles.csv", "drivers.csv", "parameters.csv", "national.csv.gz", "study.json"))
                .paragraph("What each file holds is described in the project's docs/OUTPUT.md.").end();
        return page.html();
    }

    /** An outcome's value for a reader: shares as percentages, counts as whole numbers. */
    static String show(Outcome o, double v) {
        if (o.key().startsWith("territory_") || o.key().startsWith("population_")) return Statistics.pct(v);
        return Statistics.fmt(v);
    }

    /** "The state's share of territory at the end ranges from a to b (5-95% of runs), median m." */
    static String spreadSentence(double[] end) {
        return "The state's share of territory at the end: median " + Statistics.pct(Statistics.quantile(end, 0.5)) + ", 5-95% of runs "
                + Statistics.pct(Statistics.quantile(end, 0.05)) + " to " + Statistics.pct(Statistics.quantile(end, 0.95)) + ".";
    }
}
