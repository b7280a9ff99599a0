package org.sahelsim.uncertainty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.viz.StudyPage;

/**
 * How well a model fits what is known: for each target of a targets file, the share of an
 * ensemble's runs of the target's scenario in which it holds, and overall scores, the mean of those
 * shares over the calibration targets and over the validation targets, kept apart: a model can
 * only be judged on the facts it was not tuned to. With an event export in ACLED's layout, also a
 * back-test of weekly events and fatalities per region ({@link AcledBacktest}).
 */
public final class Score {
    private Score() {
    }

    /** One target's score over an ensemble: the share of runs in which it holds, and the spread of its number. */
    public record TargetScore(Targets.Target target, int runs, double share, double p05, double p50, double p95) {
    }

    /** The targets scored over each scenario's runs (series kept), in file order. */
    public static List<TargetScore> evaluate(Targets targets, Map<String, List<RunSeries>> runs) {
        List<TargetScore> out = new ArrayList<>();
        for (Targets.Target t : targets.targets()) {
            List<RunSeries> r = runs.get(t.scenario());
            double[] x = new double[r.size()];
            int holds = 0;
            for (int i = 0; i < x.length; i++) {
                x[i] = t.measure(r.get(i));
                if (t.holds(x[i])) holds++;
            }
            out.add(new TargetScore(t, x.length, (double) holds / x.length, Statistics.quantile(x, 0.05), Statistics.quantile(x, 0.5),
                    Statistics.quantile(x, 0.95)));
        }
        return out;
    }

    /** The mean share of runs meeting the targets of one use (null: all targets); NaN when there are none. */
    public static double overall(List<TargetScore> scores, Targets.Use use) {
        double sum = 0;
        int n = 0;
        for (TargetScore s : scores) {
            if (use == null || s.target().use() == use) {
                sum += s.share();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Writes {@code scores.csv}, the back-test (if any) and the report page into {@code dir}. */
    public static void write(Path dir, String targetsName, String design, long seed, String version, List<TargetScore> scores,
            List<AcledBacktest.Line> backtest, String backtestNote) throws IOException {
        StringBuilder csv = new StringBuilder("target,scenario,use,measured,condition,runs,share_holding,p05,p50,p95,source\n");
        for (TargetScore s : scores) {
            Targets.Target t = s.target();
            csv.append(t.id()).append(',').append(t.scenario()).append(',').append(t.use().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(EnsembleReport.quote(t.what())).append(',').append(EnsembleReport.quote(t.condition())).append(',').append(s.runs())
                    .append(',').append(Statistics.csv(s.share())).append(',').append(Statistics.csv(s.p05())).append(',')
                    .append(Statistics.csv(s.p50())).append(',').append(Statistics.csv(s.p95())).append(',')
                    .append(EnsembleReport.quote(t.source())).append('\n');
        }
        for (Targets.Use use : Targets.Use.values()) {
            csv.append("overall_").append(use.name().toLowerCase(Locale.ROOT)).append(",,").append(use.name().toLowerCase(Locale.ROOT))
                    .append(",,,,").append(Statistics.csv(overall(scores, use))).append(",,,,\n");
        }
        Files.writeString(dir.resolve("scores.csv"), csv, StandardCharsets.UTF_8);

        StudyPage page = new StudyPage("SahelSim score against history", "Scores against " + targetsName, null)
                .fact("Targets", Integer.toString(scores.size()))
                .fact("Runs per scenario", scores.isEmpty() ? "" : Integer.toString(scores.get(0).runs()))
                .fact("Design", design)
                .fact("Master seed", Long.toString(seed))
                .fact("Software", "SahelSim " + version);
        for (Targets.Use use : Targets.Use.values()) {
            String name = use == Targets.Use.CALIBRATION ? "Calibration targets (the model was tuned to these)"
                    : "Validation targets (kept apart: the model was not tuned to these)";
            List<List<String>> rows = new ArrayList<>();
            for (TargetScore s : scores) {
                if (s.target().use() != use) continue;
                rows.add(List.of(s.target().id(), s.target().scenario(), s.target().what(), s.target().condition(), Statistics.pct(s.share()),
                        Statistics.fmt(s.p50()) + " [" + Statistics.fmt(s.p05()) + ", " + Statistics.fmt(s.p95()) + "]"));
            }
            page.section(use.name().toLowerCase(Locale.ROOT), name)
                    .paragraph("Overall: " + Statistics.pct(overall(scores, use)) + " of runs meet a target, on average over these "
                            + rows.size() + " targets.")
                    .table(name, List.of("Target", "Scenario", "Measured", "Holds when", "Runs meeting it", "Median [5-95%]"), rows).end();
        }
        List<List<String>> sources = new ArrayList<>();
        for (TargetScore s : scores) sources.add(List.of(s.target().id(), s.target().statement(), s.target().source()));
        page.section("sources", "What each target says, and its source").table("Targets", List.of("Target", "Statement", "Source"), sources).end();
        if (backtest != null) {
            StringBuilder b = new StringBuilder("region,measure,weeks,observed,model_mean,mse,mse_climatology,skill,model_over_observed\n");
            List<List<String>> rows = new ArrayList<>();
            for (AcledBacktest.Line l : backtest) {
                b.append(l.region()).append(',').append(l.measure()).append(',').append(l.weeks()).append(',').append(Statistics.csv(l.observed()))
                        .append(',').append(Statistics.csv(l.model())).append(',').append(Statistics.csv(l.mse())).append(',')
                        .append(Statistics.csv(l.mseClimatology())).append(',').append(Statistics.csv(l.skill())).append(',')
                        .append(Statistics.csv(l.ratio())).append('\n');
                rows.add(List.of(l.region(), l.measure(), Statistics.fmt(l.observed()), Statistics.fmt(l.model()), Statistics.fmt(l.skill()),
                        Statistics.fmt(l.ratio())));
            }
            Files.writeString(dir.resolve("backtest.csv"), b, StandardCharsets.UTF_8);
            page.section("backtest", "Back-test against recorded events").paragraph(backtestNote)
                    .paragraph("Skill = 1 - (mean squared error of the model's weekly mean) / (mean squared error of each region's observed"
                            + " weekly average): 1 is perfect, 0 no better than knowing each region's average, below 0 worse.")
                    .table("Weekly events and fatalities per region", List.of("Region", "Measure", "Observed total", "Model total (mean of runs)",
                            "Skill", "Model / observed"), rows).end();
        }
        Files.writeString(dir.resolve("report.html"), page.html(), StandardCharsets.UTF_8);
    }
}
