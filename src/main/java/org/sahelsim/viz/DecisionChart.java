package org.sahelsim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * When decisions were taken: one row per decision, a dot for each run that took it, at the date it
 * did (spread a little up and down so that runs on the same date stay visible), and a black
 * diamond at the date it was taken in history. A reader sees at a glance which decisions the model
 * takes, how often, and how far from the record.
 */
public final class DecisionChart {
    /**
     * One decision's row.
     *
     * @param label words for the axis (the share of runs is added)
     * @param real  the date it was taken in history, or null
     * @param taken the date each run that took it first did
     * @param runs  the runs made
     */
    public record Row(String label, LocalDate real, List<LocalDate> taken, int runs) {
        public Row {
            taken = List.copyOf(taken);
        }
    }

    private static final ChartStyle STYLE = new ChartStyle(1f);

    private DecisionChart() {
    }

    /** The rows top to bottom, between {@code from} and {@code to}. */
    public static Picture of(String title, String subtitle, List<Row> rows, LocalDate from, LocalDate to) {
        return (g, w, h) -> {
            XYSeries runs = new XYSeries("a run that took the decision", false, true);
            XYSeries history = new XYSeries("when it was taken in history", false, true);
            String[] labels = new String[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                double y = rows.size() - 1 - i;
                labels[(int) y] = r.label() + "  (" + r.taken().size() + " of " + r.runs() + ")";
                int n = r.taken().size();
                for (int k = 0; k < n; k++) {
                    // A fixed spread within the row, in the order of the dates: the same picture every time.
                    double spread = n == 1 ? 0 : 0.5 * k / (n - 1) - 0.25;
                    runs.add(ChartStyle.x(r.taken().get(k)), y + spread);
                }
                if (r.real() != null) history.add(ChartStyle.x(r.real()), y);
            }
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(runs);
            data.addSeries(history);
            SymbolAxis decisions = new SymbolAxis(null, labels);
            decisions.setTickLabelFont(STYLE.marker());
            decisions.setTickLabelPaint(ChartStyle.INK);
            decisions.setGridBandsVisible(true);
            decisions.setGridBandPaint(new Color(0xF4F4F4));
            decisions.setRange(-0.6, rows.size() - 0.4);
            DateAxis dates = ChartStyle.dateAxis();
            dates.setRange(ChartStyle.x(from.minusMonths(2)), ChartStyle.x(to.plusMonths(2))); // room for a dot at either end
            java.text.SimpleDateFormat year = new java.text.SimpleDateFormat("yyyy", java.util.Locale.ENGLISH);
            year.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
            dates.setTickUnit(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR, 1, year));
            dates.setTickLabelFont(STYLE.tick());
            dates.setTickLabelPaint(ChartStyle.INK);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            r.setSeriesPaint(0, withAlpha(OkabeIto.BLUE, 150));
            r.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
            r.setSeriesPaint(1, ChartStyle.INK);
            r.setSeriesShape(1, diamond(11));
            r.setSeriesOutlineStroke(1, new BasicStroke(2f));
            XYPlot plot = new XYPlot(data, dates, decisions, r);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlineVisible(false);
            plot.setDomainGridlinePaint(ChartStyle.GRID);
            plot.setRangeGridlinesVisible(false);
            JFreeChart chart = new JFreeChart(title, STYLE.title(), plot, true);
            chart.addSubtitle(new TextTitle(subtitle, STYLE.subtitle()));
            STYLE.apply(chart);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        };
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}
