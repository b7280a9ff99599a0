package org.sahelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.results.RunFiles;
import org.sahelsim.results.RunFolder;
import org.sahelsim.viz.AtlasOverlay;
import org.sahelsim.viz.MapOverlay;
import org.sahelsim.viz.ReportBuilder;

/** Draws a run folder's charts, maps, animation and report. */
final class Pictures {
    private Pictures() {
    }

    /**
     * Draws a run's pictures once its files are written, from the run's data in memory (what
     * {@code report RUN_DIR} reads back from the files). Call it before the model runs: the map's
     * overlay and the drawing code get ready on another thread meanwhile (a run's model uses one
     * processor).
     *
     * @param atlas the atlas the overlay is drawn from, asked for on that thread (the run's own, once read)
     */
    static org.sahelsim.results.RunWriter.PictureMaker maker(List<LocalDate> mapDates, Supplier<MaliAtlas> atlas) {
        Supplier<MapOverlay> overlay = ReportBuilder.prepare(() -> AtlasOverlay.of(atlas.get()));
        return (dir, run) -> ReportBuilder.build(dir, run, withFinalWeek(mapDates), overlay.get(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The dates asked for, and always the final week (the latest date is moved to the last snapshot). */
    static List<LocalDate> withFinalWeek(List<LocalDate> mapDates) {
        List<LocalDate> all = new java.util.ArrayList<>(mapDates);
        all.add(LocalDate.MAX);
        return all;
    }

    static void rebuild(Path runDir, List<LocalDate> mapDates) throws IOException {
        if (RunFolder.isStaging(runDir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(runDir + " is the staging folder of a run that was stopped before it"
                    + " finished, not a run's results; the next run writing beside it removes it");
        }
        if (!Files.isRegularFile(runDir.resolve(RunFiles.NATIONAL))) {
            throw new IllegalArgumentException(runDir + " is not a run folder: it has no " + RunFiles.NATIONAL);
        }
        ReportBuilder.build(runDir, withFinalWeek(mapDates), AtlasOverlay.of(MaliAtlas.load()));
    }

    /** Fan charts of two ensembles, one per metric, as PNG and SVG, plus the weekly bands as CSV. */
    static void fanCharts(Path dir, org.sahelsim.run.Ensemble a, org.sahelsim.run.Ensemble b) throws IOException {
        StringBuilder csv = new StringBuilder("date,scenario,metric,p05,p50,p95,mean\n");
        for (org.sahelsim.run.Ensemble.Metric m : org.sahelsim.run.Ensemble.Metric.values()) {
            java.util.List<org.sahelsim.viz.FanChart.Band> bands = new java.util.ArrayList<>();
            for (org.sahelsim.run.Ensemble e : java.util.List.of(a, b)) {
                int n = e.dates().size();
                double[] p05 = new double[n];
                double[] p50 = new double[n];
                double[] p95 = new double[n];
                for (int w = 0; w < n; w++) {
                    double[] v = e.values(m, w);
                    p05[w] = org.sahelsim.run.Ensemble.quantile(v, 0.05);
                    p50[w] = org.sahelsim.run.Ensemble.quantile(v, 0.5);
                    p95[w] = org.sahelsim.run.Ensemble.quantile(v, 0.95);
                    csv.append(String.format(java.util.Locale.ROOT, "%s,%s,%s,%.6f,%.6f,%.6f,%.6f%n", e.dates().get(w), e.scenarioId(),
                            m.key(), p05[w], p50[w], p95[w], org.sahelsim.run.Ensemble.mean(v)));
                }
                bands.add(new org.sahelsim.viz.FanChart.Band(e.scenarioId(), e.dates(), p05, p50, p95));
            }
            boolean share = m.key().startsWith("territory_") || m.key().startsWith("population_");
            var pic = org.sahelsim.viz.FanChart.of(a.scenarioId() + " vs " + b.scenarioId(), m.label(), bands, share);
            org.sahelsim.viz.PictureFiles.writePng(pic, 1600, 900, dir.resolve("fan-" + m.key() + ".png"));
            org.sahelsim.viz.PictureFiles.writeSvg(pic, 1600, 900, dir.resolve("fan-" + m.key() + ".svg"));
        }
        Files.writeString(dir.resolve("ensemble.csv"), csv.toString());
    }
}
