package org.sahelsim.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sahelsim.data.CsvTable;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.WeekRecord;

/**
 * A run folder read back, the one reader of run folders (charts, maps, the report, comparisons,
 * the tests). Reading checks the output contract ({@link RunFiles}, {@code docs/OUTPUT.md}); a
 * missing file or a bad value fails with a {@link DataFormatException} at its file, line and
 * column. Weeks are the model's own {@link WeekRecord}s, their arrays indexed by the position of
 * each actor in {@link #actors()} and of each region in {@link #regions()}; events are the model's
 * {@link LoggedEvent}s.
 *
 * @param manifest {@code manifest.json}
 * @param summary  {@code summary.json}, if present
 * @param actors   the run's sides and forces: from the manifest, or for runs that did not record
 *                 them, the model's sides and the forces of the {@code troops_} columns
 * @param national {@code national.csv} with {@code regions.csv.gz}, in date order
 * @param regions  region ids, in the order they first appear in {@code regions.csv.gz}
 * @param cells    {@code cells.csv.gz} (or an older run's {@code cells.csv})
 * @param events   {@code events.csv}, in date order
 * @param fuel     {@code fuel.csv.gz}, if present (optional file)
 * @param places   {@code places.csv.gz} (or an older run's {@code places.csv}) in date order, if present
 *                 (runs written before places have none)
 */
