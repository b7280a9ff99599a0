package org.sahelsim.viz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A run folder read into values: what the pictures and the report are drawn from. Reading
 * checks the output contract ({@code docs/OUTPUT.md}); a missing file or a bad value fails with
 * a {@link RunFormatException} naming the file, line and column.
 *
 * @param manifest  {@code manifest.json}
 * @param summary   {@code summary.json}, if present
 * @param national  {@code national.csv}, in date order
 * @param regions   {@code regions.csv}
 * @param cells     {@code cells.csv}
 * @param events    {@code events.csv}, in date order
 * @param fuel      {@code fuel.csv}, if present (optional file)
 */
public record RunData(Manifest manifest, Optional<Summary> summary, List<NationalWeek> national,
                      List<RegionShare> regions, List<CellControl> cells, List<RunEvent> events,
                      Optional<List<FuelRecord>> fuel) {

    public static final String NATIONAL = "national.csv";
    public static final String REGIONS = "regions.csv";
    public static final String CELLS = "cells.csv";
    public static final String EVENTS = "events.csv";
    public static final String FUEL = "fuel.csv";

    public RunData {
        national = List.copyOf(national);
        regions = List.copyOf(regions);
        cells = List.copyOf(cells);
        events = List.copyOf(events);
        fuel = fuel.map(List::copyOf);
    }

    /** Reads a run folder. */
    public static RunData read(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            throw new RunFormatException(runDir.toString(), 0, 0, "not a run folder (no such directory)");
        }
        Manifest manifest = Manifest.read(runDir.resolve(Manifest.FILE));
        Optional<Summary> summary = Summary.read(runDir.resolve(Summary.FILE));
        List<NationalWeek> national = readNational(CsvTable.read(runDir.resolve(NATIONAL)));
        List<RegionShare> regions = readRegions(CsvTable.read(runDir.resolve(REGIONS)));
        List<CellControl> cells = readCells(CsvTable.read(runDir.resolve(CELLS)));
        List<RunEvent> events = readEvents(CsvTable.read(runDir.resolve(EVENTS)));
        Optional<List<FuelRecord>> fuel = Files.exists(runDir.resolve(FUEL))
                ? Optional.of(readFuel(CsvTable.read(runDir.resolve(FUEL)))) : Optional.empty();
        return new RunData(manifest, summary, national, regions, cells, events, fuel);
    }

    /** The weeks' dates, first to last. */
    public List<LocalDate> weeks() {
        return national.stream().map(NationalWeek::date).toList();
    }

    /** The force ids that have a {@code troops_} column, in the file's order. */
    public List<String> forces() {
        return national.isEmpty() ? List.of() : List.copyOf(national.get(0).troops().keySet());
    }

    /** Region ids in the order they first appear in {@code regions.csv}. */
    public List<String> regionIds() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (RegionShare r : regions) ids.add(r.region());
        return List.copyOf(ids);
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

    /** Per region, per date, per actor: the region's shares (territory and population). */
    public Map<String, TreeMap<LocalDate, Map<String, RegionShare>>> regionSeries() {
        Map<String, TreeMap<LocalDate, Map<String, RegionShare>>> out = new LinkedHashMap<>();
        for (RegionShare r : regions) {
            out.computeIfAbsent(r.region(), k -> new TreeMap<>())
                    .computeIfAbsent(r.date(), k -> new HashMap<>())
                    .put(r.actor(), r);
        }
        return out;
    }

    private static List<NationalWeek> readNational(CsvTable t) {
        List<String> required = new ArrayList<>(List.of("date", "tick", "fuel_price_bamako",
                "fuel_stock_bamako_days", "violent_events", "fatalities", "civilian_fatalities"));
        for (String a : ActorPalette.TERRITORIAL) {
            required.add("territory_" + a);
            required.add("population_" + a);
        }
        t.require(required.toArray(String[]::new));
        List<String> forces = t.header().stream().filter(h -> h.startsWith("troops_"))
                .map(h -> h.substring("troops_".length())).toList();
        if (forces.isEmpty()) {
            throw new RunFormatException(t.file(), 1, 0, "expected troops_<force> columns; found none");
        }
        List<NationalWeek> out = new ArrayList<>();
        LocalDate previous = null;
        for (CsvTable.Row r : t.rows()) {
            Map<String, Double> territory = new HashMap<>();
            Map<String, Double> population = new HashMap<>();
            for (String a : ActorPalette.TERRITORIAL) {
                territory.put(a, r.share("territory_" + a));
                population.put(a, r.share("population_" + a));
            }
            Map<String, Double> troops = new LinkedHashMap<>();
            for (String f : forces) troops.put(f, r.number("troops_" + f));
            LocalDate date = r.date("date");
            if (previous != null && !date.isAfter(previous)) {
                throw r.bad("date", "a date after " + previous, date.toString());
            }
            previous = date;
            out.add(new NationalWeek(date, r.integer("tick"), territory, population,
                    r.number("fuel_price_bamako"), r.number("fuel_stock_bamako_days"),
                    r.number("violent_events"), r.number("fatalities"), r.number("civilian_fatalities"), troops));
        }
        if (out.isEmpty()) throw new RunFormatException(t.file(), 2, 0, "expected at least one week; the file has only a header");
        return out;
    }

    private static List<RegionShare> readRegions(CsvTable t) {
        t.require("date", "region", "actor", "territory", "population");
        List<RegionShare> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String actor = r.nonEmpty("actor");
            if (!ActorPalette.TERRITORIAL.contains(actor)) {
                throw r.bad("actor", "one of " + ActorPalette.TERRITORIAL, actor);
            }
            out.add(new RegionShare(r.date("date"), r.nonEmpty("region"), actor,
                    r.share("territory"), r.share("population")));
        }
        return out;
    }

    private static List<CellControl> readCells(CsvTable t) {
        t.require("date", "col", "row", "lon", "lat", "region", "state", "jnim", "is_sahel", "separatists", "dominant");
        List<CellControl> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String dominant = r.nonEmpty("dominant");
            if (!ActorPalette.TERRITORIAL.contains(dominant)) {
                throw r.bad("dominant", "one of " + ActorPalette.TERRITORIAL, dominant);
            }
            out.add(new CellControl(r.date("date"), r.integer("col"), r.integer("row"), r.number("lon"),
                    r.number("lat"), r.text("region").trim(), r.share("state"), r.share("jnim"),
                    r.share("is_sahel"), r.share("separatists"), dominant));
        }
        return out;
    }

    private static List<RunEvent> readEvents(CsvTable t) {
        t.require("date", "type", "region", "actors", "description");
        List<RunEvent> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            List<String> actors = new ArrayList<>();
            for (String a : r.text("actors").split(";")) if (!a.isBlank()) actors.add(a.trim());
            out.add(new RunEvent(r.date("date"), r.nonEmpty("type"), r.text("region").trim(), actors,
                    r.text("description").trim()));
        }
        out.sort(java.util.Comparator.comparing(RunEvent::date)); // stable: same-day order kept
        return out;
    }

    private static List<FuelRecord> readFuel(CsvTable t) {
        t.require("date", "kind", "id", "deliveries_litres", "convoys_sent", "convoys_lost", "tankers_lost",
                "stock_days", "price_cfa");
        List<FuelRecord> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            out.add(new FuelRecord(r.date("date"), r.nonEmpty("kind"), r.nonEmpty("id"),
                    optional(r, "deliveries_litres"), optional(r, "convoys_sent"), optional(r, "convoys_lost"),
                    optional(r, "tankers_lost"), optional(r, "stock_days"), optional(r, "price_cfa"),
                    t.has("hit_lon") ? optional(r, "hit_lon") : Double.NaN, t.has("hit_lat") ? optional(r, "hit_lat") : Double.NaN));
        }
        return out;
    }

    /** Fuel rows leave blank what does not apply (a corridor has no stock): read as NaN. */
    private static double optional(CsvTable.Row r, String column) {
        return r.text(column).isBlank() ? Double.NaN : r.number(column);
    }
}
