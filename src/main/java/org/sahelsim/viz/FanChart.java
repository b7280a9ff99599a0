package org.sahelsim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A fan chart comparing ensembles of runs: for each scenario its median over seeds as a line and
 * the band between the 5th and 95th percentiles, so a difference can be read against the spread.
 */
public final class FanChart {
    /** One scenario's ensemble of a weekly series. */
    public record Band(String label, List<LocalDate> dates, double[] p05, double[] p50, double[] p95) {
    }

    private static final java.util.List<Color> COLOURS = java.util.List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7));
    private static final ChartStyle STYLE = new ChartStyle(1f);

    private FanChart() {
    }

    /** The chart of {@code bands} for a metric; {@code percent} formats the axis as shares. */
    public static Picture of(String title, String metricLabel, List<Band> bands, boolean percent) {
        return (g, w, h) -> {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            for (Band b : bands) {
                YIntervalSeries s = new YIntervalSeries(b.label() + " (median, 5-95%)");
                for (int i = 0; i < b.dates().size(); i++) s.add(ChartStyle.x(b.dates().get(i)), b.p50()[i], b.p05()[i], b.p95()[i]);
                data.addSeries(s);
            }
            DeviationRenderer r = new DeviationRenderer(true, false);
            for (int i = 0; i < bands.size(); i++) {
                Color c = COLOURS.get(i % COLOURS.size());
                r.setSeriesPaint(i, c);
                r.setSeriesFillPaint(i, c);
                r.setSeriesStroke(i, new BasicStroke(3f));
            }
            r.setAlpha(0.22f);
            XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(),
                    percent ? ChartStyle.percentAxis(metricLabel, 0.1) : ChartStyle.countAxis(metricLabel), r);
            if (!percent) plot.getRangeAxis().setAutoRange(true);
            long months = java.time.temporal.ChronoUnit.MONTHS.between(bands.get(0).dates().get(0), bands.get(0).dates().get(bands.get(0).dates().size() - 1));
            ((org.jfree.chart.axis.DateAxis) plot.getDomainAxis()).setTickUnit(new org.jfree.chart.axis.DateTickUnit(
                    org.jfree.chart.axis.DateTickUnitType.MONTH, (int) Math.max(1, Math.ceil(months / 12.0))));
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(ChartStyle.GRID);
            plot.setRangeGridlinePaint(ChartStyle.GRID);
            JFreeChart chart = new JFreeChart(title, STYLE.title(), plot, true);
            chart.addSubtitle(new TextTitle(metricLabel + ": median over seeds, band from the 5th to the 95th percentile", STYLE.subtitle()));
            STYLE.apply(chart);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        };
    }
}
