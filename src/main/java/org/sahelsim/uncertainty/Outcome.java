package org.sahelsim.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The outcomes of one run that studies report, rank and score: where control ends, the cost in
 * lives, the worst of the fuel crisis, and the events people ask the probability of. Each is read
 * from the run's {@link RunSeries}; events are 1 when they happen and 0 when not, so that their
 * mean over an ensemble is their probability.
 */
public enum Outcome {
    TERRITORY_STATE_END("territory_state_end", "State's share of territory at the end", 6, s -> last(s, "territory_state")),
    TERRITORY_JNIM_END("territory_jnim_end", "JNIM's share of territory at the end", 6, s -> last(s, "territory_jnim")),
    TERRITORY_IS_SAHEL_END("territory_is_sahel_end", "IS Sahel's share of territory at the end", 6, s -> last(s, "territory_is_sahel")),
    TERRITORY_SEPARATISTS_END("territory_separatists_end", "Separatists' share of territory at the end", 6,
            s -> last(s, "territory_separatists")),
    TERRITORY_CONTESTED_END("territory_contested_end", "Contested share of territory at the end", 6, s -> last(s, "territory_contested")),
    POPULATION_STATE_END("population_state_end", "Share of people under the state at the end", 6, s -> last(s, "population_state")),
    TERRITORY_STATE_MIN("territory_state_min", "State's lowest share of territory", 6, s -> min(s.series("territory_state"))),
    VIOLENT_EVENTS("violent_events", "Violent events, whole run", 0, s -> sum(s.series("violent_events"))),
    FATALITIES("fatalities", "People killed, whole run", 1, s -> sum(s.series("fatalities"))),
    CIVILIAN_FATALITIES("civilian_fatalities", "Civilians killed, whole run", 1, s -> sum(s.series("civilian_fatalities"))),
    FUEL_PRICE_PEAK("fuel_price_bamako_peak", "Peak fuel price in Bamako (CFA/L)", 1, s -> max(s.series("fuel_price_bamako"))),
    FUEL_STOCK_MIN("fuel_stock_bamako_min_days", "Lowest fuel stock in Bamako (days)", 2, s -> min(s.series("fuel_stock_bamako_days"))),
    WEEKS_STOCK_BELOW_7("weeks_bamako_stock_below_7_days", "Longest spell of Bamako's stock below 7 days (weeks)", 0,
            s -> longestRun(s.series("fuel_stock_bamako_days"), 7)),
    JNIM_TROOPS_END("troops_jnim_end", "JNIM fighters at the end", 0, s -> last(s, "troops_jnim")),
    COUPS("coups", "Coups", 0, s -> s.coups()),
    STATE_HOLDS_BAMAKO("state_holds_bamako_end", "The state still holds Bamako at the end", 0,
            s -> last(s, RunSeries.BAMAKO_STATE) >= 0.5 ? 1 : 0),
    COUP_BY_END("coup_by_end", "A coup by the end", 0, s -> s.coups() > 0 ? 1 : 0),
    JNIM_HOLDS_MORE("jnim_holds_more_than_state_end", "JNIM holds more territory than the state at the end", 0,
            s -> last(s, "territory_jnim") > last(s, "territory_state") ? 1 : 0),
    STOCK_BELOW_7_FOR_A_MONTH("bamako_stock_below_7_days_for_a_month", "Bamako's fuel stock below 7 days for a month (4 weeks running)", 0,
            s -> longestRun(s.series("fuel_stock_bamako_days"), 7) >= 4 ? 1 : 0);

    private final String key;
    private final String label;
    private final int decimals;
    private final ToDoubleFunction<RunSeries> read;

    Outcome(String key, String label, int decimals, ToDoubleFunction<RunSeries> read) {
        this.key = key;
        this.label = label;
        this.decimals = decimals;
        this.read = read;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether the outcome is an event (1 or 0), whose ensemble mean is a probability. */
    public boolean isEvent() {
        return ordinal() >= STATE_HOLDS_BAMAKO.ordinal();
    }

    /** The outcome of a run, rounded as {@code outcomes.csv} writes it. */
    public double of(RunSeries s) {
        return RunSeries.quantize(read.applyAsDouble(s), decimals);
    }

    /** The value as {@code outcomes.csv} writes it. */
    public String format(double v) {
        return RunSeries.format(v, decimals);
    }

    /** Every outcome of a run, in declaration order. */
    public static double[] all(RunSeries s) {
        Outcome[] all = values();
        double[] v = new double[all.length];
        for (int i = 0; i < all.length; i++) v[i] = all[i].of(s);
        return v;
    }

    /** The outcome called {@code key}. */
    public static Outcome of(String key) {
        for (Outcome o : values()) if (o.key.equals(key)) return o;
        List<String> keys = new ArrayList<>();
        for (Outcome o : values()) keys.add(o.key);
        throw new IllegalArgumentException("no outcome '" + key + "'; expected one of: " + String.join(", ", keys));
    }

    private static double last(RunSeries s, String key) {
        double[] v = s.series(key);
        return v[v.length - 1];
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) m = Math.min(m, x);
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) m = Math.max(m, x);
        return m;
    }

    private static double sum(double[] v) {
        double m = 0;
        for (double x : v) m += x;
        return m;
    }

    /** The longest run of consecutive weeks with a value below {@code threshold}. */
    static int longestRun(double[] v, double threshold) {
        int best = 0;
        int run = 0;
        for (double x : v) {
            run = x < threshold ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
