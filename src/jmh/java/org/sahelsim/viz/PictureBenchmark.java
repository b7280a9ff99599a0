package org.sahelsim.viz;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.results.RunResults;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The pictures of a default run (seed 1), each kind measured apart: reading the run folder back,
 * each chart as PNG (drawn and encoded) and as SVG, the full-size map, one animation frame
 * (drawn and given the palette's indices), the whole animation, the report's HTML, and the whole
 * report on one and on two threads. The run is simulated and its data files written once.
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests package && java -jar target/benchmarks.jar PictureBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PictureBenchmark {

    /** A default run's folder with its data files, read back, and the atlas overlay. */
    @State(Scope.Benchmark)
    public static class Run {
        Path dir;
        RunResults data;
        MapOverlay overlay;
        ControlMap map;
        ControlMap.Frames frames;
        FramePalette palette;
        List<LocalDate> snapshots;
        int next;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("default", List.of());
            Path root = Files.createTempDirectory("sahelsim-bench");
            dir = new ScenarioRun(entry, 1, ScenarioRun.geographyFor(entry)).simulate().write(root, null);
            data = RunResults.read(dir);
            overlay = AtlasOverlay.of(MaliAtlas.load());
            map = new ControlMap(data, overlay);
            frames = map.frames(ControlAnimation.FRAME_WIDTH);
            palette = FramePalette.forControlMap(map.sides());
            snapshots = map.snapshotDates();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(dir.getParent())) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }

        /** The snapshots in turn, so that frames differ from one call to the next. */
        LocalDate nextSnapshot() {
            next = (next + 1) % snapshots.size();
            return snapshots.get(next);
        }
    }

    /** Which chart. */
    @State(Scope.Benchmark)
    public static class Chart {
        @Param({"control", "population", "regions", "fuel", "forces", "violence"})
        public String chart;

        Picture picture;
        int width;
        int height;

        @Setup(Level.Trial)
        public void setUp(Run run) {
            RunCharts charts = new RunCharts(run.data);
            picture = switch (chart) {
                case "control" -> charts.control();
                case "population" -> charts.population();
                case "regions" -> charts.regions(false);
                case "fuel" -> charts.fuel();
                case "forces" -> charts.forces();
                case "violence" -> charts.violence();
                default -> throw new IllegalArgumentException(chart);
            };
            boolean regions = chart.equals("regions");
            width = regions ? RunCharts.REGIONS_WIDTH : RunCharts.WIDTH;
            height = regions ? RunCharts.REGIONS_HEIGHT : RunCharts.HEIGHT;
        }
    }

    /** How many threads draw the whole report. */
    @State(Scope.Benchmark)
    public static class Threads {
        @Param({"1", "2"})
        public int threads;
    }

    private static int png(BufferedImage image) {
        try {
            ImageIO.write(image, "png", OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image.getRGB(image.getWidth() / 2, image.getHeight() / 2);
    }

    /** Reading the data files back, as {@code sahelsim report} does. */
    @Benchmark
    public RunResults readRunFolder(Run run) {
        return RunResults.read(run.dir);
    }

    /** A chart drawn on a raster and encoded as PNG. */
    @Benchmark
    public int chartPng(Chart chart) {
        return png(PictureFiles.raster(chart.picture, chart.width, chart.height));
    }

    /** A chart drawn as an SVG document. */
    @Benchmark
    public int chartSvg(Chart chart) {
        return PictureFiles.svg(chart.picture, chart.width, chart.height).length();
    }

    /** The full-size map of the final week, drawn and encoded as PNG. */
    @Benchmark
    public int map(Run run) {
        return png(run.map.render(run.snapshots.get(run.snapshots.size() - 1), ControlMap.WIDTH));
    }

    /** One animation frame: drawn over the shared layers and turned into palette indices. */
    @Benchmark
    public byte[] animationFrame(Run run) {
        return run.palette.indices(run.frames.render(run.nextSnapshot()));
    }

    /** The whole animation on the calling thread: layers, every frame, the GIF file. */
    @Benchmark
    public long animation(Run run) throws IOException {
        Path gif = run.dir.resolve(ReportBuilder.ANIMATION);
        ControlAnimation.write(run.map, ReportBuilder.frames(run.snapshots), gif);
        return Files.size(gif);
    }

    /** The report's page. */
    @Benchmark
    public int html(Run run) {
        return new HtmlReport(run.data, List.of(), List.of(), List.of()).html().length();
    }

    /** Every picture and the report, written into the run folder, as a run draws them. */
    @Benchmark
    public int report(Run run, Threads threads) {
        return ReportBuilder.build(run.dir, run.data, List.of(), run.overlay, threads.threads).files().size();
    }
}
