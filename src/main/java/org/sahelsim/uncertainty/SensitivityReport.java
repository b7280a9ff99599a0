package org.sahelsim.uncertainty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.viz.PictureFiles;
import org.sahelsim.viz.SensitivityChart;
import org.sahelsim.viz.StudyPage;

/**
 * The folder of a global sensitivity analysis: the points run, their outcomes, and for each
 * outcome analysed either Morris's elementary effects ({@code morris.csv}: mu, mu* with its 95%
 * bootstrap interval, sigma) or Sobol's first- and total-order indices with their 95% intervals
 * ({@code sobol.csv}), a tornado chart per outcome, and a report page. Effects are per whole
 * range of each parameter, in the outcome's units.
 */
final class SensitivityReport {
    /** Bootstrap resamples for the intervals. */
    static final int RESAMPLES = 1000;

    private SensitivityReport() {
    }

    static void write(Study study, List<RunResult> results, Path dir) throws IOException {
        StudyPlan plan = study.plan();
        ParameterSpace space = study.space();
        Files.writeString(dir.resolve("study.json"), plan.toJson(), StandardCharsets.UTF_8);
        EnsembleReport.writeParameters(dir.resolve("parameters.csv"), space);
        EnsembleReport.writeDraws(dir.resolve("points.csv"), study, results);
        ShardFolder.writeOutcomes(dir.resolve("outcomes.csv"), List.of(), results);
        int k = space.size();
        boolean morris = plan.design().equals("morris");
        StudyPage page = new StudyPage("SahelSim sensitivity analysis", study.base().scenario().title(), study.base().scenario().question())
                .fact("Scenario", study.base().scenario().id())
                .fact("Method", morris ? "Morris elementary effects, " + plan.size() + " trajectories of " + (k + 1) + " runs"
                        : "Sobol indices (Saltelli sampling), " + plan.size() + " base samples of " + (2 * k + 2) + " runs")
                .fact("Runs", Integer.toString(results.size()))
                .fact("Parameters", Integer.toString(k))
                .fact("Master seed", Long.toString(plan.seed()))
                .fact("Software", "SahelSim " + plan.version());
        StringBuilder csv = new StringBuilder(morris ? "output,parameter,mu,mu_star,mu_star_low95,mu_star_high95,sigma,rank\n"
                : "output,parameter,first,first_ci95,total,total_ci95,rank\n");
        List<String> pictures = new ArrayList<>();
        for (String key : plan.outputs()) {
            Outcome o = Outcome.of(key);
            double[] y = EnsembleReport.column(results, o);
            List<SensitivityChart.Bar> bars = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            if (morris) {
                List<Morris.Effect> effects = new ArrayList<>(Morris.analyse(study.points().u(), y, k, RESAMPLES, plan.seed()));
                effects.sort(Comparator.comparingDouble(Morris.Effect::muStar).reversed().thenComparingInt(Morris.Effect::parameter));
                for (int r = 0; r < effects.size(); r++) {
                    Morris.Effect e = effects.get(r);
                    String path = space.paths().get(e.parameter());
                    csv.append(o.key()).append(',').append(path).append(',').append(Statistics.csv(e.mu())).append(',')
                            .append(Statistics.csv(e.muStar())).append(',').append(Statistics.csv(e.muStarLow())).append(',')
                            .append(Statistics.csv(e.muStarHigh())).append(',').append(Statistics.csv(e.sigma())).append(',')
                            .append(r + 1).append('\n');
                    bars.add(new SensitivityChart.Bar(path, e.muStar(), e.muStarLow(), e.muStarHigh()));
                    rows.add(List.of(Integer.toString(r + 1), path, Statistics.fmt(e.muStar()), Statistics.fmt(e.muStarLow()) + " to "
                            + Statistics.fmt(e.muStarHigh()), Statistics.fmt(e.mu()), Statistics.fmt(e.sigma())));
                }
                String name = "sensitivity-" + o.key();
                chart(dir, name, o.label() + " (" + study.base().scenario().id() + ")", "What moves it: Morris mu* (mean absolute effect of moving"
                        + " a parameter across its range) with its 95% bootstrap interval; " + results.size() + " runs", "mu* (" + o.label()
                        + ")", bars);
                pictures.add(name);
                page.section("out-" + o.key(), o.label()).figure(name + ".png", name + ".svg", "Morris screening: " + o.label(),
                        "Parameters ranked by mu*; whiskers: 95% bootstrap interval over trajectories. A large sigma beside mu*"
                                + " means the effect depends on the other parameters (non-linearity or interaction).")
                        .table("Elementary effects on " + o.label() + " (per whole range of each parameter)",
                                List.of("Rank", "Parameter", "mu*", "95% interval", "mu", "sigma"), rows).end();
            } else {
                List<SobolIndices.Index> indices = new ArrayList<>(SobolIndices.analyse(plan.size(), k, y, RESAMPLES, plan.seed()));
                indices.sort(Comparator.comparingDouble(SobolIndices.Index::total).reversed().thenComparingInt(SobolIndices.Index::parameter));
                List<SensitivityChart.Bar> firstBars = new ArrayList<>();
                for (int r = 0; r < indices.size(); r++) {
                    SobolIndices.Index s = indices.get(r);
                    String path = space.paths().get(s.parameter());
                    csv.append(o.key()).append(',').append(path).append(',').append(Statistics.csv(s.first())).append(',')
                            .append(Statistics.csv(s.firstHalfWidth())).append(',').append(Statistics.csv(s.total())).append(',')
                            .append(Statistics.csv(s.totalHalfWidth())).append(',').append(r + 1).append('\n');
                    bars.add(new SensitivityChart.Bar(path, s.total(), s.total() - s.totalHalfWidth(), s.total() + s.totalHalfWidth()));
                    firstBars.add(new SensitivityChart.Bar(path, s.first(), s.first() - s.firstHalfWidth(), s.first() + s.firstHalfWidth()));
                    rows.add(List.of(Integer.toString(r + 1), path, Statistics.fmt(s.total()) + " ± " + Statistics.fmt(s.totalHalfWidth()),
                            Statistics.fmt(s.first()) + " ± " + Statistics.fmt(s.firstHalfWidth())));
                }
                String total = "sobol-total-" + o.key();
                String first = "sobol-first-" + o.key();
                chart(dir, total, o.label() + " (" + study.base().scenario().id() + ")", "What moves it: Sobol total-order index (share of the"
                        + " outcome's variance due to the parameter, with all its interactions), 95% interval; " + results.size() + " runs",
                        "total-order index (" + o.label() + ")", bars);
                chart(dir, first, o.label() + " (" + study.base().scenario().id() + ")", "What moves it on its own: Sobol first-order index"
                        + " (share of the variance due to the parameter alone), 95% interval; " + results.size() + " runs",
                        "first-order index (" + o.label() + ")", firstBars);
                pictures.add(total);
                pictures.add(first);
                page.section("out-" + o.key(), o.label())
                        .figure(total + ".png", total + ".svg", "Total-order indices: " + o.label(), "Whiskers: 95% bootstrap interval.")
                        .figure(first + ".png", first + ".svg", "First-order indices: " + o.label(), "Whiskers: 95% bootstrap interval."
                                + " Negative values within their interval of 0 are estimates of 0.")
                        .table("Sobol indices of " + o.label(), List.of("Rank", "Parameter", "Total order", "First order"), rows).end();
            }
        }
        Files.writeString(dir.resolve(morris ? "morris.csv" : "sobol.csv"), csv, StandardCharsets.UTF_8);
        page.section("files", "Files").files(List.of(morris ? "morris.csv" : "sobol.csv", "points.csv", "outcomes.csv", "parameters.csv",
                "study.json")).end();
        Files.writeString(dir.resolve("report.html"), page.html(), StandardCharsets.UTF_8);
    }

    private static void chart(Path dir, String name, String title, String subtitle, String axis, List<SensitivityChart.Bar> bars) {
        List<SensitivityChart.Bar> shown = bars.size() > 25 ? bars.subList(0, 25) : bars;
        int height = Math.max(700, 160 + 46 * shown.size());
        var picture = SensitivityChart.of(title, subtitle + (bars.size() > shown.size() ? "; the " + shown.size() + " largest of "
                + bars.size() : ""), axis, shown);
        PictureFiles.writePng(picture, 1600, height, dir.resolve(name + ".png"));
        PictureFiles.writeSvg(picture, 1600, height, dir.resolve(name + ".svg"));
    }
}
