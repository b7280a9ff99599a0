package org.sahelsim.viz;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

/**
 * How charts look: big type for a projector, a white background, light grid lines. One place, so
 * that every chart of a run looks like the others.
 */
final class ChartStyle {
    static final String FONT = Font.SANS_SERIF;
    static final Color INK = new Color(0x222222);
    static final Color GRID = new Color(0xDDDDDD);

    private final float scale;

    /** @param scale 1 for a full-size chart; smaller for small multiples */
    ChartStyle(float scale) {
        this.scale = scale;
    }

    Font title() { return new Font(FONT, Font.BOLD, size(34)); }

    Font subtitle() { return new Font(FONT, Font.PLAIN, size(22)); }

    Font axisLabel() { return new Font(FONT, Font.PLAIN, size(22)); }

    Font tick() { return new Font(FONT, Font.PLAIN, size(19)); }

    Font legend() { return new Font(FONT, Font.PLAIN, size(22)); }

    Font marker() { return new Font(FONT, Font.PLAIN, size(17)); }

    int size(int points) {
        return Math.max(9, Math.round(points * scale));
    }

    /** Milliseconds of the date's midnight in UTC: the x value of a week in every chart. */
    static double x(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static DateAxis dateAxis() {
        // A TimeZone can be changed, so each axis gets its own rather than sharing a static one.
        TimeZone utc = TimeZone.getTimeZone("UTC");
        DateAxis axis = new DateAxis(null, utc, Locale.ENGLISH);
        axis.setStandardTickUnits(DateAxis.createStandardDateTickUnits(utc, Locale.ENGLISH));
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    /** Ticks that read "Jul 2021" whatever the machine's locale, in UTC like the axis. */
    static java.text.DateFormat monthYear() {
        java.text.SimpleDateFormat f = new java.text.SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    static NumberAxis percentAxis(String label, double step) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(step, NumberFormat.getPercentInstance(Locale.ENGLISH)));
        return axis;
    }

    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** Applies fonts and colours to a chart, its legend and all its plots' axes. */
    JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(size(10), size(10), size(10), size(52))); // room for a date label on the last tick
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(title());
            chart.getTitle().setPaint(INK);
        }
        for (Object o : chart.getSubtitles()) {
            if (o instanceof TextTitle t) {
                t.setFont(subtitle());
                t.setPaint(new Color(0x555555));
            } else if (o instanceof LegendTitle l) {
                l.setItemFont(legend());
                l.setItemPaint(INK);
                l.setPosition(RectangleEdge.BOTTOM);
                l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
                l.setItemLabelPadding(new RectangleInsets(2, size(6), 2, size(20)));
            }
        }
        if (chart.getPlot() instanceof CombinedDomainXYPlot c) {
            style(c);
            for (Object sub : c.getSubplots()) style((XYPlot) sub);
        } else if (chart.getPlot() instanceof XYPlot p) {
            style(p);
        }
        return chart;
    }

    private void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (plot.getDomainAxis() != null) style(plot.getDomainAxis());
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) style(plot.getRangeAxis(i));
        }
    }

    private void style(ValueAxis axis) {
        axis.setLabelFont(axisLabel());
        axis.setTickLabelFont(tick());
        axis.setLabelPaint(INK);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(new Color(0x888888));
        axis.setTickMarkPaint(new Color(0x888888));
        if (axis instanceof NumberAxis) {
            // Generous insets make the axis choose fewer ticks: a projector needs air between them.
            axis.setTickLabelInsets(new RectangleInsets(size(9), size(6), size(9), size(6)));
        } else if (axis instanceof DateAxis) {
            // The same for dates, side by side: without it "Sep-2021Jan-2022" run together.
            axis.setTickLabelInsets(new RectangleInsets(size(4), size(18), size(4), size(18)));
        }
    }
}
