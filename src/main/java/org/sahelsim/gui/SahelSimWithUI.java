package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ParameterCatalog;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.results.Actor;
import org.sahelsim.results.Actors;
import org.sahelsim.viz.AtlasOverlay;
import org.sahelsim.viz.MapOverlay;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live window on a run, for teaching: MASON's console (play, pause, step; the model tab with
 * the {@link Knobs}), a map of Mali whose layers the user switches in the display's Layers menu,
 * and two charts filled week by week: the national territory each side dominates, and Bamako's
 * fuel price. The model stays free of all this: the GUI mirrors the model's per-cell arrays into
 * MASON grids each week through a {@link RunObserver}, as MASON's own examples keep their
 * simulations GUI-free.
 */
public final class SahelSimWithUI extends GUIState {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Paper colour behind the map, around the country. */
    private static final Color OUTSIDE = new Color(0xF4F3EF);
    private static final Color GRIEVANCE = new Color(0x7F3B08);
    private static final Color FUEL = new Color(0x01665E);
    /** Troop scale top: a cell with this many fighters or more is drawn in the full colour. */
    private static final double TROOPS_FULL = 1000;
    /** Fuel scale top, as a multiple of the normal pump price. */
    private static final double FUEL_FULL_TIMES_NORMAL = 4;

    private final SahelSim sim;
    private final Geography geo;
    private final MapOverlay overlay;
    private final Knobs knobs;
    private final List<CellLayer> layers = new ArrayList<>();
    private final PlacesLayer places;
    private final MapLegend legend = new MapLegend();

    private Display2D display;
    private JFrame displayFrame;
    private TimeSeriesChartGenerator territoryChart;
    private TimeSeriesChartGenerator fuelChart;
    private JFrame territoryFrame;
    private JFrame fuelFrame;
    private final XYSeries[] territory = new XYSeries[Side.COUNT + 1];
    private XYSeries fuel;
    private volatile int runNumber;
    private volatile CellLayer lastDrawn;
    private Console console;

