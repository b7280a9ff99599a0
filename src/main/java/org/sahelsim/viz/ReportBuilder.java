package org.sahelsim.viz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.sahelsim.results.RunFiles;
import org.sahelsim.results.RunResults;

/**
 * Rebuilds every picture and the report of a run from its folder: what {@code sahelsim report
 * RUN_DIR} does. It reads only the folder's files ({@link RunResults}), so the pictures can be
 * redrawn at any time without running the model again.
 */
public final class ReportBuilder {
    /** At most this many frames in the animation: longer runs skip evenly, keeping the last. */
    public static final int MAX_ANIMATION_FRAMES = 60;

    public static final String REPORT = "report.html";
    public static final String ANIMATION = "control.gif";

    private ReportBuilder() {
    }

    /**
     * What a build wrote.
     *
     * @param runDir the run folder
     * @param files  names of the files written into it, in the order written
     */
    public record Report(Path runDir, List<String> files) {
        public Report {
            files = List.copyOf(files);
        }

        public Path html() {
            return runDir.resolve(REPORT);
        }
    }

    /**
     * Reads the run folder and writes into it the charts (PNG and SVG), a map per requested date
     * (the nearest snapshot; the final one if none is asked for), the animation and
     * {@code report.html}.
     *
     * @param runDir   a run folder as described in {@code docs/OUTPUT.md}
     * @param mapDates dates to map; empty for the final snapshot only
     * @param overlay  borders, roads, towns to draw on the maps; {@link MapOverlay#empty()} for none
     */
    public static Report build(Path runDir, List<LocalDate> mapDates, MapOverlay overlay) {
        RunResults run = RunResults.read(runDir);
        List<String> written = new ArrayList<>();
        RunCharts charts = new RunCharts(run);
        List<HtmlReport.Figure> chartFigures = new ArrayList<>();
        chart(runDir, written, chartFigures, "control", charts.control(), RunCharts.WIDTH, RunCharts.HEIGHT,
                "Territory under each actor",
                "Share of Mali's area where each actor dominates, week by week; dashed lines mark the scenario's events.");
        chart(runDir, written, chartFigures, "population", charts.population(), RunCharts.WIDTH, RunCharts.HEIGHT,
                "Population under each actor", "Share of Mali's population living where each actor dominates.");
        chart(runDir, written, chartFigures, "regions", charts.regions(false), RunCharts.REGIONS_WIDTH,
                RunCharts.REGIONS_HEIGHT, "Territory by region", "The same stacked shares for each region's area.");
        chart(runDir, written, chartFigures, "regions-population", charts.regions(true), RunCharts.REGIONS_WIDTH,
                RunCharts.REGIONS_HEIGHT, "Population by region", "The same stacked shares for each region's population.");
        chart(runDir, written, chartFigures, "fuel", charts.fuel(), RunCharts.WIDTH, RunCharts.HEIGHT, "Fuel",
                run.fuel().isPresent()
                        ? "Bamako's fuel stock and pump price; deliveries by import corridor and tankers lost per week."
                        : "Bamako's fuel stock (days of normal demand) and pump price (CFA francs per litre).");
        chart(runDir, written, chartFigures, "forces", charts.forces(), RunCharts.WIDTH, RunCharts.HEIGHT,
                "Armed forces", "Troops by force; foreign forces are dashed.");
        chart(runDir, written, chartFigures, "violence", charts.violence(), RunCharts.WIDTH, RunCharts.HEIGHT,
                "Violence", "Violent events, fatalities and civilian fatalities per week, with a 4-week mean.");
        chart(runDir, written, chartFigures, "violence-regions", charts.regionViolence(), RunCharts.REGIONS_WIDTH,
                RunCharts.REGIONS_HEIGHT, "Violence by region",
                "Each region's violent events (upper panel) and people killed (lower panel) per week, with a 4-week mean;"
                        + " every region on the same scales.");
        if (charts.hasPolitics()) {
            chart(runDir, written, chartFigures, "politics", charts.politics(), RunCharts.WIDTH, RunCharts.HEIGHT,
                    "Politics", "The state's legitimacy, the junta's cohesion and the mean grievance against the state,"
                            + " each from 0 to 100%; dashed lines mark the scenario's events.");
        }

        List<HtmlReport.Figure> mapFigures = new ArrayList<>();
        ControlMap map = new ControlMap(run, overlay);
        List<LocalDate> snapshots = run.snapshotDates();
        LinkedHashSet<LocalDate> dates = new LinkedHashSet<>();
        if (mapDates.isEmpty()) {
            dates.add(map.nearestSnapshot(snapshots.isEmpty() ? run.weeks().get(run.weeks().size() - 1)
                    : snapshots.get(snapshots.size() - 1)));
        } else {
            for (LocalDate d : mapDates) dates.add(map.nearestSnapshot(d));
        }
        for (LocalDate d : dates) {
            String name = "map-" + d + ".png";
            PictureFiles.writePng(map.render(d, ControlMap.WIDTH), runDir.resolve(name));
            written.add(name);
            mapFigures.add(new HtmlReport.Figure(name, null, "Control on " + d,
                    "Each cell in the colour of the actor that dominates it, paler where its hold is weaker; "
                            + "hatched grey where no actor dominates."
                            + (run.places().isPresent() ? " Each place in the colour of its holder (white: nobody), its"
                            + " shape by kind; a dashed ring in the besieger's colour marks a siege." : "")));
        }
        List<LocalDate> frames = frames(snapshots);
        ControlAnimation.write(map, frames, runDir.resolve(ANIMATION));
        written.add(ANIMATION);
        mapFigures.add(new HtmlReport.Figure(ANIMATION, null, "Control over time",
                "An animation of the cell map from " + frames.get(0) + " to " + frames.get(frames.size() - 1)
                        + ", one frame every " + (snapshots.size() > frames.size() ? "few snapshots" : "snapshot") + "."));

        List<String> dataFiles = new ArrayList<>();
        for (String f : List.of(RunFiles.MANIFEST, RunFiles.SUMMARY, RunFiles.NATIONAL, RunFiles.REGIONS,
                RunFiles.CELLS, RunFiles.CELLS_PLAIN, RunFiles.EVENTS, RunFiles.FUEL, RunFiles.PLACES)) {
            if (Files.exists(runDir.resolve(f))) dataFiles.add(f);
        }
        String html = new HtmlReport(run, chartFigures, mapFigures, dataFiles).html();
        try {
            Files.writeString(runDir.resolve(REPORT), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + REPORT, e);
        }
        written.add(REPORT);
        return new Report(runDir, written);
    }

    private static void chart(Path dir, List<String> written, List<HtmlReport.Figure> figures, String name,
                              Picture picture, int width, int height, String heading, String caption) {
        PictureFiles.writePng(picture, width, height, dir.resolve(name + ".png"));
        PictureFiles.writeSvg(picture, width, height, dir.resolve(name + ".svg"));
        written.add(name + ".png");
        written.add(name + ".svg");
        figures.add(new HtmlReport.Figure(name + ".png", name + ".svg", heading, caption));
    }

    /** The snapshots to animate: all of them, or an even selection that keeps the first and last. */
    static List<LocalDate> frames(List<LocalDate> snapshots) {
        if (snapshots.size() <= MAX_ANIMATION_FRAMES) return snapshots;
        List<LocalDate> out = new ArrayList<>();
        int n = MAX_ANIMATION_FRAMES;
        for (int i = 0; i < n; i++) {
            int index = (int) Math.round(i * (snapshots.size() - 1) / (double) (n - 1));
            if (out.isEmpty() || !out.get(out.size() - 1).equals(snapshots.get(index))) out.add(snapshots.get(index));
        }
        return out;
    }
}