public record RunResults(Manifest manifest, Optional<Summary> summary, Actors actors, List<WeekRecord> national,
                         List<String> regions, List<CellControl> cells, List<LoggedEvent> events,
                         Optional<List<FuelRecord>> fuel, Optional<List<PlaceRecord>> places) {
    /** The event type of an actor's strategic decision in {@code events.csv}. */
    public static final String DECISION = "decision";

    public RunResults {
        national = List.copyOf(national);
        regions = List.copyOf(regions);
        cells = List.copyOf(cells);
        events = List.copyOf(events);
        fuel = fuel.map(List::copyOf);
        places = places.map(List::copyOf);
    }

    /** Reads a run folder. */
    public static RunResults read(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            throw new DataFormatException(runDir.toString(), "not a run folder (no such directory)");
        }
        Manifest manifest = Manifest.read(runDir.resolve(RunFiles.MANIFEST));
        Optional<Summary> summary = Summary.read(runDir.resolve(RunFiles.SUMMARY));
        Path fuelFile = either(runDir, RunFiles.FUEL, RunFiles.FUEL_PLAIN);
        Path placesFile = either(runDir, RunFiles.PLACES, RunFiles.PLACES_PLAIN);
        return of(manifest, summary, () -> CsvTable.read(runDir.resolve(RunFiles.NATIONAL)),
                () -> CsvTable.read(either(runDir, RunFiles.REGIONS, RunFiles.REGIONS_PLAIN)),
                actors -> readCells(CsvTable.read(either(runDir, RunFiles.CELLS, RunFiles.CELLS_PLAIN)), actors),
                () -> CsvTable.read(runDir.resolve(RunFiles.EVENTS)),
                Files.exists(fuelFile) ? Optional.of(() -> CsvTable.read(fuelFile)) : Optional.empty(),
                Files.exists(placesFile) ? Optional.of(() -> CsvTable.read(placesFile)) : Optional.empty());
    }

    /**
     * A run's data from its files' contents, each read when its turn comes (so that the first
     * bad file found is the one {@link #read} has always reported): what {@link #read} reads from a
     * folder, and {@link RunWriter#results} hands over from memory.
     *
     * @param cells the grid's snapshots, given the run's actors
     */
    static RunResults of(Manifest manifest, Optional<Summary> summary, Supplier<CsvTable> nationalFile,
                         Supplier<CsvTable> regionsFile, Function<Actors, List<CellControl>> cells, Supplier<CsvTable> eventsFile,
                         Optional<Supplier<CsvTable>> fuelFile, Optional<Supplier<CsvTable>> placesFile) {
        CsvTable nationalTable = nationalFile.get();
        Actors actors = manifest.actors().orElseGet(() -> actorsOf(nationalTable));
        List<Week> weeks = readNational(nationalTable, actors);
        List<String> regions = new ArrayList<>();
        readRegions(regionsFile.get(), actors, weeks, regions);
        List<WeekRecord> national = new ArrayList<>();
        for (Week w : weeks) national.add(w.record(regions.size(), actors.territorial().size()));
        List<CellControl> cellRows = cells.apply(actors);
        List<LoggedEvent> events = readEvents(eventsFile.get());
        Optional<List<FuelRecord>> fuel = fuelFile.map(f -> readFuel(f.get()));
        Optional<List<PlaceRecord>> places = placesFile.map(f -> readPlaces(f.get(), actors));
        return new RunResults(manifest, summary, actors, national, regions, cellRows, events, fuel, places);
    }

    /**
     * A file the run writes compressed ({@code compressed}), or if the folder has only the plain
     * file earlier versions wrote ({@code plain}), that one; the compressed name if it has neither.
     */
    static Path either(Path runDir, String compressed, String plain) {
        Path gz = runDir.resolve(compressed);
        Path text = runDir.resolve(plain);
        return !Files.exists(gz) && Files.exists(text) ? text : gz;
    }

    /** The weeks' dates, first to last. */
    public List<LocalDate> weeks() {
        return national.stream().map(WeekRecord::date).toList();
    }

    /** The force keys of the {@code troops_} columns, in order. */
    public List<String> forces() {
        return actors.forceKeys();
    }

    /** The dates that have a cell snapshot, first to last. */
    public List<LocalDate> snapshotDates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (CellControl c : cells) dates.add(c.date());
        return List.copyOf(dates);
    }

    /** The cells of one snapshot; empty if there is none at that date. */
    public List<CellControl> snapshot(LocalDate date) {
        return cells.stream().filter(c -> c.date().equals(date)).toList();
    }

    /** A side's (or {@code contested}'s) share of a week's territory. */
    public double territory(WeekRecord week, String actor) {
        return week.territory()[territorialIndex(actor)];
    }

    /** A side's (or {@code contested}'s) share of a week's population. */
    public double population(WeekRecord week, String actor) {
        return week.population()[territorialIndex(actor)];
    }

    private int territorialIndex(String actor) {
        int i = actors.territorialIndex(actor);
        if (i < 0) throw new IllegalArgumentException("'" + actor + "' is not a side of this run: " + actors.territorialKeys());
        return i;
    }

    /**
     * Every place as it stood in the week of {@code date}: each place's last row on or before it,
     * in the order of the file's first rows; empty if the run has no places or none before that
     * date. Garrisons and supplies are as of the place's last row (all places have a row in each
     * snapshot week; between them only changes of holder or besieger are written).
     */
    public List<PlaceRecord> placesOn(LocalDate date) {
        if (places.isEmpty()) return List.of();
        Map<String, PlaceRecord> latest = new LinkedHashMap<>();
        for (PlaceRecord p : places.get()) {
            if (p.date().isAfter(date)) break;
            latest.put(p.id(), p);
        }
        return List.copyOf(latest.values());
    }

    /** The places that changed hands, in date order ({@link PlaceChange#in}); empty if the run has no places. */
    public List<PlaceChange> placeChanges() {
        return places.map(p -> PlaceChange.in(p, events)).orElse(List.of());
    }

    /** The decisions the actors took ({@code decision} events), in date order. */
    public List<LoggedEvent> decisions() {
        return events.stream().filter(e -> e.type().equals(DECISION)).toList();
    }

    /** Whether an event is one of the scenario's dated events (a withdrawal, sanctions...), which charts mark. */
    public static boolean isScenarioEvent(LoggedEvent e) {
        return e.type().startsWith("scenario");
    }

    // ---- reading -------------------------------------------------------------------------------

    /** A run that did not record its actors: the model's sides, and the forces of its troops_ columns. */
    private static Actors actorsOf(CsvTable national) {
        Actors standard = Actors.standard();
        List<Actor> forces = new ArrayList<>();
        for (String h : national.header()) {
            if (h.startsWith("troops_")) {
                String key = h.substring("troops_".length());
                forces.add(standard.forceKeys().contains(key) ? standard.force(key)
                        : new Actor(key, Actors.titleCase(key), "#777777", "", false));
            }
        }
        return new Actors(standard.sides(), standard.contested(),
                national.has("territory_" + Actors.UNGOVERNED) ? standard.ungoverned() : null, forces);
    }

    /** A row of national.csv, waiting for its regions. */
    private record Week(int tick, LocalDate date, double[] territory, double[] population, double price, double stock,
                        int violent, double fatalities, double civilians, double[] troops, double cohesion,
                        double treasury, double grievance, double legitimacy, Map<Integer, double[][]> regions,
                        Map<Integer, double[]> violence) {
        WeekRecord record(int regionCount, int actors) {
            double[][] rt = new double[regionCount][actors];
            double[][] rp = new double[regionCount][actors];
            for (var e : regions.entrySet()) {
                rt[e.getKey()] = e.getValue()[0];
                rp[e.getKey()] = e.getValue()[1];
            }
            int[] events = new int[regionCount];
            double[] killed = new double[regionCount];
            for (var e : violence.entrySet()) {
                events[e.getKey()] = (int) e.getValue()[0];
                killed[e.getKey()] = e.getValue()[1];
            }
            return new WeekRecord(tick, date, territory, population, rt, rp, price, stock, violent, fatalities, civilians,
                    troops, cohesion, treasury, grievance, legitimacy, events, killed);
        }
    }

    private static List<Week> readNational(CsvTable t, Actors actors) {
        List<String> territorial = actors.territorialKeys();
        List<String> required = new ArrayList<>(List.of("date", "tick", "fuel_price_bamako", "fuel_stock_bamako_days",
                "violent_events", "fatalities", "civilian_fatalities"));
        for (String a : territorial) {
            required.add("territory_" + a);
            required.add("population_" + a);
        }
        for (String f : actors.forceKeys()) required.add("troops_" + f);
        t.require(required.toArray(String[]::new));
        if (actors.forces().isEmpty()) {
            throw new DataFormatException(t.file(), 1, 0, "expected troops_<force> columns; found none");
        }
        List<Week> out = new ArrayList<>();
        LocalDate previous = null;
        for (CsvTable.Row r : t.rows()) {
            double[] territory = new double[territorial.size()];
            double[] population = new double[territorial.size()];
            for (int i = 0; i < territorial.size(); i++) {
                territory[i] = r.share("territory_" + territorial.get(i));
                population[i] = r.share("population_" + territorial.get(i));
            }
            double[] troops = new double[actors.forces().size()];
            for (int i = 0; i < troops.length; i++) troops[i] = r.decimal("troops_" + actors.forceKeys().get(i));
            LocalDate date = r.date("date");
            if (previous != null && !date.isAfter(previous)) throw r.error("date", "a date after " + previous);
            previous = date;
            out.add(new Week(r.whole("tick"), date, territory, population, r.decimal("fuel_price_bamako"),
                    r.decimal("fuel_stock_bamako_days"), r.whole("violent_events"), r.decimal("fatalities"),
                    r.decimal("civilian_fatalities"), troops, optional(t, r, "junta_cohesion"),
                    optional(t, r, "treasury_usd"), optional(t, r, "grievance_state"), optional(t, r, "legitimacy"),
                    new HashMap<>(), new HashMap<>()));
        }
        if (out.isEmpty()) throw new DataFormatException(t.file(), 2, 0, "expected at least one week; the file has only a header");
        return out;
    }

    /** A column later versions added: NaN in runs that do not have it, or where it is left empty. */
    private static double optional(CsvTable t, CsvTable.Row r, String column) {
        return t.has(column) ? r.optionalDecimal(column) : Double.NaN;
    }

    /**
     * Reads {@code regions.csv.gz} (or {@code regions.csv}, as earlier versions wrote it). Its violence columns ({@code events}, {@code fatalities}) came
     * with places and operations; in runs written before them each region's violence reads 0.
     */
    private static void readRegions(CsvTable t, Actors actors, List<Week> weeks, List<String> regions) {
        t.require("date", "region", "actor", "territory", "population");
        boolean violence = t.has("events") && t.has("fatalities");
        Map<LocalDate, Week> byDate = new HashMap<>();
        for (Week w : weeks) byDate.put(w.date(), w);
        Map<String, Integer> regionIndex = new LinkedHashMap<>();
        int n = actors.territorial().size();
        for (CsvTable.Row r : t.rows()) {
            String actor = r.required("actor");
            int a = actors.territorialIndex(actor);
            if (a < 0) throw r.error("actor", "one of " + actors.territorialKeys());
            Week w = byDate.get(r.date("date"));
            if (w == null) throw r.error("date", "the date of a week of " + RunFiles.NATIONAL);
            int g = regionIndex.computeIfAbsent(r.required("region"), k -> regionIndex.size());
            double[][] shares = w.regions().computeIfAbsent(g, k -> new double[2][n]);
            shares[0][a] = r.share("territory");
            shares[1][a] = r.share("population");
            if (violence) w.violence().put(g, new double[] {r.whole("events"), r.decimal("fatalities")});
        }
        regions.addAll(regionIndex.keySet());
    }

    private static List<CellControl> readCells(CsvTable t, Actors actors) {
        t.require(RunFiles.cellColumns(actors).toArray(String[]::new));
        List<String> sides = actors.sideKeys();
        List<CellControl> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String dominant = r.required("dominant");
            int d = actors.territorialIndex(dominant);
            if (d < 0) throw r.error("dominant", "one of " + actors.territorialKeys());
            double[] shares = new double[sides.size()];
            for (int i = 0; i < shares.length; i++) shares[i] = r.share(sides.get(i));
            out.add(new CellControl(r.date("date"), r.whole("col"), r.whole("row"), r.decimal("lon"), r.decimal("lat"),
                    r.text("region"), shares, dominant, d >= sides.size() ? -1 : d));
        }
        return out;
    }

    private static List<LoggedEvent> readEvents(CsvTable t) {
        t.require(RunFiles.EVENT_COLUMNS_FIRST.toArray(String[]::new));
        List<LoggedEvent> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            List<String> actors = new ArrayList<>();
            for (String a : r.text("actors").split(";")) if (!a.isBlank()) actors.add(a.trim());
            out.add(new LoggedEvent(r.date("date"), r.required("type"), r.text("region"), actors, r.text("description"),
                    optional(t, r, "lon"), optional(t, r, "lat"), optional(t, r, "killed")));
        }
        out.sort(Comparator.comparing(LoggedEvent::date)); // stable: same-day order kept
        return out;
    }

    /**
     * Reads {@code places.csv.gz} (or {@code places.csv}, as earlier versions wrote it). Its {@code name}, {@code lon}, {@code lat} and
     * {@code how} columns came after the file itself: in runs without them a place's name is its id
     * in words, its position unknown (NaN), so maps leave it out, and how it changed hands is told
     * from the rows and events ({@link PlaceChange#in}).
     */
    private static List<PlaceRecord> readPlaces(CsvTable t, Actors actors) {
        List<String> required = new ArrayList<>(List.of("date", "place", "kind", "region", "holder"));
        for (String f : actors.forceKeys()) required.add("garrison_" + f);
        required.addAll(List.of("supply_days", "besieged_by", "roads_cut"));
        t.require(required.toArray(String[]::new));
        boolean named = t.has("name");
        boolean located = t.has("lon") && t.has("lat");
        boolean told = t.has("how");
        String[] hows = java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                java.util.Arrays.stream(ChangeOfHands.values()).map(ChangeOfHands::word)).toArray(String[]::new);
        List<String> holders = new ArrayList<>(actors.sideKeys());
        holders.add(PlaceRecord.NOBODY);
        List<String> besiegers = new ArrayList<>(actors.sideKeys());
        besiegers.add("");
        List<PlaceRecord> out = new ArrayList<>();
        LocalDate previous = null;
        for (CsvTable.Row r : t.rows()) {
            LocalDate date = r.date("date");
            if (previous != null && date.isBefore(previous)) throw r.error("date", "a date on or after " + previous);
            previous = date;
            String id = r.id("place");
            double[] garrison = new double[actors.forces().size()];
            for (int f = 0; f < garrison.length; f++) {
                garrison[f] = r.decimal("garrison_" + actors.forceKeys().get(f));
                if (garrison[f] < 0) throw r.error("garrison_" + actors.forceKeys().get(f), "a number of troops >= 0");
            }
            String name = named && !r.text("name").isBlank() ? r.text("name") : PlaceRecord.nameFor(id);
            double lon = located ? r.optionalDecimal("lon") : Double.NaN;
            double lat = located ? r.optionalDecimal("lat") : Double.NaN;
            out.add(new PlaceRecord(date, id, name, r.id("kind"), r.text("region"), lon, lat,
                    r.oneOf("holder", holders.toArray(String[]::new)), garrison, r.decimal("supply_days"),
                    r.oneOf("besieged_by", besiegers.toArray(String[]::new)), r.whole("roads_cut"),
                    told ? ChangeOfHands.ofWord(r.oneOf("how", hows)) : null));
        }
        return out;
    }

    private static List<FuelRecord> readFuel(CsvTable t) {
        t.require("date", "kind", "id", "deliveries_litres", "convoys_sent", "convoys_lost", "tankers_lost",
                "stock_days", "price_cfa");
        List<FuelRecord> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            out.add(new FuelRecord(r.date("date"), r.required("kind"), r.required("id"),
                    r.optionalDecimal("deliveries_litres"), r.optionalDecimal("convoys_sent"),
                    r.optionalDecimal("convoys_lost"), r.optionalDecimal("tankers_lost"), r.optionalDecimal("stock_days"),
                    r.optionalDecimal("price_cfa"), optional(t, r, "hit_lon"), optional(t, r, "hit_lat")));
        }
        return out;
    }
}
