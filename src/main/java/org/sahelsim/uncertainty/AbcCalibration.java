package org.sahelsim.uncertainty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.viz.StudyPage;

/**
 * Calibration by approximate Bayesian computation, rejection form (Pritchard et al. 1999; Beaumont,
 * Zhang and Balding 2002): draw the ranged parameters from their ranges (the prior, a Latin
 * hypercube over each parameter's stated distribution), run each draw once, and accept the draws
 * in whose run every calibration target of the scenario holds within its tolerance. The accepted
 * draws are a sample of the posterior; their 5th to 95th percentiles become the calibrated
 * ranges, their medians the calibrated values, in a new scenario that extends the old one and says
 * how it was calibrated. Validation targets are never used here: {@code score} checks them.
 */
public final class AbcCalibration {
    /** Fewer accepted draws than this give no calibrated scenario: their percentiles would mean little. */
    public static final int MIN_ACCEPTED = 2;

    private AbcCalibration() {
    }

    /** Whether a run's target numbers all hold. */
    static boolean accepted(List<Targets.Target> targets, double[] values) {
        for (int t = 0; t < targets.size(); t++) if (!targets.get(t).holds(values[t])) return false;
        return true;
    }

    /** The largest distance of a run from its targets, in tolerances (at most 1 when accepted). */
    static double distance(List<Targets.Target> targets, double[] values) {
        double d = 0;
        for (int t = 0; t < targets.size(); t++) d = Math.max(d, targets.get(t).distance(values[t]));
        return d;
    }

