package org.sahelsim.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two ensembles of the same seeds (or of the same draws of their parameters) compared over a window
 * of dates: for each metric, each scenario's mean over the window (mean over runs, with the
 * 5th–95th percentile across runs),
 * and the paired difference B − A with a 90% bootstrap interval. Pairing by seed uses common
 * random numbers: both scenarios see the same random draws until their paths diverge.
 */
public final class Comparison {
    /** One metric's comparison. */
    public record Row(Ensemble.Metric metric, double meanA, double p05A, double p95A,
                      double meanB, double p05B, double p95B, double diff, double diffLow, double diffHigh) {
        /** B relative to A, as a ratio of means. */
        public double ratio() {
            return meanA == 0 ? Double.NaN : meanB / meanA;
        }
    }

    private Comparison() {
    }

    public static List<Row> compare(Ensemble a, Ensemble b, LocalDate from, LocalDate to, List<Ensemble.Metric> metrics) {
        if (a.size() != b.size()) throw new IllegalArgumentException("ensembles must have the same seeds");
        List<Row> rows = new ArrayList<>();
        for (Ensemble.Metric m : metrics) {
            double[] va = a.windowMeans(m, from, to);
            double[] vb = b.windowMeans(m, from, to);
            double[] d = new double[va.length];
            for (int i = 0; i < d.length; i++) d[i] = vb[i] - va[i];
            double[] ci = Ensemble.bootstrapMeanInterval(d, 0.90, 2000, 20240901L + m.ordinal());
            rows.add(new Row(m, Ensemble.mean(va), Ensemble.quantile(va, 0.05), Ensemble.quantile(va, 0.95),
                    Ensemble.mean(vb), Ensemble.quantile(vb, 0.05), Ensemble.quantile(vb, 0.95),
                    Ensemble.mean(d), ci[0], ci[1]));
        }
        return rows;
    }

    /** The comparison as CSV. */
    public static String csv(List<Row> rows, String a, String b, LocalDate from, LocalDate to) {
        StringBuilder s = new StringBuilder("metric,window_from,window_to,scenario_a,mean_a,p05_a,p95_a,scenario_b,mean_b,p05_b,p95_b,diff_b_minus_a,diff_low90,diff_high90,ratio_b_over_a\n");
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%.6f,%.6f,%.6f,%s,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.4f%n",
                    r.metric().key(), from, to, a, r.meanA(), r.p05A(), r.p95A(), b, r.meanB(), r.p05B(), r.p95B(),
                    r.diff(), r.diffLow(), r.diffHigh(), r.ratio()));
        }
        return s.toString();
    }

    /** The comparison as a table for a terminal. */
    public static String table(List<Row> rows, String a, String b, LocalDate from, LocalDate to, int seeds) {
        return table(rows, a, b, from, to, seeds, "seeds");
    }

    /** As {@link #table(List, String, String, LocalDate, LocalDate, int)}, the runs being {@code runs} (seeds, or draws of the parameters). */
    public static String table(List<Row> rows, String a, String b, LocalDate from, LocalDate to, int n, String runs) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Weekly means from %s to %s over %d %s (5th-95th percentile across %s);%n", from, to, n, runs, runs));
        s.append(String.format(Locale.ROOT, "difference %s - %s with a 90%% bootstrap interval.%n%n", b, a));
        s.append(String.format(Locale.ROOT, "%-34s %-24s %-24s %-30s %s%n", "metric", a, b, "difference", "ratio"));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%-34s %-24s %-24s %-30s %.2f%n", r.metric().label(),
                    fmt(r.meanA()) + " [" + fmt(r.p05A()) + ", " + fmt(r.p95A()) + "]",
                    fmt(r.meanB()) + " [" + fmt(r.p05B()) + ", " + fmt(r.p95B()) + "]",
                    fmt(r.diff()) + " [" + fmt(r.diffLow()) + ", " + fmt(r.diffHigh()) + "]", r.ratio()));
        }
        return s.toString();
    }

    private static String fmt(double v) {
        double a = Math.abs(v);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 1) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
