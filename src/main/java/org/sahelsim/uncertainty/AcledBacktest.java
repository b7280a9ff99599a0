package org.sahelsim.uncertainty;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sahelsim.model.world.Geography;
import org.sahelsim.data.CsvTable;
import org.sahelsim.data.DataFormatException;

/**
 * A back-test against an event export in ACLED's CSV layout (the Armed Conflict Location &amp; Event
 * Data Project's columns: {@code event_date}, {@code event_type}, {@code country},
 * {@code latitude}, {@code longitude}, {@code fatalities}, among others). Users bring their own
 * export; the project ships none. Political violence (battles, explosions and remote violence,
 * violence against civilians) in Mali is counted per model region (by each event's coordinates on
 * the scenario's map) and per model week, events and fatalities, over the weeks the export and the
 * scenario share. The ensemble's mean per region and week is compared with it: mean squared error,
 * and the skill score {@code 1 - MSE / MSE of climatology}, climatology being each region's
 * observed weekly mean over the window (1 is perfect, 0 no better than knowing each region's
 * average, below 0 worse). Also the ratio of the model's total to the observed total.
 */
public final class AcledBacktest {
    /** ACLED's event types that are political violence (the model's violent events). */
    static final Set<String> VIOLENT = Set.of("Battles", "Explosions/Remote violence", "Violence against civilians");
    private static final List<String> REQUIRED = List.of("event_date", "event_type", "latitude", "longitude", "fatalities");
    private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** The observed events and fatalities per region and week of a scenario's calendar. */
    public record Observed(List<LocalDate> dates, double[][] events, double[][] fatalities, int counted, int otherTypes, int outsideMap,
            int outsidePeriod, int firstWeek, int lastWeek) {
    }

    /** One line of the back-test: a region (or "mali") and a measure (events or fatalities). */
    public record Line(String region, String measure, int weeks, double observed, double model, double mse, double mseClimatology) {
        /** 1 - MSE / MSE of climatology; NaN when the observations do not vary. */
        public double skill() {
            return mseClimatology == 0 ? Double.NaN : 1 - mse / mseClimatology;
        }

        /** The model's total over the observed total. */
        public double ratio() {
            return observed == 0 ? Double.NaN : model / observed;
        }
    }

    private AcledBacktest() {
    }

    /**
     * Reads an export and counts its violent events in Mali per region and week of {@code dates}
     * (a run's weeks).
     *
     * @throws IllegalArgumentException naming the file, line and column of a bad field
     */
    public static Observed read(Path file, List<LocalDate> dates, Geography geography) {
        try {
            return count(CsvTable.read(file), dates, geography);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e); // it names the file, line and column
        }
    }

    private static Observed count(CsvTable table, List<LocalDate> dates, Geography geography) {
        for (String c : REQUIRED) {
            if (!table.has(c)) {
                throw new DataFormatException(table.file(), 1, 0, "found no column '" + c + "', expected ACLED's columns "
                        + String.join(", ", REQUIRED) + " (and country)");
            }
        }
        int regions = geography.regions().size();
        double[][] events = new double[regions][dates.size()];
        double[][] fatalities = new double[regions][dates.size()];
        int counted = 0;
        int other = 0;
        int outside = 0;
        int outsidePeriod = 0;
        int first = Integer.MAX_VALUE;
        int last = -1;
        boolean country = table.has("country");
        for (CsvTable.Row r : table.rows()) {
            if ((country && !r.text("country").strip().equals("Mali")) || !VIOLENT.contains(r.text("event_type").strip())) {
                other++;
                continue;
            }
            LocalDate date = date(r);
            double lat = r.decimal("latitude");
            double lon = r.decimal("longitude");
            double killed = r.decimal("fatalities");
            if (killed < 0) throw r.error("fatalities", "0 or more", r.text("fatalities"));
            long week = Math.floorDiv(ChronoUnit.DAYS.between(dates.get(0), date), 7);
            if (week < 0 || week >= dates.size()) {
                outsidePeriod++;
                continue;
            }
            int cell = geography.cellAt(lon, lat);
            if (cell < 0) {
                outside++;
                continue;
            }
            int g = geography.region(cell);
            events[g][(int) week] += 1;
            fatalities[g][(int) week] += killed;
            first = Math.min(first, (int) week);
            last = Math.max(last, (int) week);
            counted++;
        }
        if (counted == 0) {
            throw new DataFormatException(table.file(), 0, 0, "no violent event in Mali within the scenario's period (" + dates.get(0)
                    + " to " + dates.get(dates.size() - 1) + "): " + other + " rows of other countries or event types, " + outside
                    + " outside the map, " + outsidePeriod + " outside the period");
        }
        return new Observed(dates, events, fatalities, counted, other, outside, outsidePeriod, first, last);
    }

    private static LocalDate date(CsvTable.Row r) {
        String s = r.text("event_date").strip();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s, ACLED_DATE);
            } catch (DateTimeParseException e2) {
                throw r.error("event_date", "a date like 2024-01-15 or 15 January 2024", s);
            }
        }
    }

    /**
     * The back-test of an ensemble's runs (with their per-region series) against the observations,
     * over the weeks from the first to the last observed event: one line per region and measure,
     * then the national lines ("mali").
     */
    public static List<Line> compare(Observed observed, List<RunSeries> runs, List<String> regionIds) {
        List<Line> out = new ArrayList<>();
        int regions = regionIds.size();
        int from = observed.firstWeek();
        int to = observed.lastWeek();
        for (String measure : List.of("events", "fatalities")) {
            double[][] obs = measure.equals("events") ? observed.events() : observed.fatalities();
            double[][] model = new double[regions][obs[0].length];
            for (RunSeries s : runs) {
                double[][] m = measure.equals("events") ? s.regionEvents() : s.regionKilled();
                for (int g = 0; g < regions; g++) for (int t = from; t <= to; t++) model[g][t] += m[g][t] / runs.size();
            }
            double[] nationalObs = new double[obs[0].length];
            double[] nationalModel = new double[obs[0].length];
            double sse = 0;
            double sseClim = 0;
            double totalObs = 0;
            double totalModel = 0;
            for (int g = 0; g < regions; g++) {
                Line l = line(regionIds.get(g), measure, obs[g], model[g], from, to);
                out.add(l);
                sse += l.mse() * l.weeks();
                sseClim += l.mseClimatology() * l.weeks();
                totalObs += l.observed();
                totalModel += l.model();
                for (int t = from; t <= to; t++) {
                    nationalObs[t] += obs[g][t];
                    nationalModel[t] += model[g][t];
                }
            }
            int weeks = to - from + 1;
            out.add(new Line("all regions", measure, weeks * regions, totalObs, totalModel, sse / (weeks * regions), sseClim / (weeks * regions)));
            out.add(line("mali", measure, nationalObs, nationalModel, from, to));
        }
        return out;
    }

    private static Line line(String region, String measure, double[] obs, double[] model, int from, int to) {
        int n = to - from + 1;
        double mean = 0;
        for (int t = from; t <= to; t++) mean += obs[t] / n;
        double mse = 0;
        double clim = 0;
        double o = 0;
        double m = 0;
        for (int t = from; t <= to; t++) {
            mse += (model[t] - obs[t]) * (model[t] - obs[t]) / n;
            clim += (mean - obs[t]) * (mean - obs[t]) / n;
            o += obs[t];
            m += model[t];
        }
        return new Line(region, measure, n, o, m, mse, clim);
    }
}
