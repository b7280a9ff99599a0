package org.sahelsim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryLineAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A sensitivity chart: one horizontal bar per parameter, largest at the top (a tornado), each with
 * a whisker over its confidence interval, so that a reader sees both which parameters drive an
 * outcome and how sure the estimate is.
 */
public final class SensitivityChart {
    /** One parameter's bar: its label, the index, and the interval around it. */
    public record Bar(String label, double value, double low, double high) {
    }

    private static final ChartStyle STYLE = new ChartStyle(1f);

    private SensitivityChart() {
    }

    /** Bars in the order given (sort them first); {@code axisLabel} names the index. */
    public static Picture of(String title, String subtitle, String axisLabel, List<Bar> bars) {
        return (g, w, h) -> {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (Bar b : bars) data.addValue(b.value(), axisLabel, b.label());
            CategoryAxis categories = new CategoryAxis(null);
            categories.setTickLabelFont(STYLE.marker());
            categories.setTickLabelPaint(ChartStyle.INK);
            categories.setMaximumCategoryLabelWidthRatio(0.45f);
            categories.setCategoryMargin(0.25);
            NumberAxis values = new NumberAxis(axisLabel);
            values.setLabelFont(STYLE.axisLabel());
            values.setTickLabelFont(STYLE.tick());
            values.setLabelPaint(ChartStyle.INK);
            values.setTickLabelPaint(ChartStyle.INK);
            values.setAutoRangeIncludesZero(true);
            double hi = 0;
            double lo = 0;
            for (Bar b : bars) {
                hi = Math.max(hi, Math.max(b.value(), b.high()));
                lo = Math.min(lo, Math.min(b.value(), b.low()));
            }
            values.setRange(lo - 0.02 * (hi - lo + 1e-12), hi + 0.05 * (hi - lo + 1e-12));
            BarRenderer r = new BarRenderer();
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setSeriesPaint(0, OkabeIto.BLUE);
            r.setMaximumBarWidth(0.08);
            CategoryPlot plot = new CategoryPlot(data, categories, values, r);
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlineVisible(false);
            plot.setRangeGridlinePaint(ChartStyle.GRID);
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            for (Bar b : bars) {
                plot.addAnnotation(new CategoryLineAnnotation(b.label(), b.low(), b.label(), b.high(), ChartStyle.INK,
                        new BasicStroke(2.5f)));
            }
            JFreeChart chart = new JFreeChart(title, STYLE.title(), plot, false);
            chart.addSubtitle(new TextTitle(subtitle, STYLE.subtitle()));
            STYLE.apply(chart);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        };
    }
}
