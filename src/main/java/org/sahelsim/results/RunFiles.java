package org.sahelsim.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.sahelsim.model.observe.WeekRecord;

/**
 * What a run folder holds, described once: every file, its columns (or a JSON file's top-level
 * keys) in order, and how {@code national.csv}'s numbers are read from a week and written. The
 * writer ({@link RunWriter}) writes these and nothing else, the reader ({@link RunResults#read})
 * reads them, and a test holds {@code docs/OUTPUT.md}, the output contract, to this description.
 *
 * <p>Columns that name actors follow the run's {@link Actors}: {@code territory_<a>} for every
 * side and {@code contested}, {@code troops_<f>} for every force, a share column in
 * {@code cells.csv.gz} for every side.
 */
public final class RunFiles {
    public static final String NATIONAL = "national.csv";
    /** The regions' weeks, gzip-compressed (about a ninth of the plain size). */
    public static final String REGIONS = "regions.csv.gz";
    /** The regions' weeks as earlier versions wrote them, uncompressed; still read. */
    public static final String REGIONS_PLAIN = "regions.csv";
    /** The grid snapshots, gzip-compressed (about a sixth of the plain size). */
    public static final String CELLS = "cells.csv.gz";
    /** The grid snapshots as earlier versions wrote them, uncompressed; still read. */
    public static final String CELLS_PLAIN = "cells.csv";
    public static final String EVENTS = "events.csv";
    /** The depots' and corridors' weeks, gzip-compressed (about a fifth of the plain size). */
    public static final String FUEL = "fuel.csv.gz";
    /** The depots' and corridors' weeks as earlier versions wrote them, uncompressed; still read. */
    public static final String FUEL_PLAIN = "fuel.csv";
    /** The places that can be taken, gzip-compressed (about a twentieth of the plain size). */
    public static final String PLACES = "places.csv.gz";
    /** The places as earlier versions wrote them, uncompressed; still read. */
    public static final String PLACES_PLAIN = "places.csv";
    public static final String MANIFEST = "manifest.json";
    /**
     * The compression level of the run's {@code .gz} tables (zlib's 1 to 9; gzip's default is 6):
     * at 5 the grid's file is 1% larger than at 6 and takes about half the processor time, the
     * smaller tables are as small (docs/OUTPUT.md, "Compression"). The text is the same at any level.
     */
    public static final int GZIP_LEVEL = 5;
    public static final String SUMMARY = "summary.json";

