package org.sahelsim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import org.sahelsim.classic.epstein.Census;

/**
 * The chart of a run of Epstein's civil-violence model, as the paper draws its Figs. 3, 9, 10 and
 * 11: the active and the jailed citizens tick by tick with the outburst line, the quiescent
 * below them, and at the bottom the two levers, legitimacy and the cops.
 */
public final class EpsteinChart {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 900;

    private static final ChartStyle FULL = new ChartStyle(1f);
    private static final BasicStroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED =
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);

    private EpsteinChart() {
    }

    /**
     * @param title     the scenario's title
     * @param subtitle  a line under it (the seed and what the run showed)
     * @param history   the census of every tick, from tick 0
     * @param threshold actives above which a run is in an outburst
     */
    public static Picture of(String title, String subtitle, List<Census> history, int threshold) {
        return (g, w, h) -> chart(title, subtitle, history, threshold).draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, w, h));
    }

    static JFreeChart chart(String title, String subtitle, List<Census> history, int threshold) {
        NumberAxis ticks = new NumberAxis("tick");
        ticks.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        ticks.setRange(0, Math.max(1, history.get(history.size() - 1).tick()));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ticks);
        combined.setGap(24);
        combined.add(rebels(history, threshold), 3);
        combined.add(quiescent(history), 1);
        combined.add(levers(history), 1);
        JFreeChart chart = new JFreeChart(title, FULL.title(), combined, true);
        chart.addSubtitle(new TextTitle(subtitle));
        FULL.apply(chart);
        return chart;
    }

    /** The actives and the jailed, with the outburst line: the paper's red and black curves. */
    private static XYPlot rebels(List<Census> history, int threshold) {
        XYSeries active = new XYSeries("active", false, false);
        XYSeries jailed = new XYSeries("jailed", false, false);
        for (Census c : history) {
            active.add(c.tick(), c.active());
            jailed.add(c.tick(), c.jailed());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(active);
        data.addSeries(jailed);
        XYPlot plot = new XYPlot(data, null, ChartStyle.countAxis("citizens"),
                lines(EpsteinPalette.ACTIVE, EpsteinPalette.JAILED));
        ValueMarker line = new ValueMarker(threshold, ChartStyle.INK, DASHED);
        line.setLabel("outburst: more than " + threshold + " active");
        line.setLabelFont(FULL.marker());
        line.setLabelPaint(ChartStyle.INK);
        line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(line, Layer.FOREGROUND);
        return plot;
    }

    /** The free citizens who stay quiet: everyone else. */
    private static XYPlot quiescent(List<Census> history) {
        XYSeries quiescent = new XYSeries("quiescent", false, false);
        for (Census c : history) quiescent.add(c.tick(), c.quiescent());
        NumberAxis axis = ChartStyle.countAxis("quiescent");
        axis.setAutoRangeIncludesZero(false);
        return new XYPlot(new XYSeriesCollection(quiescent), null, axis, lines(EpsteinPalette.QUIESCENT));
    }

    private static XYLineAndShapeRenderer lines(Color... colours) {
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < colours.length; i++) {
            lines.setSeriesPaint(i, colours[i]);
            lines.setSeriesStroke(i, LINE);
        }
        return lines;
    }

    private static XYPlot levers(List<Census> history) {
        XYSeries legitimacy = new XYSeries("legitimacy", false, false);
        XYSeries cops = new XYSeries("cops", false, false);
        int mostCops = 0;
        for (Census c : history) {
            legitimacy.add(c.tick(), c.legitimacy());
            cops.add(c.tick(), c.cops());
            mostCops = Math.max(mostCops, c.cops());
        }
        NumberAxis share = new NumberAxis("legitimacy");
        share.setRange(0, 1.05);
        share.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
        XYPlot plot = new XYPlot(new XYSeriesCollection(legitimacy), null, share, lines(EpsteinPalette.LEGITIMACY));
        NumberAxis count = ChartStyle.countAxis("cops");
        count.setRange(0, Math.max(1, mostCops) * 1.1);
        plot.setRangeAxis(1, count);
        plot.setDataset(1, new XYSeriesCollection(cops));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer black = new XYLineAndShapeRenderer(true, false);
        black.setSeriesPaint(0, EpsteinPalette.COP);
        black.setSeriesStroke(0, DASHED);
        plot.setRenderer(1, black);
        return plot;
    }
}
