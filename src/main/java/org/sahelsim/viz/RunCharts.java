package org.sahelsim.viz;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.results.Actor;
import org.sahelsim.results.Actors;
import org.sahelsim.results.FuelRecord;
import org.sahelsim.results.RunResults;

/**
 * The charts of a run, drawn from its {@link RunResults}: control and population over time,
 * per-region small multiples, fuel in Bamako, forces and violence. Each method returns a
 * {@link Picture} so the same drawing goes to PNG and SVG. Labels and colours are the run's
 * actors' ({@link Actors}).
 */
public final class RunCharts {
    /** Size of a full chart, in pixels. */
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 900;
    /** Size of the regions page. */
    public static final int REGIONS_WIDTH = 2400;
    public static final int REGIONS_HEIGHT = 1500;

    /** A marker label is this many characters at most, cut at a word. */
    static final int MARKER_LABEL_CHARS = 46;

    private static final ChartStyle FULL = new ChartStyle(1f);
    /** Import corridors' lines (Okabe–Ito, then black), repeated with dashes beyond seven. */
    private static final List<Color> CORRIDOR_COLOURS = OkabeIto.SERIES;
    private static final Color WEEKLY_BAR = new Color(0xA9A9A9);
    private static final BasicStroke MARKER_STROKE =
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{8f, 5f}, 0f);

    private final RunResults run;
    /** The weeks to draw: a one-week run is drawn as a band from its Monday to the next. */
    private final List<WeekRecord> weeks;

    public RunCharts(RunResults run) {
        this.run = run;
        List<WeekRecord> w = run.national();
        if (w.size() == 1) {
            WeekRecord only = w.get(0);
            w = List.of(only, new WeekRecord(only.tick(), only.date().plusWeeks(1), only.territory(),
                    only.population(), only.regionTerritory(), only.regionPopulation(), only.fuelPriceBamako(),
                    only.fuelStockBamakoDays(), only.violentEvents(), only.fatalities(), only.civilianFatalities(),
                    only.troops(), only.cohesion(), only.treasuryUsd(), only.meanGrievance(), only.legitimacy(),
                    only.regionEvents(), only.regionFatalities()));
        }
        this.weeks = w;
    }

    private String title() {
        return run.manifest().title();
    }

    /** National share of area under each actor, stacked, with the scenario's events marked. */
    public Picture control() {
        return chartPicture(stackedShares(false, "Territory: share of Mali's area under each actor"));
    }

    /** National share of population under each actor, stacked, with the scenario's events marked. */
    public Picture population() {
        return chartPicture(stackedShares(true, "Population: share of Mali's people living under each actor"));
    }

    /**
     * A chart built afresh each time it is painted: at each size (marker labels are thinned for the
     * pixels available), and for each painter, so that a PNG and an SVG can be drawn at once on
     * two threads (a JFreeChart keeps layout state while it draws).
     */
    private static Picture chartPicture(java.util.function.IntFunction<JFreeChart> chart) {
        return (g, w, h) -> chart.apply(w).draw(g, new Rectangle2D.Double(0, 0, w, h));
    }

    /** @param population false for the share of area, true for the share of population */
    private java.util.function.IntFunction<JFreeChart> stackedShares(boolean population, String subtitle) {
        return width -> {
            List<Actor> layers = run.actors().territorial();
            double[] x = new double[weeks.size()];
            double[][] shares = new double[layers.size()][weeks.size()];
            for (int i = 0; i < weeks.size(); i++) {
                WeekRecord w = weeks.get(i);
                x[i] = ChartStyle.x(w.date());
                for (int a = 0; a < shares.length; a++) shares[a][i] = (population ? w.population() : w.territory())[a];
            }
            XYPlot plot = stackedPlot(x, shares, layers,
                    ChartStyle.percentAxis(population ? "share of population" : "share of area", 0.1));
            JFreeChart chart = new JFreeChart(title(), FULL.title(), plot, true);
            chart.addSubtitle(new TextTitle(subtitle));
            FULL.apply(chart);
            markScenarioEvents(plot, width);
            return chart;
        };
    }

    /**
     * The actors' shares stacked from the bottom in the order of {@code layers}. Layer k is the
     * sum of the first k + 1 shares, filled down to zero; the layers are painted top first, so
     * each band between two layers shows in its actor's colour. One filled shape per actor, not
     * one per week: the SVG stays small and has no seams between weeks.
     *
     * @param x      the x value of each point (see {@link ChartStyle#x})
     * @param shares per actor, its share at each point
     */
    private static XYPlot stackedPlot(double[] x, double[][] shares, List<Actor> layers, NumberAxis range) {
        XYSeriesCollection data = new XYSeriesCollection();
        double[] layer = new double[x.length];
        for (int a = 0; a < shares.length; a++) {
            XYSeries s = new XYSeries(layers.get(a).label(), false, true);
            for (int i = 0; i < x.length; i++) layer[i] += shares[a][i];
            for (int i = 0; i < x.length; i++) {
                // a point in the middle of a flat stretch adds nothing to the shape
                boolean flat = i > 0 && i < x.length - 1 && layer[i - 1] == layer[i] && layer[i + 1] == layer[i];
                if (!flat) s.add(x[i], layer[i], false);
            }
            data.addSeries(s);
        }
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        for (int i = 0; i < layers.size(); i++) {
            renderer.setSeriesPaint(i, colour(layers.get(i)));
        }
        renderer.setOutline(false);
        renderer.setLegendArea(new Rectangle(-11, -11, 22, 22));
        XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(), range, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE); // the highest layer first
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(255, 255, 255, 120));
        plot.setForegroundAlpha(1f);
        return plot;
    }

    /**
     * Draws a dashed vertical line at each scenario event and, where there is room, a short
     * label written upwards beside it; labels that would overlap the previous one are left out
     * (the report's event table has them all).
     */
    private void markScenarioEvents(XYPlot plot, int chartWidth) {
        List<LoggedEvent> events = run.events().stream().filter(RunResults::isScenarioEvent).toList();
        if (events.isEmpty() || weeks.size() < 2) return;
        double x0 = ChartStyle.x(weeks.get(0).date());
        double x1 = ChartStyle.x(weeks.get(weeks.size() - 1).date());
        double pixelsPerMs = chartWidth * 0.85 / (x1 - x0); // the plot takes most of the chart's width
        double minGapPx = FULL.marker().getSize() * 1.6;
        double lastLabelled = Double.NEGATIVE_INFINITY;
        for (LoggedEvent e : events) {
            double x = ChartStyle.x(e.date());
            if (x < x0 || x > x1) continue;
            ValueMarker m = new ValueMarker(x, ChartStyle.INK, MARKER_STROKE);
            plot.addDomainMarker(m, org.jfree.ui.Layer.FOREGROUND);
            if ((x - lastLabelled) * pixelsPerMs < minGapPx || (x - x0) * pixelsPerMs < minGapPx) continue;
            lastLabelled = x;
            XYTextAnnotation label = new XYTextAnnotation(" " + shortLabel(e.description()) + " ", x, 0.985);
            label.setFont(FULL.marker());
            label.setPaint(ChartStyle.INK);
            label.setBackgroundPaint(new Color(255, 255, 255, 215));
            label.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
            label.setRotationAnchor(TextAnchor.BOTTOM_RIGHT);
            label.setRotationAngle(-Math.PI / 2);
            plot.addAnnotation(label);
        }
    }

    /** The description cut at a word to fit a marker, with an ellipsis when cut. */
    static String shortLabel(String description) {
        String s = description.strip();
        int stop = s.indexOf(". ");
        if (stop > 0 && stop <= MARKER_LABEL_CHARS) s = s.substring(0, stop);
        int clause = s.indexOf(", ");
        if (s.length() > MARKER_LABEL_CHARS && clause > MARKER_LABEL_CHARS / 3 && clause <= MARKER_LABEL_CHARS) {
            s = s.substring(0, clause); // a whole clause reads better than a cut one
        }
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        if (s.length() <= MARKER_LABEL_CHARS) return s;
        int cut = s.lastIndexOf(' ', MARKER_LABEL_CHARS - 1);
        if (cut < MARKER_LABEL_CHARS / 2) cut = MARKER_LABEL_CHARS - 1;
        return s.substring(0, cut).stripTrailing() + "…";
    }

    /**
     * One small stacked-area chart per region on one page, with a shared legend in the last
     * slot.
     *
     * @param population false for the share of area, true for the share of population
     */
    public Picture regions(boolean population) {
        List<Actor> layers = run.actors().territorial();
        return (g, width, height) -> regionPanels(g, width, height, population
                ? "Share of each region's population under each actor" : "Share of each region's area under each actor",
                i -> {
                    // the weeks drawn: a one-week run is drawn as a band from its Monday to the next
                    double[] x = new double[weeks.size()];
                    double[][] shares = new double[layers.size()][weeks.size()];
                    for (int k = 0; k < weeks.size(); k++) {
                        x[k] = ChartStyle.x(weeks.get(k).date());
                        for (int a = 0; a < shares.length; a++) {
                            shares[a][k] = (population ? weeks.get(k).regionPopulation() : weeks.get(k).regionTerritory())[i][a];
                        }
                    }
                    return stackedPlot(x, shares, layers, ChartStyle.percentAxis(null, 0.25));
                }, box -> drawActorLegend(g, box));
    }

    /**
     * A page of small multiples: the run's title and {@code subtitle} on top, then a panel per
     * region (its name over the plot {@code panel} gives for the region's index), and {@code key}
     * drawn in the slot after the last.
     */
    private void regionPanels(Graphics2D g, int width, int height, String subtitle,
                              java.util.function.IntFunction<org.jfree.chart.plot.Plot> panel,
                              java.util.function.Consumer<Rectangle2D> key) {
        List<String> regions = run.regions();
        int slots = regions.size() + 1;
        int cols = slots <= 4 ? slots : (slots <= 9 ? 3 : 4);
        int rows = (slots + cols - 1) / cols;
        ChartStyle small = new ChartStyle(0.8f);
        int titleHeight = Math.round(height * 0.08f);
        g.setColor(ChartStyle.INK);
        g.setFont(FULL.title());
        drawCentred(g, title(), width / 2, FULL.title().getSize() + 10);
        g.setFont(FULL.subtitle());
        g.setColor(new Color(0x555555));
        drawCentred(g, subtitle, width / 2, FULL.title().getSize() + 20 + FULL.subtitle().getSize());
        double cw = (double) width / cols;
        double ch = (double) (height - titleHeight) / rows;
        for (int i = 0; i < regions.size(); i++) {
            JFreeChart chart = new JFreeChart(regionName(regions.get(i)), small.subtitle(), panel.apply(i), false);
            small.apply(chart);
            chart.getTitle().setFont(new Font(ChartStyle.FONT, Font.BOLD, small.size(26)));
            chart.draw(g, new Rectangle2D.Double((i % cols) * cw, titleHeight + (i / cols) * ch, cw, ch));
        }
        int last = regions.size();
        key.accept(new Rectangle2D.Double((last % cols) * cw, titleHeight + (last / cols) * ch, cw, ch));
    }

    /** A region id as people write it; ids are lower-case ascii like {@code segou}. */
    static String regionName(String id) {
        return switch (id) {
            case "segou" -> "Ségou";
            case "menaka" -> "Ménaka";
            case "taoudenit" -> "Taoudénit";
            default -> Actors.titleCase(id);
        };
    }

    private void drawActorLegend(Graphics2D g, Rectangle2D box) {
        List<Actor> layers = run.actors().territorial();
        Font font = new Font(ChartStyle.FONT, Font.PLAIN, 26);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int swatch = 34;
        int line = Math.max(swatch, fm.getHeight()) + 16;
        int n = layers.size();
        double y = box.getCenterY() - n * line / 2.0;
        double x = box.getX() + box.getWidth() * 0.2;
        for (int i = n - 1; i >= 0; i--) { // top of the stack first, as in the charts
            Actor actor = layers.get(i);
            g.setColor(colour(actor));
            g.fillRect((int) x, (int) y, swatch, swatch);
            g.setColor(ChartStyle.INK);
            g.drawString(actor.label(), (int) x + swatch + 16,
                    (int) y + swatch / 2 + fm.getAscent() / 2 - 3);
            y += line;
        }
    }

    private static void drawCentred(Graphics2D g, String text, int cx, int baseline) {
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, cx - w / 2, baseline);
    }

    /** Troops by force over time, one line per force; foreign forces dashed. */
    public Picture forces() {
        return chartPicture(w -> forcesChart());
    }

    private JFreeChart forcesChart() {
        XYSeriesCollection data = new XYSeriesCollection();
        List<Actor> forces = run.actors().forces();
        for (int i = 0; i < forces.size(); i++) {
            XYSeries s = new XYSeries(forces.get(i).label(), false, false);
            for (WeekRecord w : weeks) s.add(ChartStyle.x(w.date()), w.troops()[i]);
            data.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = lines();
        for (int i = 0; i < forces.size(); i++) {
            Actor f = forces.get(i);
            renderer.setSeriesPaint(i, colour(f));
            renderer.setSeriesStroke(i, f.foreign()
                    ? new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{14f, 7f}, 0f)
                    : new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(), ChartStyle.countAxis("troops"), renderer);
        JFreeChart chart = new JFreeChart(title(), FULL.title(), plot, true);
        chart.addSubtitle(new TextTitle("Armed forces in Mali: strength by force"));
        FULL.apply(chart);
        return chart;
    }

    /** Violent events, fatalities and civilian fatalities per week, with a 4-week mean. */
    public Picture violence() {
        return chartPicture(w -> violenceChart());
    }

    private JFreeChart violenceChart() {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.dateAxis());
        combined.setGap(24);
        combined.add(weeklyPlot("violent events", WeekRecord::violentEvents), 1);
        combined.add(weeklyPlot("fatalities", WeekRecord::fatalities), 1);
        combined.add(weeklyPlot("civilians killed", WeekRecord::civilianFatalities), 1);
        JFreeChart chart = new JFreeChart(title(), FULL.title(), combined, true);
        chart.addSubtitle(new TextTitle("Violence per week (grey) and its 4-week mean (line)"));
        combined.setFixedLegendItems(weeklyLegend());
        FULL.apply(chart);
        return chart;
    }

    /** The key of the weekly bars and their 4-week mean. */
    private static LegendItemCollection weeklyLegend() {
        return legend(
                new LegendItem("per week", null, null, null, new Rectangle(-8, -8, 16, 16), WEEKLY_BAR),
                new LegendItem("4-week mean", null, null, null, false, new Rectangle(-8, -8, 16, 16), false,
                        Color.BLACK, false, Color.BLACK, new BasicStroke(4f), true,
                        new java.awt.geom.Line2D.Double(-12, 0, 12, 0), new BasicStroke(4f), Color.BLACK));
    }

    /**
     * Where the violence happens: for each region, its violent events (above) and the people
     * killed in it (below) per week, with their 4-week means ({@code regions.csv.gz}'s {@code events}
     * and {@code fatalities}). Every region is drawn on the same scales, so the panels compare.
     */
    public Picture regionViolence() {
        int regions = run.regions().size();
        int n = run.national().size();
        double[][] events = new double[regions][n];
        double[][] killed = new double[regions][n];
        double eventsMax = 1;
        double killedMax = 1;
        for (int w = 0; w < n; w++) {
            WeekRecord week = run.national().get(w);
            for (int r = 0; r < regions; r++) {
                events[r][w] = week.regionEvents()[r];
                killed[r][w] = week.regionFatalities()[r];
                eventsMax = Math.max(eventsMax, events[r][w]);
                killedMax = Math.max(killedMax, killed[r][w]);
            }
        }
        double eventsTop = eventsMax * 1.05;
        double killedTop = killedMax * 1.05;
        return (g, width, height) -> regionPanels(g, width, height,
                "Violence by region: events and people killed per week, 4-week means", i -> {
                    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.dateAxis());
                    combined.setGap(10);
                    XYPlot e = meanPlot("events", events[i]);
                    e.getRangeAxis().setRange(0, eventsTop);
                    XYPlot k = meanPlot("killed", killed[i]);
                    k.getRangeAxis().setRange(0, killedTop);
                    combined.add(e, 1);
                    combined.add(k, 1);
                    return combined;
                }, box -> drawWeeklyKey(g, box));
    }

    /** The key of the violence panels, in the slot after the last region. */
    private static void drawWeeklyKey(Graphics2D g, Rectangle2D box) {
        Font font = new Font(ChartStyle.FONT, Font.PLAIN, 26);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double x = box.getX() + box.getWidth() * 0.12;
        double y = box.getCenterY() - 60;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4.5f));
        g.drawLine((int) x, (int) y + 17, (int) x + 34, (int) y + 17);
        g.setColor(ChartStyle.INK);
        g.drawString("4-week mean", (int) x + 50, (int) y + 17 + fm.getAscent() / 2 - 3);
        y += 70;
        g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, 22));
        g.setColor(new Color(0x555555));
        g.drawString("every region on the same scales;", (int) x, (int) y);
        g.drawString("each week's numbers in regions.csv.gz", (int) x, (int) y + 30);
    }

    /**
     * The politics of the war: the state's legitimacy, the junta's cohesion and the population's
     * mean grievance against the state, each a share from 0 to 1, week by week, with the
     * scenario's events marked. Lines a run did not write (older runs) are left out.
     */
    public Picture politics() {
        return chartPicture(width -> {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer line = lines();
            record Line(String name, ToDoubleFunction<WeekRecord> value, Color colour, float[] dash) {
            }
            List<Line> lines = List.of(
                    new Line("legitimacy of the state", WeekRecord::legitimacy, OkabeIto.BLUE, null),
                    new Line("cohesion of the junta", WeekRecord::cohesion, OkabeIto.BLUISH_GREEN, new float[] {18f, 6f}),
                    new Line("grievance against the state", WeekRecord::meanGrievance, OkabeIto.VERMILLION, new float[] {5f, 5f}));
            for (Line l : lines) {
                if (weeks.stream().noneMatch(w -> Double.isFinite(l.value().applyAsDouble(w)))) continue;
                XYSeries s = new XYSeries(l.name(), false, true);
                for (WeekRecord w : weeks) s.add(ChartStyle.x(w.date()), l.value().applyAsDouble(w));
                int i = data.getSeriesCount();
                data.addSeries(s);
                line.setSeriesPaint(i, l.colour());
                line.setSeriesStroke(i, l.dash() == null
                        ? new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                        : new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, l.dash(), 0f));
            }
            XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(), ChartStyle.percentAxis("level (0 to 100%)", 0.1), line);
            JFreeChart chart = new JFreeChart(title(), FULL.title(), plot, true);
            chart.addSubtitle(new TextTitle("Politics: the state's legitimacy, the junta's cohesion, grievance against the state"));
            FULL.apply(chart);
            markScenarioEvents(plot, width);
            return chart;
        });
    }

    /** Whether the run wrote any of the politics chart's lines. */
    public boolean hasPolitics() {
        return run.national().stream().anyMatch(w -> Double.isFinite(w.legitimacy()) || Double.isFinite(w.cohesion())
                || Double.isFinite(w.meanGrievance()));
    }

    /** Lines without point shapes, each series one path (not a segment per week: smaller SVG, clean joins). */
    private static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    private static LegendItemCollection legend(LegendItem... items) {
        LegendItemCollection c = new LegendItemCollection();
        for (LegendItem i : items) c.add(i);
        return c;
    }

    private XYPlot weeklyPlot(String label, ToDoubleFunction<WeekRecord> value) {
        return weeklyPlot(label, run.national().stream().mapToDouble(value).toArray());
    }

    /**
     * A value per week of the run ({@code v[i]} for its week i) as a grey step area, each week's
     * value held from its Monday to the next, and the line of its 4-week mean.
     */
    private XYPlot weeklyPlot(String label, double[] v) {
        XYSeries mean = new XYSeries(label + " (4-week mean)", false, false);
        double[] x = weekStarts();
        addWithoutFlatPoints(mean, x, rollingMean(v, 4));
        XYPlot plot = new XYPlot(new XYSeriesCollection(weekSteps(label, x, v)), null, ChartStyle.countAxis(label),
                stepArea(WEEKLY_BAR));
        plot.setDataset(1, new XYSeriesCollection(mean));
        plot.setRenderer(1, meanLine());
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        return plot;
    }

    /**
     * The line of the 4-week mean of a value per week of the run, for the small multiples, where
     * a bar a week would be a pixel wide: one path a panel.
     */
    private XYPlot meanPlot(String label, double[] v) {
        XYSeries mean = new XYSeries(label + " (4-week mean)", false, true);
        addWithoutFlatPoints(mean, weekStarts(), rollingMean(v, 4));
        return new XYPlot(new XYSeriesCollection(mean), null, ChartStyle.countAxis(label), meanLine());
    }

    /** The black line of a 4-week mean. */
    private static XYLineAndShapeRenderer meanLine() {
        XYLineAndShapeRenderer line = lines();
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return line;
    }

    /** The Mondays of the run's weeks as x values: each week once, even in a one-week run. */
    private double[] weekStarts() {
        List<WeekRecord> actual = run.national();
        double[] x = new double[actual.size()];
        for (int i = 0; i < x.length; i++) x[i] = ChartStyle.x(actual.get(i).date());
        return x;
    }

    /** A week in milliseconds, the unit of {@link ChartStyle#x}. */
    private static final double WEEK_MS = 7 * 86_400_000.0;

    /**
     * The outline of a value per week held from each Monday to the next ({@code x[i]} the
     * Monday of week i): a corner where the value changes, nothing where it stays.
     */
    static XYSeries weekSteps(String label, double[] x, double[] v) {
        XYSeries s = new XYSeries(label, false, true);
        for (int i = 0; i < x.length; i++) {
            if (i == 0) {
                s.add(x[0], v[0], false);
            } else if (v[i] != v[i - 1]) {
                s.add(x[i], v[i - 1], false);
                s.add(x[i], v[i], false);
            }
        }
        if (x.length > 0) s.add(x[x.length - 1] + WEEK_MS, v[x.length - 1], false);
        return s;
    }

    /** Adds the points of a line, leaving out those in the middle of a flat stretch (they change nothing). */
    private static void addWithoutFlatPoints(XYSeries s, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            boolean flat = i > 0 && i < x.length - 1 && y[i - 1] == y[i] && y[i + 1] == y[i];
            if (!flat) s.add(x[i], y[i], false);
        }
        s.fireSeriesChanged();
    }

    /** An area filled down to zero in one colour: one shape a series, so the SVG holds a path, not a bar a week. */
    private static XYAreaRenderer stepArea(Color colour) {
        XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
        area.setSeriesPaint(0, colour);
        area.setOutline(false);
        return area;
    }

    /** The mean of each value and the (window − 1) before it (fewer at the start). */
    static double[] rollingMean(double[] v, int window) {
        double[] out = new double[v.length];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            sum += v[i];
            if (i >= window) sum -= v[i - window];
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }

    /**
     * Bamako's fuel: stock in days and pump price, and if the run wrote {@code fuel.csv.gz}, the
     * deliveries by corridor and the tankers lost each week.
     */
    public Picture fuel() {
        return chartPicture(w -> fuelChart());
    }

    private JFreeChart fuelChart() {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.dateAxis());
        combined.setGap(24);
        combined.add(linePlot("stock (days)", "Bamako stock", WeekRecord::fuelStockBamakoDays), 1);
        combined.add(linePlot("price (CFA/L)", "Bamako pump price", WeekRecord::fuelPriceBamako), 1);
        boolean hasCorridors = run.fuel().map(f -> f.stream().anyMatch(FuelRecord::isCorridor)).orElse(false);
        if (hasCorridors) {
            combined.add(deliveriesPlot(), 1);
            combined.add(tankersLostPlot(), 1);
        }
        JFreeChart chart = new JFreeChart(title(), FULL.title(), combined, true);
        chart.addSubtitle(new TextTitle(hasCorridors
                ? "Fuel: Bamako's stock and price, deliveries by corridor, tankers lost"
                : "Fuel: Bamako's stock and pump price"));
        FULL.apply(chart);
        return chart;
    }

    private XYPlot linePlot(String axis, String name, ToDoubleFunction<WeekRecord> value) {
        XYSeries s = new XYSeries(name, false, false);
        for (WeekRecord w : weeks) s.add(ChartStyle.x(w.date()), value.applyAsDouble(w));
        XYLineAndShapeRenderer line = lines();
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        line.setSeriesVisibleInLegend(0, false); // the axis label says what it is
        NumberAxis range = ChartStyle.countAxis(axis);
        return new XYPlot(new XYSeriesCollection(s), null, range, line);
    }

    private XYPlot deliveriesPlot() {
        TreeMap<String, TreeMap<LocalDate, Double>> byCorridor = new TreeMap<>();
        for (FuelRecord f : run.fuel().orElseThrow()) {
            if (!f.isCorridor() || Double.isNaN(f.deliveriesLitres())) continue;
            byCorridor.computeIfAbsent(f.id(), k -> new TreeMap<>()).merge(f.date(), f.deliveriesLitres(), Double::sum);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer line = lines();
        List<Color> colours = CORRIDOR_COLOURS;
        float[][] dashes = {null, {12f, 6f}, {4f, 4f}, {16f, 4f, 4f, 4f}};
        int i = 0;
        for (Map.Entry<String, TreeMap<LocalDate, Double>> e : byCorridor.entrySet()) {
            XYSeries s = new XYSeries(Actors.titleCase(e.getKey()) + " corridor", false, false);
            e.getValue().forEach((d, litres) -> s.add(ChartStyle.x(d), litres / 1e6));
            data.addSeries(s);
            line.setSeriesPaint(i, colours.get(i % colours.size()));
            float[] dash = dashes[(i / colours.size()) % dashes.length];
            line.setSeriesStroke(i, dash == null ? new BasicStroke(3.5f)
                    : new BasicStroke(3.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
            i++;
        }
        NumberAxis axis = new NumberAxis("deliveries (million L)");
        return new XYPlot(data, null, axis, line);
    }

    private XYPlot tankersLostPlot() {
        TreeMap<LocalDate, Double> lost = new TreeMap<>();
        for (WeekRecord w : run.national()) lost.put(w.date(), 0.0);
        for (FuelRecord f : run.fuel().orElseThrow()) {
            if (f.isCorridor() && !Double.isNaN(f.tankersLost())) lost.merge(f.date(), f.tankersLost(), Double::sum);
        }
        double[] x = new double[lost.size()];
        double[] n = new double[lost.size()];
        int i = 0;
        for (Map.Entry<LocalDate, Double> e : lost.entrySet()) {
            x[i] = ChartStyle.x(e.getKey());
            n[i++] = e.getValue();
        }
        XYAreaRenderer area = stepArea(new Color(0x444444));
        area.setSeriesVisibleInLegend(0, false);
        return new XYPlot(new XYSeriesCollection(weekSteps("tankers lost", x, n)), null, ChartStyle.countAxis("tankers lost"), area);
    }

    /** An actor's colour as drawn. */
    static Color colour(Actor actor) {
        return new Color(actor.rgb());
    }
}
