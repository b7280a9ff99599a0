package org.sahelsim.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.output.RunFolder;
import org.sahelsim.output.RunRecorder;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * One run of a scenario with a seed, from the loaded scenario to a published output folder. A
 * run is a pure function of (scenario, seed): it shares nothing with other runs, so many can
 * execute in parallel in one JVM.
 */
public final class ScenarioRun {
    /** Weeks between two grid snapshots in cells.csv (about monthly). */
    public static final int SNAPSHOT_WEEKS = 4;

    private final ScenarioLibrary.Entry entry;
    private final long seed;
    private final Geography geography;
    private SahelSim sim;
    private RunRecorder recorder;

    public ScenarioRun(ScenarioLibrary.Entry entry, long seed, Geography geography) {
        this.entry = entry;
        this.seed = seed;
        this.geography = geography;
    }

    /** Builds the map for a scenario's grid. */
    public static Geography geographyFor(ScenarioLibrary.Entry entry) {
        return Rasteriser.build(MaliAtlas.load(), entry.scenario().grid().cellDegrees());
    }

    /** Runs the simulation to the end, in memory; {@code also} observe it beside the recorder. */
    public ScenarioRun simulate(RunObserver... also) {
        sim = new SahelSim(entry.scenario(), geography, seed);
        recorder = new RunRecorder(geography, SNAPSHOT_WEEKS).dominance(entry.scenario().control().dominance());
        sim.addObserver(recorder);
        for (RunObserver o : also) sim.addObserver(o);
        sim.runToEnd();
        return this;
    }

    public SahelSim sim() {
        return sim;
    }

    public RunRecorder recorder() {
        return recorder;
    }

    public List<WeekRecord> weeks() {
        return recorder.weeks();
    }

    public List<LoggedEvent> events() {
        return sim.eventLog().events();
    }

    /**
     * Writes the run's files into a new folder under {@code outputRoot} and returns it. The
     * folder appears only when complete.
     *
     * @param pictures renders the pictures into the staging folder (null: none)
     */
    public Path write(Path outputRoot, PictureMaker pictures) throws IOException {
        String name = entry.scenario().id() + "-seed" + seed;
        RunFolder folder = RunFolder.open(outputRoot, name);
        try {
            Path dir = folder.staging();
            write(dir.resolve("national.csv"), recorder.nationalCsv());
            write(dir.resolve("regions.csv"), recorder.regionsCsv());
            write(dir.resolve("cells.csv"), recorder.cellsCsv());
            write(dir.resolve("fuel.csv"), recorder.fuelCsv());
            write(dir.resolve("places.csv"), recorder.placesCsv());
            write(dir.resolve("events.csv"), eventsCsv());
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            write(dir.resolve("manifest.json"), json.writeValueAsString(manifest()) + "\n");
            write(dir.resolve("summary.json"), json.writeValueAsString(summary()) + "\n");
            if (pictures != null) pictures.draw(dir, geography);
            return folder.publish();
        } catch (IOException | RuntimeException e) {
            folder.discard();
            throw e;
        }
    }