    /** A gzip stream into {@code out} at {@link #GZIP_LEVEL}, with a 64 kB buffer. */
    static java.util.zip.GZIPOutputStream gzip(java.io.OutputStream out) throws java.io.IOException {
        return new java.util.zip.GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(GZIP_LEVEL);
            }
        };
    }

    /** Weeks between two grid snapshots in {@code cells.csv.gz} (about monthly); the final week is always one. */
    public static final int SNAPSHOT_WEEKS = 4;

    private RunFiles() {
    }

    /**
     * A file of the run folder.
     *
     * @param name   its name in the folder
     * @param fields its columns in order (CSV) or its top-level keys in order (JSON)
     */
    public record File(String name, List<String> fields) {
        public File {
            fields = List.copyOf(fields);
        }

        public boolean isCsv() {
            return name.endsWith(".csv") || name.endsWith(".csv.gz");
        }
    }

    /**
     * A numeric column of {@code national.csv}: its name, the decimals it is written with and
     * where a week's value comes from.
     */
    public record Column(String name, int decimals, ToDoubleFunction<WeekRecord> value) {
        /** The week's value as written. */
        public String format(WeekRecord week) {
            return fixed(value.applyAsDouble(week), decimals);
        }

        /** Appends the week's value as written. */
        public StringBuilder appendTo(StringBuilder b, WeekRecord week) {
            return appendFixed(b, value.applyAsDouble(week), decimals);
        }
    }

    /** Every file a run writes, in the order written. */
    public static List<File> files(Actors actors) {
        return List.of(
                new File(NATIONAL, nationalHeader(actors)),
                new File(REGIONS, REGION_COLUMNS),
                new File(CELLS, cellColumns(actors)),
                new File(FUEL, FUEL_COLUMNS),
                new File(PLACES, placeColumns(actors)),
                new File(EVENTS, EVENT_COLUMNS),
                new File(MANIFEST, MANIFEST_KEYS),
                new File(SUMMARY, SUMMARY_KEYS));
    }

    /** The file of this name, for these actors. */
    public static File file(String name, Actors actors) {
        for (File f : files(actors)) if (f.name().equals(name)) return f;
        throw new IllegalArgumentException("no run file called " + name);
    }

    /** {@code date,tick} and then every numeric column. */
    public static List<String> nationalHeader(Actors actors) {
        List<String> h = new ArrayList<>(List.of("date", "tick"));
        for (Column c : nationalColumns(actors)) h.add(c.name());
        return h;
    }

    /**
     * The numeric columns of {@code national.csv}, after {@code date} and {@code tick}. A week's
     * arrays are indexed by the position of the actor in {@code actors} (for the model's own
     * weeks, the {@code Side} and {@code Force} ordinals).
     */
    public static List<Column> nationalColumns(Actors actors) {
        List<Column> c = new ArrayList<>();
        List<Actor> territorial = actors.territorial();
        for (int i = 0; i < territorial.size(); i++) {
            int a = i;
            c.add(new Column("territory_" + territorial.get(i).key(), SHARE, w -> w.territory()[a]));
        }
        for (int i = 0; i < territorial.size(); i++) {
            int a = i;
            c.add(new Column("population_" + territorial.get(i).key(), SHARE, w -> w.population()[a]));
        }
        c.add(new Column("fuel_price_bamako", 1, WeekRecord::fuelPriceBamako));
        c.add(new Column("fuel_stock_bamako_days", 2, WeekRecord::fuelStockBamakoDays));
        c.add(new Column("violent_events", 0, WeekRecord::violentEvents));
        c.add(new Column("fatalities", 1, WeekRecord::fatalities));
        c.add(new Column("civilian_fatalities", 1, WeekRecord::civilianFatalities));
        for (int i = 0; i < actors.forces().size(); i++) {
            int f = i;
            c.add(new Column("troops_" + actors.forces().get(i).key(), 0, w -> w.troops()[f]));
        }
        c.add(new Column("junta_cohesion", SHARE, WeekRecord::cohesion));
        c.add(new Column("treasury_usd", 0, WeekRecord::treasuryUsd));
        c.add(new Column("grievance_state", SHARE, WeekRecord::meanGrievance));
        c.add(new Column("legitimacy", SHARE, WeekRecord::legitimacy));
        return c;
    }

    /** The numeric column called {@code name}, if there is one. */
    public static java.util.Optional<Column> nationalColumn(String name, Actors actors) {
        return nationalColumns(actors).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Decimals of every share. */
    public static final int SHARE = 6;

    /**
     * {@code regions.csv.gz}: a row per region, actor and week; {@code events} and {@code fatalities}
     * are the region's violence that week (the same on each of its rows).
     */
    public static final List<String> REGION_COLUMNS = List.of("date", "region", "actor", "territory", "population", "events", "fatalities");

    /**
     * {@code places.csv.gz}: every place in snapshot weeks, and in other weeks the places whose holder
     * or besieger changed; {@code holder} a side key or {@code none}; a garrison column per force;
     * then the place's name and position, so the file can be mapped on its own.
     */
    public static List<String> placeColumns(Actors actors) {
        List<String> h = new ArrayList<>(List.of("date", "place", "kind", "region", "holder"));
        for (String f : actors.forceKeys()) h.add("garrison_" + f);
        h.addAll(List.of("supply_days", "besieged_by", "roads_cut", "name", "lon", "lat", "how"));
        return h;
    }

    /** {@code date,col,row,lon,lat,region}, a share per side, {@code dominant}. */
    public static List<String> cellColumns(Actors actors) {
        List<String> h = new ArrayList<>(List.of("date", "col", "row", "lon", "lat", "region"));
        h.addAll(actors.sideKeys());
        h.add("dominant");
        return h;
    }

    public static final List<String> FUEL_COLUMNS = List.of("date", "kind", "id", "deliveries_litres", "convoys_sent",
            "convoys_lost", "tankers_lost", "stock_days", "price_cfa", "hit_lon", "hit_lat");

    public static final List<String> EVENT_COLUMNS = List.of("date", "type", "region", "actors", "description", "lon", "lat", "killed");

    /** The columns of {@link #EVENTS} every version has written; {@code lon}, {@code lat} and {@code killed} came later. */
    public static final List<String> EVENT_COLUMNS_FIRST = EVENT_COLUMNS.subList(0, 5);

    public static final List<String> MANIFEST_KEYS = List.of("scenario_id", "title", "question", "scenario_file",
            "scenario_sha256", "extends", "seed", "version", "first_date", "last_date", "period", "weeks", "grid",
            "snapshot_dates", "parameters", "events", "actors");

    public static final List<String> SUMMARY_KEYS = List.of("scenario", "seed", "start", "end", "territory_start",
            "territory_end", "population_start", "population_end", "territory_min_max", "violent_events",
            "fatalities", "civilian_fatalities", "fuel_price_bamako_peak", "fuel_price_bamako_peak_date",
            "fuel_stock_bamako_min_days", "troops_end", "coups", "events_by_type", "state_territory_change");

    /**
     * {@code v} with exactly {@code decimals} decimals, rounded half away from zero; empty for
     * NaN or infinity. Hand-rolled because String.format dominated the cost of recording a run;
     * the output is the same for the same double on every machine.
     */
    public static String fixed(double v, int decimals) {
        StringBuilder b = new StringBuilder(24);
        appendFixed(b, v, decimals);
        return b.toString();
    }

    /** Appends {@link #fixed fixed(v, decimals)} to {@code b}, making no string on the way. */
    public static StringBuilder appendFixed(StringBuilder b, double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return b;
        long scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        double scaled = Math.abs(v) * scale;
        if (scaled >= 9e15) return b.append(String.format(Locale.ROOT, "%." + decimals + "f", v));
        long units = Math.round(scaled);
        if (v < 0 && units != 0) b.append('-'); // no negative zero
        return appendUnits(b, units, scale, decimals);
    }

    /** Appends {@code units / scale} with {@code decimals} decimals ({@code scale = 10^decimals}, {@code units >= 0}). */
    static StringBuilder appendUnits(StringBuilder b, long units, long scale, int decimals) {
        b.append(units / scale);
        if (decimals > 0) {
            long frac = units % scale;
            b.append('.');
            for (long d = scale / 10; d > 1 && frac < d; d /= 10) b.append('0');
            b.append(frac);
        }
        return b;
    }
}