    /**
     * @param sim     the model, not yet started
     * @param catalog the scenario's parameters, for the knobs' ranges (may be null)
     * @param overlay borders, roads and towns to draw over the cells
     */
    public SahelSimWithUI(SahelSim sim, ParameterCatalog catalog, MapOverlay overlay) {
        super(sim);
        this.sim = sim;
        this.geo = sim.geography();
        this.overlay = overlay;
        this.knobs = new Knobs(sim, catalog);
        // A refused value is shown, not swallowed: a beep and a message over the console.
        knobs.onRefusal(message -> SwingUtilities.invokeLater(() -> {
            java.awt.Toolkit.getDefaultToolkit().beep();
            javax.swing.JOptionPane.showMessageDialog(console, message, "Value refused",
                    javax.swing.JOptionPane.WARNING_MESSAGE);
        }));
        buildLayers();
        places = new PlacesLayer(sim);
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord record, WorldState state) {
                observe(record);
            }
        });
    }

    /**
     * Opens the console, the map and the charts for a scenario with a seed, and returns at once
     * with the windows showing (the simulation waits for the user to press play).
     */
    public static SahelSimWithUI open(ScenarioLibrary.Entry entry, long seed) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the GUI needs a graphical display, but Java runs headless"
                    + " (is DISPLAY set? is -Djava.awt.headless=true given?)");
        }
        Geography geo = ScenarioRun.geographyFor(entry);
        MapOverlay overlay = AtlasOverlay.of(MaliAtlas.load());
        SahelSimWithUI gui = new SahelSimWithUI(new SahelSim(entry.scenario(), geo, seed), entry.catalog(), overlay);
        Windows.onEventThread(() -> {
            Console c = new Console(gui);
            c.setIncrementSeedOnStop(false); // replaying a "what if" must replay the same war
            gui.placeConsole(c);
            c.setVisible(true);
            gui.console = c;
        });
        return gui;
    }

    /** The console goes right of the charts, tall enough to show the model tab's levers. */
    private void placeConsole(Console c) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int x = Math.min(territoryFrame.getX() + territoryFrame.getWidth(), screen.x + screen.width - c.getWidth());
        c.setBounds(x, screen.y, c.getWidth(), Math.min(screen.height, Math.max(c.getHeight(), 720)));
    }

    /** The console (MASON's controller) once {@link #open} has shown it. */
    public Console console() {
        return console;
    }

    /** Blocks until the user closes the console. */
    public void awaitClosed() throws InterruptedException {
        Windows.awaitClosed(console);
    }

    public static String getName() {
        return "SahelSim";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>SahelSim: the war in Mali, week by week</h2>"
                + "<p>Press <b>play</b> to run the scenario, <b>pause</b> then <b>step</b> (the play button) to go a week at a time,"
                + " <b>stop</b> then play to start again with the same seed.</p>"
                + "<p><b>The map</b>: each cell in the colour of the side that holds it, paler where its hold is weaker;"
                + " grey where no side holds half of it. Switch what the map shows in the map window's <b>Layers</b> menu"
                + " (support for each side, grievance, fuel prices, each force's fighters); the legend under the map"
                + " describes the layer on top. Double-click a cell to inspect it.</p>"
                + "<p><b>Places</b> (the <b>Places</b> layer): towns, army camps, foreign bases, mines and border crossings,"
                + " each in its holder's colour (white: held by nobody), a dashed ring in the besieger's colour while it is"
                + " besieged. Double-click a place, or choose it in the list above the map, to see its garrison, supplies,"
                + " siege and worth to each side.</p>"
                + "<p><b>The Model tab</b> shows the week and the national figures, and levers you can pull while the war runs:"
                + " French air power, civilian harm by the army and by Russian forces, the blockade, rural fuel restriction,"
                + " convoy escorts.</p></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return knobs;
    }

    /** The model tab refreshes every week: it shows the week and national figures as they change. */
    @Override
    public sim.portrayal.Inspector getInspector() {
        sim.portrayal.Inspector i = super.getInspector();
        if (i != null) i.setVolatile(true);
        return i;
    }

    /** The levers and figures shown in the console's model tab. */
    public Knobs knobs() {
        return knobs;
    }

    public SahelSim sim() {
        return sim;
    }

    public Display2D display() {
        return display;
    }

    /** The places layer, drawn over the cell layers and the atlas. */
    public PlacesLayer placesLayer() {
        return places;
    }

    /**
     * Opens place {@code p} (its index in the map's places) in the console's inspector, as a
     * double-click on it does.
     */
    public void inspectPlace(int p) {
        sim.portrayal.LocationWrapper wrapper = places.wrapper(p);
        sim.util.Bag inspectors = new sim.util.Bag();
        sim.util.Bag names = new sim.util.Bag();
        inspectors.add(places.getInspector(wrapper, this));
        names.add(places.getName(wrapper));
        controller.setInspectors(inspectors, names);
    }

    /** A list of the places, by name, in the map window's header: choosing one opens it in the inspector. */
    private javax.swing.JComboBox<String> placeList() {
        List<org.sahelsim.model.world.Place> all = new ArrayList<>(geo.places());
        all.removeIf(p -> p.kind() == org.sahelsim.model.world.PlaceKind.JUNCTION);
        all.sort(java.util.Comparator.comparing(org.sahelsim.model.world.Place::name, java.text.Collator.getInstance(Locale.FRENCH)));
        String prompt = "Inspect a place\u2026";
        javax.swing.JComboBox<String> list = new javax.swing.JComboBox<>();
        list.addItem(prompt);
        for (var p : all) list.addItem(p.name());
        list.setMaximumRowCount(24);
        list.setToolTipText("Open a town, camp, base, mine or crossing in the inspector");
        list.setMaximumSize(list.getPreferredSize());
        list.addActionListener(e -> {
            int i = list.getSelectedIndex();
            if (i <= 0) return;
            inspectPlace(all.get(i - 1).index());
            list.setSelectedIndex(0);
        });
        return list;
    }

    /** The cell layers in drawing order; the first is control. */
    public List<CellLayer> layers() {
        return List.copyOf(layers);
    }

    public MapLegend legend() {
        return legend;
    }

    /** The national territory series, by side ordinal and {@code Side.COUNT} for contested. */
    XYSeries territorySeries(int i) {
        return territory[i];
    }

    XYSeries fuelSeries() {
        return fuel;
    }

    // ---- layers ----

    private void buildLayers() {
        double dominance = sim.scenario().control().dominance();
        double normal = sim.scenario().fuel().normalPriceCfa();
        CellLayer.Reports reports = new CellLayer.Reports() {
            @Override
            public CellReport report(int cell) {
                return new CellReport(sim, cell);
            }

            @Override
            public void drawn(CellLayer layer) {
                lastDrawn = layer;
                SwingUtilities.invokeLater(() -> legend.setLayer(lastDrawn));
            }
        };
        layers.add(new CellLayer("Control", "who holds each cell (paler: a weaker hold)", geo, new ControlColours(),
                (w, c) -> ControlColours.value(w, c, dominance), reports));
        Actors actors = Actors.standard();
        for (Side s : Side.values()) {
            Actor side = actors.find(s.key());
            String who = s == Side.STATE ? "the state" : side.label();
            layers.add(new CellLayer("Support for " + who, "share of each cell's people supporting " + who, geo,
                    new Ramp(0, 1, new Color(side.rgb()), false, false),
                    (w, c) -> w.support[s.ordinal()][c], reports));
        }
        layers.add(new CellLayer("Grievance against the state", "hardship and harm turned against the state (0 to 1)", geo,
                new Ramp(0, 1, GRIEVANCE, false, false), (w, c) -> w.grievanceState[c], reports));
        layers.add(new CellLayer("Fuel price", "pump price, CFA francs per litre", geo,
                new Ramp(Math.round(normal), Math.round(FUEL_FULL_TIMES_NORMAL * normal), FUEL, false, true),
                (w, c) -> w.fuelPrice[c], reports));
        for (Force f : Force.values()) {
            Actor force = actors.force(f.key());
            String label = force.label();
            layers.add(new CellLayer("Fighters: " + label, label + " fighters in each cell (log scale)", geo,
                    new Ramp(0, TROOPS_FULL, new Color(force.rgb()), true, true),
                    (w, c) -> w.presence[f.ordinal()][c], reports));
        }
    }

    private void mirror() {
        if (sim.world() != null) mirror(sim.world());
    }

    private void mirror(WorldState w) {
        for (CellLayer l : layers) l.mirror(w);
        places.mirror(w);
    }

    /**
     * Before the user first presses play the model has no state yet; the map shows the
     * scenario's starting position from a copy started aside, so the class sees where the war
     * begins. The copy is then dropped: the run itself starts from the console.
     */
    private void showStartingPosition() {
        SahelSim preview = new SahelSim(sim.scenario(), geo, sim.seed());
        preview.start();
        mirror(preview.world());
    }

    // ---- the GUIState life cycle ----

    @Override
    public void init(Controller c) {
        super.init(c);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        // Equirectangular: a degree of longitude is shorter than one of latitude by cos(latitude).
        double midLat = Math.toRadians(geo.latMax() - geo.height() * geo.cellDegrees() / 2);
        double rows = geo.height() / Math.cos(midLat);
        double cellPx = Math.max(5, Math.min(11, Math.floor((screen.height - 220) / rows)));
        display = new Display2D(geo.width() * cellPx, rows * cellPx, this);
        display.setBackdrop(OUTSIDE);
        for (int i = 0; i < layers.size(); i++) display.attach(layers.get(i), layers.get(i).title(), i == 0);
        display.attach(AtlasLayer.roads(overlay, geo), "Roads");
        display.attach(AtlasLayer.borders(overlay, geo), "Region borders");
        display.attach(AtlasLayer.towns(overlay, geo), "Towns");
        display.attach(places, "Places");
        display.header.add(placeList());
        displayFrame = display.createFrame();
        displayFrame.getContentPane().add(legend, BorderLayout.SOUTH);
        displayFrame.pack();
        // Room for the scroll pane's borders, so the whole country shows without scrolling.
        displayFrame.setSize(Math.min(screen.width, displayFrame.getWidth() + 24), Math.min(screen.height, displayFrame.getHeight() + 24));
        displayFrame.setLocation(screen.x, screen.y);
        displayFrame.setTitle(title(null));
        legend.setWeek("Starting position, week of " + DAY.format(sim.calendar().start()) + ": press play");
        showStartingPosition();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        int chartX = screen.x + displayFrame.getWidth();
        int chartW = Math.max(360, Math.min(520, screen.width - displayFrame.getWidth() - Console.DEFAULT_WIDTH));
        // MASON draws a chart 1.5 times as wide as high, under a row of its own controls.
        int chartH = (int) (chartW / 1.5) + 36;
        territoryChart = chart("Territory each side dominates", "% of Mali's area");
        territoryChart.setYAxisRange(0, 100);
        territoryFrame = territoryChart.createFrame();
        territoryFrame.setTitle("Territory: " + sim.scenario().title());
        territoryFrame.setBounds(chartX, screen.y, chartW, chartH);
        c.registerFrame(territoryFrame);
        territoryFrame.setVisible(true);

        fuelChart = chart("Fuel price in Bamako", "CFA francs per litre");
        fuelFrame = fuelChart.createFrame();
        fuelFrame.setTitle("Fuel price in Bamako");
        fuelFrame.setBounds(chartX, screen.y + chartH, chartW, chartH);
        c.registerFrame(fuelFrame);
        fuelFrame.setVisible(true);
    }

    private static TimeSeriesChartGenerator chart(String title, String yLabel) {
        TimeSeriesChartGenerator g = new TimeSeriesChartGenerator();
        g.setTitle(title);
        g.setXAxisLabel("Year");
        g.setYAxisLabel(yLabel);
        // Years read as 2021, 2022, not 2,021.5.
        NumberAxis x = (NumberAxis) ((XYPlot) g.getChart().getPlot()).getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new DecimalFormat("0"));
        x.setAutoRangeIncludesZero(false);
        return g;
    }

    @Override
    public void start() {
        super.start();
        runNumber++;
        knobs.applySettings();
        resetCharts();
        mirror();
        String title = title(sim.date());
        SwingUtilities.invokeLater(() -> {
            displayFrame.setTitle(title);
            legend.setWeek("Starting position, week of " + DAY.format(sim.date()));
        });
        display.reset();
        display.repaint();
    }

    @Override
    public void load(SimState state) {
        super.load(state);
        mirror();
        display.reset();
        display.repaint();
    }

    private void resetCharts() {
        territoryChart.removeAllSeries();
        List<Actor> territorial = Actors.standard().territorial();
        for (int i = 0; i <= Side.COUNT; i++) {
            Actor actor = territorial.get(i);
            territory[i] = new XYSeries(actor.label(), false);
            TimeSeriesAttributes a = (TimeSeriesAttributes) territoryChart.addSeries(territory[i], null);
            a.setStrokeColor(i < Side.COUNT ? new Color(actor.rgb()) : new Color(actor.rgb()).darker());
            a.setThickness(2.5);
            if (i == Side.COUNT) a.setDashPattern(TimeSeriesAttributes.PATTERN_DASH);
        }
        fuelChart.removeAllSeries();
        fuel = new XYSeries("Bamako pump price", false);
        TimeSeriesAttributes a = (TimeSeriesAttributes) fuelChart.addSeries(fuel, null);
        a.setStrokeColor(FUEL);
        a.setThickness(2.5);
    }

    /** Once a week, inside the model's step: mirror the map, then add the week to the charts on the event thread. */
    private void observe(WeekRecord rec) {
        if (display == null) return; // not shown (yet)
        mirror();
        int run = runNumber;
        double x = year(rec.date());
        double[] shares = rec.territory().clone();
        double price = rec.fuelPriceBamako();
        String week = "Week of " + DAY.format(rec.date()) + "  (week " + (rec.tick() + 1) + " of " + sim.calendar().weeks() + ")";
        String title = title(rec.date());
        SwingUtilities.invokeLater(() -> {
            if (run != runNumber) return; // a week of a run the user has since restarted
            for (int i = 0; i <= Side.COUNT; i++) territory[i].add(x, 100 * shares[i], false);
            fuel.add(x, price, false);
            territoryChart.updateChartWithin(rec.tick(), 250);
            fuelChart.updateChartWithin(rec.tick(), 250);
            displayFrame.setTitle(title);
            legend.setWeek(week);
        });
    }

    private String title(LocalDate date) {
        return "SahelSim: " + sim.scenario().title() + (date == null ? "" : " \u2014 week of " + DAY.format(date));
    }

    /** A date as a fractional year, for the charts' x axis. */
    static double year(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : new JFrame[] {displayFrame, territoryFrame, fuelFrame}) if (f != null) f.dispose();
        displayFrame = territoryFrame = fuelFrame = null;
        display = null;
    }
}
