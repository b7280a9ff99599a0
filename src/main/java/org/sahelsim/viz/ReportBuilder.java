package org.sahelsim.viz;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.sahelsim.results.RunFiles;
import org.sahelsim.results.RunResults;

/**
 * Rebuilds every picture and the report of a run from its folder: what {@code sahelsim report
 * RUN_DIR} does. It reads only the folder's files ({@link RunResults}), so the pictures can be
 * redrawn at any time without running the model again.
 */
public final class ReportBuilder {
    /** At most this many frames in the animation: longer runs skip evenly, keeping the first and the last. */
    public static final int MAX_ANIMATION_FRAMES = 40;

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
     * Starts getting a build ready on another thread, while this one does something else (runs
     * the model, say): the drawing code (see {@link #prepare()}) and the map's overlay.
     *
     * @param overlay makes the overlay the maps will draw
     * @return the overlay, once made (waiting for it if need be); a failure to make it is thrown there
     */
    public static Supplier<MapOverlay> prepare(Supplier<MapOverlay> overlay) {
        CompletableFuture<MapOverlay> ready = CompletableFuture.supplyAsync(() -> {
            prepare();
            return overlay.get();
        }, task -> {
            Thread t = new Thread(task, "sahelsim-prepare-pictures");
            t.setDaemon(true);
            t.start();
        });
        return () -> join(ready);
    }

    /**
     * Gets the drawing code ready: loads and sets up the fonts, the chart library and the image
     * writers that a build uses, by drawing a small chart in memory, as a raster and as SVG, and
     * encoding a small PNG and GIF. It writes nothing and changes nothing a build writes.
     */
    static void prepare() {
        XYSeries s = new XYSeries("prepare", false, true);
        s.add(0, 0.25);
        s.add(7 * 86_400_000.0, 0.5);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), ChartStyle.dateAxis(), ChartStyle.percentAxis("share", 0.25),
                new XYAreaRenderer(XYAreaRenderer.AREA));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.dateAxis());
        combined.add(plot, 1);
        XYPlot lines = new XYPlot(new XYSeriesCollection(s), null, ChartStyle.countAxis("count"), new XYLineAndShapeRenderer(true, false));
        lines.setDataset(1, new XYSeriesCollection(s));
        lines.setRenderer(1, new XYBarRenderer());
        combined.add(lines, 1);
        JFreeChart chart = new JFreeChart("Prepare", new ChartStyle(1f).title(), combined, true);
        chart.addSubtitle(new TextTitle("prepare"));
        new ChartStyle(1f).apply(chart);
        Picture picture = (g, w, h) -> {
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
            for (int style : new int[]{Font.PLAIN, Font.BOLD, Font.ITALIC}) {
                g.setFont(new Font(ChartStyle.FONT, style, 20));
                g.drawString("Ségou 12°N", 10, 20);
            }
        };
        BufferedImage image = PictureFiles.raster(picture, 320, 200);
        PictureFiles.svg(picture, 320, 200);
        try {
            PictureFiles.png(image, OutputStream.nullOutputStream());
            BufferedImage indexed = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_INDEXED, FramePalette.forControlMap(org.sahelsim.results.Actors.standard().sides()).model());
            ImageIO.write(indexed, "gif", OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode in memory", e);
        }
    }

    /**
     * Reads the run folder and writes into it the charts (PNG and SVG), a map per requested date
     * (the nearest snapshot; the final one if none is asked for), the animation and
     * {@code report.html}, drawing on as many threads as the machine has processors.
     *
     * @param runDir   a run folder as described in {@code docs/OUTPUT.md}
     * @param mapDates dates to map; empty for the final snapshot only
     * @param overlay  borders, roads, towns to draw on the maps; {@link MapOverlay#empty()} for none
     */
    public static Report build(Path runDir, List<LocalDate> mapDates, MapOverlay overlay) {
        return build(runDir, RunResults.read(runDir), mapDates, overlay, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Writes the pictures and the report of a run into its folder, from the run's data.
     * Pictures are drawn on {@code threads} threads; each file is drawn whole by one of them, so
     * the files are the same, byte for byte, whatever the number of threads.
     *
     * @param runDir   the run folder to write into
     * @param run      the run's data, as {@link RunResults#read} reads it from the folder
     * @param mapDates dates to map; empty for the final snapshot only
     * @param overlay  borders, roads, towns to draw on the maps; {@link MapOverlay#empty()} for none
     * @param threads  how many threads draw (at least 1)
     */
    public static Report build(Path runDir, RunResults run, List<LocalDate> mapDates, MapOverlay overlay, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sahelsim-pictures");
            t.setDaemon(true);
            return t;
        });
        try {
            return build(runDir, run, mapDates, overlay, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Report build(Path runDir, RunResults run, List<LocalDate> mapDates, MapOverlay overlay, ExecutorService pool) {
        List<String> written = new ArrayList<>();
        List<CompletableFuture<Void>> drawing = new ArrayList<>();
        // The animation first: its frames are drawn on the pool while this thread encodes them in order.
        ControlMap map = new ControlMap(run, overlay);
        List<LocalDate> snapshots = map.snapshotDates();
        List<LocalDate> frames = frames(snapshots);
        ControlAnimation.Drawing animation = ControlAnimation.draw(map, frames, pool);

        RunCharts charts = new RunCharts(run);
        List<HtmlReport.Figure> chartFigures = new ArrayList<>();
        List<Chart> chartList = new ArrayList<>(List.of(
                new Chart("control", charts.control(), RunCharts.WIDTH, RunCharts.HEIGHT, "Territory under each actor",
                        "Share of Mali's area where each actor dominates, week by week; dashed lines mark the scenario's events."),
                new Chart("population", charts.population(), RunCharts.WIDTH, RunCharts.HEIGHT,
                        "Population under each actor", "Share of Mali's population living where each actor dominates."),
                new Chart("regions", charts.regions(false), RunCharts.REGIONS_WIDTH, RunCharts.REGIONS_HEIGHT,
                        "Territory by region", "The same stacked shares for each region's area."),
                new Chart("regions-population", charts.regions(true), RunCharts.REGIONS_WIDTH, RunCharts.REGIONS_HEIGHT,
                        "Population by region", "The same stacked shares for each region's population."),
                new Chart("fuel", charts.fuel(), RunCharts.WIDTH, RunCharts.HEIGHT, "Fuel",
                        run.fuel().isPresent()
                                ? "Bamako's fuel stock and pump price; deliveries by import corridor and tankers lost per week."
                                : "Bamako's fuel stock (days of normal demand) and pump price (CFA francs per litre)."),
                new Chart("forces", charts.forces(), RunCharts.WIDTH, RunCharts.HEIGHT,
                        "Armed forces", "Troops by force; foreign forces are dashed."),
                new Chart("violence", charts.violence(), RunCharts.WIDTH, RunCharts.HEIGHT,
                        "Violence", "Violent events, fatalities and civilian fatalities per week, with a 4-week mean."),
                new Chart("violence-regions", charts.regionViolence(), RunCharts.REGIONS_WIDTH, RunCharts.REGIONS_HEIGHT,
                        "Violence by region", "Each region's violent events (upper panel) and people killed (lower panel)"
                                + " as 4-week means, every region on the same scales; the week-by-week numbers are in "
                                + RunFiles.REGIONS + ".")));
        if (charts.hasPolitics()) {
            chartList.add(new Chart("politics", charts.politics(), RunCharts.WIDTH, RunCharts.HEIGHT, "Politics",
                    "The state's legitimacy, the junta's cohesion and the mean grievance against the state,"
                            + " each from 0 to 100%; dashed lines mark the scenario's events."));
        }

        List<HtmlReport.Figure> mapFigures = new ArrayList<>();
        LinkedHashSet<LocalDate> dates = new LinkedHashSet<>();
        if (mapDates.isEmpty()) {
            dates.add(map.nearestSnapshot(snapshots.isEmpty() ? run.weeks().get(run.weeks().size() - 1)
                    : snapshots.get(snapshots.size() - 1)));
        } else {
            for (LocalDate d : mapDates) dates.add(map.nearestSnapshot(d));
        }
        // Queued after the animation's frames: this thread encodes those while the pool draws the rest.
        for (LocalDate d : dates) {
            String name = "map-" + d + ".png";
            drawing.add(CompletableFuture.runAsync(() -> PictureFiles.writePng(map.render(d, ControlMap.WIDTH),
                    runDir.resolve(name)), pool));
        }
        for (Chart c : chartList) {
            drawing.add(CompletableFuture.runAsync(() -> PictureFiles.writePng(c.picture(), c.width(), c.height(),
                    runDir.resolve(c.name() + ".png")), pool));
            drawing.add(CompletableFuture.runAsync(() -> PictureFiles.writeSvg(c.picture(), c.width(), c.height(),
                    runDir.resolve(c.name() + ".svg")), pool));
        }
        animation.write(runDir.resolve(ANIMATION));
        for (CompletableFuture<Void> f : drawing) join(f);

        for (Chart c : chartList) {
            written.add(c.name() + ".png");
            written.add(c.name() + ".svg");
            chartFigures.add(new HtmlReport.Figure(c.name() + ".png", c.name() + ".svg", c.heading(), c.caption()));
        }
        for (LocalDate d : dates) {
            String name = "map-" + d + ".png";
            written.add(name);
            mapFigures.add(new HtmlReport.Figure(name, null, "Control on " + d,
                    "Each cell in the colour of the actor that dominates it, paler where its hold is weaker; "
                            + "hatched grey where actors contest it, pale sand where nobody holds it."
                            + (run.places().isPresent() ? " Each place in the colour of its holder (white: nobody), its"
                            + " shape by kind; a dashed ring in the besieger's colour marks a siege." : "")));
        }
        written.add(ANIMATION);
        mapFigures.add(new HtmlReport.Figure(ANIMATION, null, "Control over time",
                "An animation of the cell map from " + frames.get(0) + " to " + frames.get(frames.size() - 1)
                        + ", " + frameStep(snapshots, frames) + "."));

        List<String> dataFiles = new ArrayList<>();
        for (String f : List.of(RunFiles.MANIFEST, RunFiles.SUMMARY, RunFiles.NATIONAL, RunFiles.REGIONS,
                RunFiles.REGIONS_PLAIN, RunFiles.CELLS, RunFiles.CELLS_PLAIN, RunFiles.EVENTS, RunFiles.FUEL,
                RunFiles.FUEL_PLAIN, RunFiles.PLACES, RunFiles.PLACES_PLAIN)) {
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

    /** A chart of the report: its file name, picture, size, heading and caption. */
    private record Chart(String name, Picture picture, int width, int height, String heading, String caption) {
    }

    /** The value of a task, its failure thrown as it was thrown in the task. */
    static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * The snapshots to animate: all of them if there are at most {@link #MAX_ANIMATION_FRAMES},
     * or every k-th (the smallest k that fits), keeping the first and the last, so that frames
     * are evenly spaced in time.
     */
    static List<LocalDate> frames(List<LocalDate> snapshots) {
        if (snapshots.size() <= MAX_ANIMATION_FRAMES) return snapshots;
        int step = step(snapshots.size());
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < snapshots.size(); i += step) out.add(snapshots.get(i));
        LocalDate last = snapshots.get(snapshots.size() - 1);
        if (!out.get(out.size() - 1).equals(last)) out.add(last);
        return out;
    }

    /** Every how many snapshots a frame is taken, so that at most {@link #MAX_ANIMATION_FRAMES} are. */
    private static int step(int snapshots) {
        // k such that ceil((n - 1) / k) + 1 frames, the last one added, stay within the limit
        return Math.max(1, (int) Math.ceil((snapshots - 1) / (double) (MAX_ANIMATION_FRAMES - 1)));
    }

    /** How the frames are spaced, for the caption. */
    private static String frameStep(List<LocalDate> snapshots, List<LocalDate> frames) {
        if (frames.size() < 2) return "one frame";
        long days = frames.get(1).toEpochDay() - frames.get(0).toEpochDay();
        String every = days % 7 == 0 ? (days / 7 == 1 ? "week" : days / 7 + " weeks") : days + " days";
        return frames.size() == snapshots.size() ? "one frame per snapshot, every " + every
                : "one frame every " + every;
    }
}