    static void write(Study study, List<RunResult> results, Path dir) throws IOException {
        StudyPlan plan = study.plan();
        ParameterSpace space = study.space();
        List<Targets.Target> targets = study.calibrationTargets();
        Files.writeString(dir.resolve("study.json"), plan.toJson(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("targets.yaml"), plan.targets(), StandardCharsets.UTF_8);
        EnsembleReport.writeParameters(dir.resolve("parameters.csv"), space);
        EnsembleReport.writeDraws(dir.resolve("draws.csv"), study, results);
        ShardFolder.writeOutcomes(dir.resolve("outcomes.csv"), targets, results);

        List<RunResult> accepted = new ArrayList<>();
        for (RunResult r : results) if (accepted(targets, r.targets())) accepted.add(r);
        double rate = (double) accepted.size() / results.size();

        StringBuilder a = new StringBuilder("run,seed,distance");
        for (String p : space.paths()) a.append(',').append(p);
        a.append('\n');
        for (RunResult r : accepted) {
            a.append(r.index()).append(',').append(r.seed()).append(',').append(Statistics.csv(distance(targets, r.targets())));
            for (double v : study.values(r.index())) a.append(',').append(ParameterSpace.text(v));
            a.append('\n');
        }
        Files.writeString(dir.resolve("accepted.csv"), a, StandardCharsets.UTF_8);

        List<Posterior> posterior = posterior(study, accepted);
        StringBuilder p = new StringBuilder("parameter,prior_low,prior_high,dist,scenario_value,posterior_p05,posterior_p50,posterior_p95,"
                + "posterior_mean,accepted\n");
        for (Posterior x : posterior) {
            ParameterSpace.Dimension d = x.dimension();
            p.append(d.path()).append(',').append(ParameterSpace.text(d.range().low())).append(',').append(ParameterSpace.text(d.range().high()))
                    .append(',').append(d.dist().key()).append(',').append(ParameterSpace.text(d.value())).append(',')
                    .append(Statistics.csv(x.p05())).append(',').append(Statistics.csv(x.p50())).append(',').append(Statistics.csv(x.p95()))
                    .append(',').append(Statistics.csv(x.mean())).append(',').append(accepted.size()).append('\n');
        }
        Files.writeString(dir.resolve("posterior.csv"), p, StandardCharsets.UTF_8);

        StringBuilder t = new StringBuilder("target,use,condition,measured,prior_share_holding,prior_p05,prior_p50,prior_p95\n");
        List<List<String>> targetRows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Targets.Target target = targets.get(i);
            double[] x = new double[results.size()];
            int holds = 0;
            for (int r = 0; r < x.length; r++) {
                x[r] = results.get(r).targets()[i];
                if (target.holds(x[r])) holds++;
            }
            double share = (double) holds / x.length;
            t.append(target.id()).append(',').append(target.use().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(EnsembleReport.quote(target.condition())).append(',').append(EnsembleReport.quote(target.what())).append(',')
                    .append(Statistics.csv(share)).append(',').append(Statistics.csv(Statistics.quantile(x, 0.05))).append(',')
                    .append(Statistics.csv(Statistics.quantile(x, 0.5))).append(',').append(Statistics.csv(Statistics.quantile(x, 0.95))).append('\n');
            targetRows.add(List.of(target.id(), target.what(), target.condition(), Statistics.pct(share),
                    Statistics.fmt(Statistics.quantile(x, 0.05)) + " to " + Statistics.fmt(Statistics.quantile(x, 0.95))));
        }
        Files.writeString(dir.resolve("targets.csv"), t, StandardCharsets.UTF_8);

        String id = study.base().scenario().id() + "-calibrated";
        boolean written = accepted.size() >= MIN_ACCEPTED;
        List<String> skipped = new ArrayList<>();
        if (written) {
            Files.writeString(dir.resolve(id + ".yaml"), scenario(study, id, posterior, accepted.size(), results.size(), skipped),
                    StandardCharsets.UTF_8);
        }

        var s = study.base().scenario();
        StudyPage page = new StudyPage("SahelSim calibration (ABC rejection)", s.title(), s.question())
                .fact("Scenario", s.id())
                .fact("Targets", plan.targetsName() + " (" + targets.size() + " for calibration)")
                .fact("Runs", Integer.toString(results.size()))
                .fact("Accepted", accepted.size() + " (" + Statistics.pct(rate) + ")")
                .fact("Master seed", Long.toString(plan.seed()))
                .fact("Software", "SahelSim " + plan.version());
        page.section("targets", "Calibration targets")
                .paragraph("A draw is accepted when every target below holds in its run. Validation targets are not used here;"
                        + " the score command checks them apart.")
                .table("Targets and the share of the prior's runs meeting each", List.of("Target", "Measured", "Holds when", "Prior runs holding",
                        "Prior 5-95%"), targetRows).end();
        page.section("posterior", "Posterior ranges");
        if (accepted.isEmpty()) {
            page.paragraph("No draw met every target: the targets cannot all hold within the ranges as given, or need more runs."
                    + " targets.csv shows how far each is from holding; no calibrated scenario was written.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Posterior x : posterior) {
                ParameterSpace.Dimension d = x.dimension();
                rows.add(List.of(d.path(), ParameterSpace.text(d.range().low()) + " to " + ParameterSpace.text(d.range().high()),
                        Statistics.fmt(x.p05()) + " to " + Statistics.fmt(x.p95()), Statistics.fmt(x.p50()), ParameterSpace.text(d.value())));
            }
            page.table("Accepted draws' 5-95% range against the prior range", List.of("Parameter", "Prior", "Posterior 5-95%",
                    "Posterior median", "Scenario value"), rows);
            page.paragraph(written ? "The calibrated scenario is " + id + ".yaml in this folder"
                    + (skipped.isEmpty() ? "." : "; parameters inside lists cannot be overridden by a scenario that extends another and are"
                    + " left out of it: " + String.join(", ", skipped) + ".")
                    : "Too few draws were accepted for a calibrated scenario (at least " + MIN_ACCEPTED + ").");
        }
        page.end().section("files", "Files").files(List.of("accepted.csv", "posterior.csv", "targets.csv", "draws.csv", "outcomes.csv",
                "parameters.csv", "targets.yaml", "study.json")).end();
        Files.writeString(dir.resolve("report.html"), page.html(), StandardCharsets.UTF_8);
    }

    /** A parameter's posterior: the 5th, 50th and 95th percentiles and mean of its accepted draws. */
    record Posterior(ParameterSpace.Dimension dimension, double p05, double p50, double p95, double mean) {
    }

    static List<Posterior> posterior(Study study, List<RunResult> accepted) {
        List<Posterior> out = new ArrayList<>();
        List<ParameterSpace.Dimension> dims = study.space().dimensions();
        for (int i = 0; i < dims.size(); i++) {
            double[] v = new double[accepted.size()];
            for (int r = 0; r < v.length; r++) v[r] = study.values(accepted.get(r).index())[i];
            if (v.length == 0) {
                out.add(new Posterior(dims.get(i), Double.NaN, Double.NaN, Double.NaN, Double.NaN));
            } else {
                out.add(new Posterior(dims.get(i), Statistics.quantile(v, 0.05), Statistics.quantile(v, 0.5), Statistics.quantile(v, 0.95),
                        Statistics.mean(v)));
            }
        }
        return out;
    }

    /** The calibrated scenario: it extends the study's scenario and sets each parameter's value, range and source. */
    static String scenario(Study study, String id, List<Posterior> posterior, int accepted, int runs, List<String> skipped) {
        StudyPlan plan = study.plan();
        var base = study.base().scenario();
        String ids = String.join(", ", study.calibrationTargets().stream().map(Targets.Target::id).toList());
        String how = String.format(Locale.ROOT, "ABC rejection against %s (calibration targets: %s): %d of %d draws accepted (%.1f%%),"
                + " each target within its tolerance; master seed %d; SahelSim %s", plan.targetsName(), ids, accepted, runs,
                100.0 * accepted / runs, plan.seed(), plan.version());
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Posterior p : posterior) {
            ParameterSpace.Dimension d = p.dimension();
            if (d.path().contains("[")) {
                skipped.add(d.path());
                continue;
            }
            double lo = p.p05();
            double hi = p.p95();
            double value = p.p50();
            if (d.whole()) {
                lo = Math.floor(lo);
                hi = Math.ceil(hi);
                value = Math.rint(value);
            } else {
                lo = round(lo);
                hi = round(hi);
            }
            lo = Math.max(d.range().low(), lo);
            hi = Math.min(d.range().high(), hi);
            value = Math.min(hi, Math.max(lo, d.whole() ? value : round(value)));
            String leaf = "{value: " + ParameterSpace.text(value) + ", range: [" + ParameterSpace.text(lo) + ", " + ParameterSpace.text(hi)
                    + "], dist: uniform, source: \"" + yaml("Calibrated: posterior median and 5-95% of the accepted draws; " + how
                    + "; prior " + ParameterSpace.text(d.range().low()) + " to " + ParameterSpace.text(d.range().high()) + " " + d.dist().key()
                    + " (" + (d.source() == null ? "no source" : d.source()) + ")") + "\"}";
            put(tree, d.path().split("\\."), leaf);
        }
        StringBuilder y = new StringBuilder();
        y.append("# ").append(id).append(": ").append(base.id()).append(" calibrated by approximate Bayesian computation.\n");
        y.append("# ").append(how).append(".\n");
        y.append("# Made by `sahelsim calibrate ").append(plan.scenario()).append(' ').append(plan.targetsName()).append(" --runs ")
                .append(runs).append(" --seed ").append(plan.seed());
        if (!plan.vary().isEmpty()) y.append(" --vary ").append(String.join(",", plan.vary()));
        for (String o : plan.overrides()) y.append(" --set ").append(o);
        y.append("`.\n# Each parameter below takes the accepted draws' median as its value and their 5th-95th percentiles as its"
                + " range;\n# the accepted draws are correlated, which separate ranges do not show (accepted.csv keeps them).\n");
        y.append("id: ").append(id).append('\n');
        y.append("extends: ").append(base.id()).append('\n');
        y.append("title: \"").append(yaml(base.title() + " (calibrated)")).append("\"\n");
        y.append("notes: \"").append(yaml(how + ". Targets: " + ids + "."
                + (plan.overrides().isEmpty() ? "" : " Calibrated with --set " + String.join(" ", plan.overrides()) + ", which this file does not apply.")))
                .append("\"\n");
        emit(y, tree, 0);
        return y.toString();
    }

    private static double round(double v) {
        return v == 0 ? 0 : new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] keys, String leaf) {
        Map<String, Object> m = tree;
        for (int i = 0; i < keys.length - 1; i++) m = (Map<String, Object>) m.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
        m.put(keys[keys.length - 1], leaf);
    }

    @SuppressWarnings("unchecked")
    private static void emit(StringBuilder y, Map<String, Object> tree, int depth) {
        for (var e : tree.entrySet()) {
            y.append("  ".repeat(depth)).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> m) {
                y.append('\n');
                emit(y, (Map<String, Object>) m, depth + 1);
            } else {
                y.append(' ').append(e.getValue()).append('\n');
            }
        }
    }

    /** Text inside a double-quoted YAML scalar. */
    private static String yaml(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
