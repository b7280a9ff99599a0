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

    private static final java.util.List<Color> COLOURS = java.util.List.of(OkabeIto.BLUE, OkabeIto.VERMILLION, OkabeIto.BLUISH_GREEN, OkabeIto.REDDISH_PURPLE);
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
                    org.jfree.chart.axis.DateTickUnitType.MONTH, (int) Math.max(1, Math.ceil(months / 12.0)), ChartStyle.monthYear()));
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(ChartStyle.GRID);
            plot.setRangeGridlinePaint(ChartStyle.GRID);
            JFreeChart chart = new JFreeChart(title, STYLE.title(), plot, true);
            chart.addSubtitle(new TextTitle(metricLabel + ": median over seeds, band from the 5th to the 95th percentile", STYLE.subtitle()));
            STYLE.apply(chart);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        };
    }

    /** A colour as it shows when painted with {@code alpha} on white. */
    private static Color blend(int rgb, float alpha) {
        Color c = new Color(rgb);
        return new Color(Math.round(255 + (c.getRed() - 255) * alpha), Math.round(255 + (c.getGreen() - 255) * alpha),
                Math.round(255 + (c.getBlue() - 255) * alpha));
    }

    /** One ensemble's weekly quantiles of a series: 5th, 25th, 50th, 75th and 95th percentiles. */
    public record Quantiles(List<LocalDate> dates, double[] p05, double[] p25, double[] p50, double[] p75, double[] p95) {
    }

    /**
     * The fan of one ensemble: the median as a line, the middle half of the runs as a dark band and
     * nine runs in ten as a light one; {@code percent} formats the axis as shares.
     */
    public static Picture ofQuantiles(String title, String metricLabel, String subtitle, Quantiles q, boolean percent) {
        return (g, w, h) -> {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            YIntervalSeries outer = new YIntervalSeries("5-95% of runs");
            YIntervalSeries inner = new YIntervalSeries("25-75% of runs, median");
            for (int i = 0; i < q.dates().size(); i++) {
                double x = ChartStyle.x(q.dates().get(i));
                outer.add(x, q.p50()[i], q.p05()[i], q.p95()[i]);
                inner.add(x, q.p50()[i], q.p25()[i], q.p75()[i]);
            }
            data.addSeries(outer);
            data.addSeries(inner);
            Color c = COLOURS.get(0);
            DeviationRenderer r = new DeviationRenderer(true, false);
            r.setSeriesPaint(0, new Color(c.getRed(), c.getGreen(), c.getBlue(), 0)); // the outer band has no line of its own
            r.setSeriesFillPaint(0, new Color(0xA6CEE3));
            r.setSeriesPaint(1, c);
            r.setSeriesFillPaint(1, new Color(0x4F90C2));
            r.setSeriesStroke(0, new BasicStroke(1f));
            r.setSeriesStroke(1, new BasicStroke(3f));
            r.setAlpha(0.55f);
            XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(),
                    percent ? ChartStyle.percentAxis(metricLabel, 0.1) : ChartStyle.countAxis(metricLabel), r);
            if (!percent) plot.getRangeAxis().setAutoRange(true);
            // The bands as boxes and the median as a line: the renderer's own legend would show two lines.
            org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
            java.awt.Shape box = new Rectangle2D.Double(-9, -9, 18, 18);
            legend.add(new org.jfree.chart.LegendItem("Median", null, null, null, new java.awt.geom.Line2D.Double(-12, 0, 12, 0),
                    new BasicStroke(3f), c));
            legend.add(new org.jfree.chart.LegendItem("Middle half of the runs (25-75%)", null, null, null, box, blend(0x4F90C2, 0.55f)));
            legend.add(new org.jfree.chart.LegendItem("Nine runs in ten (5-95%)", null, null, null, box, blend(0xA6CEE3, 0.55f)));
            plot.setFixedLegendItems(legend);
            long months = java.time.temporal.ChronoUnit.MONTHS.between(q.dates().get(0), q.dates().get(q.dates().size() - 1));
            ((org.jfree.chart.axis.DateAxis) plot.getDomainAxis()).setTickUnit(new org.jfree.chart.axis.DateTickUnit(
                    org.jfree.chart.axis.DateTickUnitType.MONTH, (int) Math.max(1, Math.ceil(months / 12.0)), ChartStyle.monthYear()));
            JFreeChart chart = new JFreeChart(title, STYLE.title(), plot, true);
            chart.addSubtitle(new TextTitle(subtitle, STYLE.subtitle()));
            STYLE.apply(chart);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        };
    }
}
