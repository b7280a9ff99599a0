package org.sahelsim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.sahelsim.model.Force;
import org.sahelsim.model.observe.WeekRecord;

/**
 * The weekly national series of {@code national.csv} (after {@code date} and {@code tick}), in
 * file order, each with how it is read from a week and the decimals it is written with. Run
 * folders write them; ensembles keep them per run and summarise them week by week.
 */
public final class NationalColumns {

    /** One series: its column name, how to read it from a week, and its fixed decimals. */
    public record Column(String key, int decimals, ToDoubleFunction<WeekRecord> read) {
        /** The week's value as the file writes it. */
        public String format(double v) {
            return RunRecorder.num(v, decimals);
        }

        /** The value rounded to what the file keeps, so that a value read back from the file is the same double. */
        public double quantize(double v) {
            String text = format(v);
            return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        }
    }

    private static final List<Column> ALL = build();

    private NationalColumns() {
    }

    private static List<Column> build() {
        List<Column> c = new ArrayList<>();
        List<String> keys = RunRecorder.keys();
        for (int a = 0; a < keys.size(); a++) {
            final int i = a;
            c.add(new Column("territory_" + keys.get(a), 6, r -> r.territory()[i]));
        }
        for (int a = 0; a < keys.size(); a++) {
            final int i = a;
            c.add(new Column("population_" + keys.get(a), 6, r -> r.population()[i]));
        }
        c.add(new Column("fuel_price_bamako", 1, WeekRecord::fuelPriceBamako));
        c.add(new Column("fuel_stock_bamako_days", 2, WeekRecord::fuelStockBamakoDays));
        c.add(new Column("violent_events", 0, WeekRecord::violentEvents));
        c.add(new Column("fatalities", 1, WeekRecord::fatalities));
        c.add(new Column("civilian_fatalities", 1, WeekRecord::civilianFatalities));
        for (Force f : Force.values()) c.add(new Column("troops_" + f.key(), 0, r -> r.troops()[f.ordinal()]));
        c.add(new Column("junta_cohesion", 6, WeekRecord::cohesion));
        c.add(new Column("treasury_usd", 0, WeekRecord::treasuryUsd));
        c.add(new Column("grievance_state", 6, WeekRecord::meanGrievance));
        return List.copyOf(c);
    }

    /** Every series, in file order. */
    public static List<Column> all() {
        return ALL;
    }

    /** The column names, in file order. */
    public static List<String> keys() {
        return ALL.stream().map(Column::key).toList();
    }

    /** The index of a series by its column name, or -1. */
    public static int indexOf(String key) {
        for (int i = 0; i < ALL.size(); i++) if (ALL.get(i).key().equals(key)) return i;
        return -1;
    }

    /** The header of {@code national.csv}. */
    public static String header() {
        return "date,tick," + String.join(",", keys());
    }

    /** Appends a week's row (without the line end) as {@code national.csv} writes it. */
    public static void appendRow(StringBuilder b, WeekRecord r) {
        b.append(r.date()).append(',').append(r.tick());
        for (Column c : ALL) b.append(',').append(c.format(c.read().applyAsDouble(r)));
    }
}