    /** Draws pictures from a run folder's files. */
    @FunctionalInterface
    public interface PictureMaker {
        void draw(Path runDir, Geography geography) throws IOException;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    String eventsCsv() {
        StringBuilder b = new StringBuilder("date,type,region,actors,description\n");
        for (LoggedEvent e : events()) {
            b.append(e.date()).append(',').append(csv(e.type())).append(',').append(csv(e.region())).append(',')
                    .append(csv(String.join(";", e.actors()))).append(',').append(csv(e.description())).append('\n');
        }
        return b.toString();
    }

    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }

    Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        var s = entry.scenario();
        m.put("scenario_id", s.id());
        m.put("title", s.title());
        m.put("question", s.question());
        m.put("scenario_file", entry.sourceName());
        m.put("scenario_sha256", entry.sha256());
        m.put("extends", entry.extendsChain());
        m.put("seed", seed);
        m.put("version", "SahelSim " + version());
        m.put("first_date", weeks().get(0).date().toString());
        m.put("last_date", weeks().get(weeks().size() - 1).date().toString());
        m.put("period", List.of(s.period().start().toString(), s.period().end().toString()));
        m.put("weeks", weeks().size());
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("lon_min", geography.lonMin());
        grid.put("lat_max", geography.latMax());
        grid.put("cell_degrees", geography.cellDegrees());
        grid.put("width", geography.width());
        grid.put("height", geography.height());
        grid.put("cells", geography.cellCount());
        m.put("grid", grid);
        m.put("snapshot_dates", recorder.snapshotDates().stream().map(LocalDate::toString).toList());
        m.put("parameters", entry.catalog().manifestRows(entry.sources()));
        List<Map<String, Object>> ev = new ArrayList<>();
        for (var e : s.eventsOrEmpty()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", e.date().toString());
            row.put("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
            row.put("target", e.target());
            row.put("value", e.value());
            row.put("label", e.label());
            row.put("source", e.source());
            ev.add(row);
        }
        m.put("events", ev);
        return m;
    }

    Map<String, Object> summary() {
        List<WeekRecord> w = weeks();
        WeekRecord first = w.get(0);
        WeekRecord last = w.get(w.size() - 1);
        List<String> keys = RunRecorder.keys();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", entry.scenario().id());
        m.put("seed", seed);
        m.put("start", first.date().toString());
        m.put("end", last.date().toString());
        m.put("territory_start", shares(keys, first.territory()));
        m.put("territory_end", shares(keys, last.territory()));
        m.put("population_start", shares(keys, first.population()));
        m.put("population_end", shares(keys, last.population()));
        Map<String, Object> minMax = new LinkedHashMap<>();
        for (int a = 0; a < keys.size(); a++) {
            double lo = 1;
            double hi = 0;
            for (WeekRecord r : w) {
                lo = Math.min(lo, r.territory()[a]);
                hi = Math.max(hi, r.territory()[a]);
            }
            minMax.put(keys.get(a), List.of(round(lo), round(hi)));
        }
        m.put("territory_min_max", minMax);
        double fat = 0;
        double civ = 0;
        long events = 0;
        double peakPrice = 0;
        String peakDate = "";
        double minStock = Double.POSITIVE_INFINITY;
        for (WeekRecord r : w) {
            fat += r.fatalities();
            civ += r.civilianFatalities();
            events += r.violentEvents();
            if (r.fuelPriceBamako() > peakPrice) {
                peakPrice = r.fuelPriceBamako();
                peakDate = r.date().toString();
            }
            minStock = Math.min(minStock, r.fuelStockBamakoDays());
        }
        m.put("violent_events", events);
        m.put("fatalities", Math.round(fat));
        m.put("civilian_fatalities", Math.round(civ));
        m.put("fuel_price_bamako_peak", Math.round(peakPrice));
        m.put("fuel_price_bamako_peak_date", peakDate);
        m.put("fuel_stock_bamako_min_days", round(minStock));
        Map<String, Object> troops = new LinkedHashMap<>();
        for (Force f : Force.values()) troops.put(f.key(), Math.round(last.troops()[f.ordinal()]));
        m.put("troops_end", troops);
        m.put("coups", sim.world().coups);
        Map<String, Integer> byType = new TreeMap<>();
        for (LoggedEvent e : events()) byType.merge(e.type(), 1, Integer::sum);
        m.put("events_by_type", byType);
        m.put("state_territory_change", round(last.territory()[Side.STATE.ordinal()] - first.territory()[Side.STATE.ordinal()]));
        return m;
    }

    private static Map<String, Object> shares(List<String> keys, double[] v) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) m.put(keys.get(i), round(v[i]));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** The software version from the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = ScenarioRun.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
