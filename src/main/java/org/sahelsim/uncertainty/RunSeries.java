package org.sahelsim.uncertainty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.results.Actors;
import org.sahelsim.results.RunFiles;

/**
 * What a study keeps of one run instead of a run folder: every weekly national series of
 * {@code national.csv}, rounded as that file writes them, plus the state's share of Bamako
 * district, the tankers destroyed in the week and the civilians the state's side (the army and its
 * Russian partners) killed in the week; the number of coups; and, when asked, the
 * violent events and the people killed per region and week. Rounding to the file's precision
 * means a series read back from a file is the same series, so results gathered from many
 * machines equal those of one.
 *
 * @param dates         the weeks' first days
 * @param values        {@code [series][week]}, series in the order of {@link #keys()}
 * @param coups         coups by the end of the run
 * @param regionEvents  {@code [region][week]} violent events, or null
 * @param regionKilled  {@code [region][week]} people killed, or null
 */
public record RunSeries(List<LocalDate> dates, double[][] values, int coups, double[][] regionEvents,
        double[][] regionKilled) {

    /** The share of Bamako district's area the state dominates (the capital "held"). */
    public static final String BAMAKO_STATE = "territory_state_bamako";
    /** Tankers destroyed in the week, on every leg of the fuel's roads. */
    public static final String TANKERS_LOST = "tankers_lost";
    /**
     * Civilians the state's side killed in the week (FAMa, the Russians and their partners of the day:
     * the incidents {@code events.csv} logs against {@code state}), what ACLED counts as killed "in
     * incidents involving Wagner and the Malian army".
     */
    public static final String CIVILIANS_KILLED_STATE = "civilian_fatalities_state";

    private static final List<RunFiles.Column> COLUMNS = RunFiles.nationalColumns(Actors.standard());
    private static final List<String> KEYS = build();

    private static List<String> build() {
        List<String> k = new ArrayList<>(COLUMNS.stream().map(RunFiles.Column::name).toList());
        k.add(BAMAKO_STATE);
        k.add(TANKERS_LOST);
        k.add(CIVILIANS_KILLED_STATE);
        return List.copyOf(k);
    }

    /** The series' names: the columns of {@code national.csv}, then {@link #BAMAKO_STATE}, {@link #TANKERS_LOST} and {@link #CIVILIANS_KILLED_STATE}. */
    public static List<String> keys() {
        return KEYS;
    }

    /** The index of a series, or -1. */
    public static int indexOf(String key) {
        return KEYS.indexOf(key);
    }

    /** Decimals a series keeps (those of {@code national.csv}; six for Bamako's share, none for tankers and civilians). */
    public static int decimals(int series) {
        if (series < COLUMNS.size()) return COLUMNS.get(series).decimals();
        return series == COLUMNS.size() ? 6 : 0;
    }

    /** The weekly values of a series by name. */
    public double[] series(String key) {
        int i = indexOf(key);
        if (i < 0) throw new IllegalArgumentException("no series '" + key + "'");
        return values[i];
    }

    public int weeks() {
        return dates.size();
    }

    /** The first days of the weeks of a run from {@code start} to {@code end}, as the model's calendar counts them. */
    public static List<LocalDate> weekDates(LocalDate start, LocalDate end) {
        org.sahelsim.model.Calendar c = new org.sahelsim.model.Calendar(start, end);
        List<LocalDate> d = new ArrayList<>(c.weeks());
        for (int t = 0; t < c.weeks(); t++) d.add(c.date(t));
        return d;
    }

    /** {@code v} rounded to {@code decimals} as the output files write it, read back. */
    public static double quantize(double v, int decimals) {
        String text = RunFiles.fixed(v, decimals);
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    /** {@code v} written with {@code decimals} decimals, as the output files write numbers. */
    public static String format(double v, int decimals) {
        return RunFiles.fixed(v, decimals);
    }

    /** Builds the series of one run as it goes. */
    public static final class Recorder implements RunObserver {
        private final int bamako;
        private final boolean regions;
        private final int regionCount;
        private final int[] regionOf;
        private final List<LocalDate> dates = new ArrayList<>();
        private final List<double[]> rows = new ArrayList<>();
        private final List<double[]> events = new ArrayList<>();
        private final List<double[]> killed = new ArrayList<>();
        private int coups;

        /**
         * @param bamako      the index of Bamako district among the map's regions
         * @param regionOf    each cell's region index (used when {@code regions} is true)
         * @param regionCount the number of regions
         * @param regions     whether to keep events and people killed per region
         */
        public Recorder(int bamako, int[] regionOf, int regionCount, boolean regions) {
            this.bamako = bamako;
            this.regionOf = regionOf;
            this.regionCount = regionCount;
            this.regions = regions;
        }

        @Override
        public void week(WeekRecord r, WorldState w) {
            dates.add(r.date());
            double[] row = new double[KEYS.size()];
            for (int i = 0; i < COLUMNS.size(); i++) row[i] = quantize(COLUMNS.get(i).value().applyAsDouble(r), COLUMNS.get(i).decimals());
            row[COLUMNS.size()] = quantize(r.regionTerritory()[bamako][Side.STATE.ordinal()], 6);
            row[COLUMNS.size() + 1] = w.fuel == null ? 0 : w.fuel.weekTankersLost();
            row[COLUMNS.size() + 2] = w.weekCiviliansKilledBy[Side.STATE.ordinal()];
            rows.add(row);
            coups = w.coups;
            if (regions) {
                double[] e = new double[regionCount];
                double[] k = new double[regionCount];
                for (int g = 0; g < regionCount; g++) {
                    e[g] = r.regionEvents()[g];
                    k[g] = r.regionFatalities()[g];
                }
                for (int g = 0; g < regionCount; g++) k[g] = quantize(k[g], 1);
                events.add(e);
                killed.add(k);
            }
        }

        /** The run's series, once it has ended. */
        public RunSeries series() {
            double[][] values = new double[KEYS.size()][rows.size()];
            for (int t = 0; t < rows.size(); t++) for (int s = 0; s < KEYS.size(); s++) values[s][t] = rows.get(t)[s];
            return new RunSeries(List.copyOf(dates), values, coups, regions ? transpose(events) : null,
                    regions ? transpose(killed) : null);
        }

        private double[][] transpose(List<double[]> byWeek) {
            double[][] out = new double[regionCount][byWeek.size()];
            for (int t = 0; t < byWeek.size(); t++) for (int g = 0; g < regionCount; g++) out[g][t] = byWeek.get(t)[g];
            return out;
        }
    }
}
