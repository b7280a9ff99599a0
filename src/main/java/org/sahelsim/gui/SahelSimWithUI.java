package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
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
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Checkpoint;
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
 *
 * <p>The teacher's controls ({@link TeacherMenu}, on the console's menu bar): fire any event of the
 * scenario format now ({@link EventForm}), save the run at the week shown and restore it later
 * ({@link Checkpoint}: the restored run goes on exactly as the straight one), fork the run into a
 * second set of windows that goes its own way from the same week, and a projector mode with larger
 * text ({@link Projector}).
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

    private final Geography geo;
    private final ParameterCatalog catalog;
    private final MapOverlay overlay;
    private final Knobs knobs;
    private final RunObserver watcher;
    /** The weeks the charts show, in order: saved beside the model so a restored run's charts show its past. */
    private final List<ChartWeek> drawn = java.util.Collections.synchronizedList(new ArrayList<>());
    /** This window set and the forks taken from it (and from them): the program ends when all are closed. */
    private final List<SahelSimWithUI> family;
    /** Words in the windows' titles saying where this run came from (a fork), or empty. */
    private final String origin;
    private final Projector projector = new Projector();
    private EventForm eventForm;
    private final List<CellLayer> layers = new ArrayList<>();
    private final PlacesLayer places;
    private final MapLegend legend = new MapLegend();

    private Display2D display;
    private JFrame displayFrame;
    private TimeSeriesChartGenerator territoryChart;
    private TimeSeriesChartGenerator fuelChart;
    private JFrame territoryFrame;
    private JFrame fuelFrame;
    private final XYSeries[] territory = new XYSeries[Side.COUNT + 2];
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
        this(sim, catalog, overlay, "", new java.util.concurrent.CopyOnWriteArrayList<>());
    }

    private SahelSimWithUI(SahelSim sim, ParameterCatalog catalog, MapOverlay overlay, String origin, List<SahelSimWithUI> family) {
        super(sim);
        this.geo = sim.geography();
        this.catalog = catalog;
        this.overlay = overlay;
        this.origin = origin;
        this.family = family;
        family.add(this);
        this.knobs = new Knobs(this::sim, catalog);
        // A refused value is shown, not swallowed: a beep and a message over the console.
        knobs.onRefusal(message -> SwingUtilities.invokeLater(() -> {
            java.awt.Toolkit.getDefaultToolkit().beep();
            javax.swing.JOptionPane.showMessageDialog(console, message, "Value refused",
                    javax.swing.JOptionPane.WARNING_MESSAGE);
        }));
        buildLayers();
        places = new PlacesLayer(this::sim);
        watcher = new RunObserver() {
            @Override
            public void week(WeekRecord record, WorldState state) {
                observe(record);
            }
        };
        sim.addObserver(watcher);
    }

    /** A week as the charts show it: kept beside a saved run. */
    record ChartWeek(int tick, LocalDate date, double[] territory, double fuelPrice) implements Serializable {
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
        gui.show(0);
        return gui;
    }

    /** Opens this window set's console (which opens the map and charts), {@code shift} pixels down and right. */
    private void show(int shift) {
        Windows.onEventThread(() -> {
            Console c = new Console(this);
            c.setIncrementSeedOnStop(false); // replaying a "what if" must replay the same war
            placeConsole(c);
            if (shift > 0) {
                for (JFrame f : new JFrame[] {displayFrame, territoryFrame, fuelFrame, c}) f.setLocation(f.getX() + shift, f.getY() + shift);
            }
            console = c;
            TeacherMenu.install(this, c);
            c.setVisible(true);
        });
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

    /** Blocks until the user has closed this console and those of every fork taken from it. */
    public void awaitClosed() throws InterruptedException {
        for (int i = 0; i < family.size(); i++) Windows.awaitClosed(family.get(i).console);
    }

    public static String getName() {
        return "SahelSim";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>SahelSim: the war in Mali, week by week</h2>"
                + "<p>Press <b>play</b> to run the scenario, <b>pause</b> then <b>step</b> (the play button) to go a week at a time,"
                + " <b>stop</b> then play to start again with the same seed.</p>"
                + "<p><b>The map</b>: each cell in the colour of the side that holds it, paler where its hold is weaker;"
                + " grey where sides contest it, pale sand where nobody holds it (the empty desert). Switch what the map shows in the map window's <b>Layers</b> menu"
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

    /** The model the window shows: the one it opened with, or the one last restored into it. */
    public SahelSim sim() {
        return (SahelSim) state;
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

    /** The national territory series, by side ordinal, {@code Side.COUNT} for contested and {@code Side.COUNT + 1} for ungoverned. */
    XYSeries territorySeries(int i) {
        return territory[i];
    }

    XYSeries fuelSeries() {
        return fuel;
    }

    // ---- layers ----

    private void buildLayers() {
        double dominance = sim().scenario().control().dominance();
        double ungovernedBelow = sim().scenario().control().ungovernedBelow();
        double normal = sim().scenario().fuel().normalPriceCfa();
        CellLayer.Reports reports = new CellLayer.Reports() {
            @Override
            public CellReport report(int cell) {
                return new CellReport(sim(), cell);
            }

            @Override
            public void drawn(CellLayer layer) {
                lastDrawn = layer;
                SwingUtilities.invokeLater(() -> legend.setLayer(lastDrawn));
            }
        };
        layers.add(new CellLayer("Control", "who holds each cell (paler: a weaker hold)", geo, new ControlColours(),
                (w, c) -> ControlColours.value(w, c, dominance, ungovernedBelow), reports));
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
        if (sim().world() != null) mirror(sim().world());
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
        SahelSim preview = new SahelSim(sim().scenario(), geo, sim().seed());
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
        legend.setWeek("Starting position, week of " + DAY.format(sim().calendar().start()) + ": press play");
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
        territoryFrame.setTitle("Territory: " + sim().scenario().title() + origin);
        territoryFrame.setBounds(chartX, screen.y, chartW, chartH);
        c.registerFrame(territoryFrame);
        territoryFrame.setVisible(true);

        fuelChart = chart("Fuel price in Bamako", "CFA francs per litre");
        fuelFrame = fuelChart.createFrame();
        fuelFrame.setTitle("Fuel price in Bamako" + origin);
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
        drawn.clear();
        knobs.applySettings();
        resetCharts();
        mirror();
        String title = title(sim().date());
        SwingUtilities.invokeLater(() -> {
            displayFrame.setTitle(title);
            legend.setWeek("Starting position, week of " + DAY.format(sim().date()));
        });
        display.reset();
        display.repaint();
    }

    /**
     * A saved run replaces the one shown (MASON's console calls this for File, Open; the Teacher
     * menu for a restore or a fork). The model's observers are not saved with it: the window
     * watches the restored model anew, and the charts show the weeks saved with it, if any.
     */
    @Override
    public void load(SimState state) {
        super.load(state);
        runNumber++;
        ((SahelSim) state).addObserver(watcher);
        replayCharts(List.of());
        mirror();
        display.reset();
        display.repaint();
    }

    /** Whether a saved run can be shown in these windows: a SahelSim run on the same map. */
    @Override
    public boolean validSimState(SimState s) {
        return s instanceof SahelSim other && other.geography().cellCount() == geo.cellCount()
                && other.geography().cellDegrees() == geo.cellDegrees();
    }

    /** The charts start again from the weeks given (a restored run's past), on the event thread. */
    private void replayCharts(List<ChartWeek> past) {
        int run = runNumber;
        List<ChartWeek> weeks = List.copyOf(past);
        drawn.clear();
        drawn.addAll(weeks);
        SahelSim shown = sim();
        Runnable redraw = () -> {
            if (run != runNumber) return;
            resetCharts();
            for (ChartWeek w : weeks) {
                double x = year(w.date());
                for (int i = 0; i < territory.length; i++) territory[i].add(x, 100 * w.territory()[i], false);
                fuel.add(x, w.fuelPrice(), false);
            }
            territoryChart.updateChartLater(shown.tick());
            fuelChart.updateChartLater(shown.tick());
            boolean begun = shown.world() != null && !weeks.isEmpty();
            displayFrame.setTitle(title(begun ? shown.date() : null));
            legend.setWeek(begun ? weekLine(shown.tick(), shown.date()) : "Restored at its start: press play");
        };
        if (SwingUtilities.isEventDispatchThread()) redraw.run();
        else SwingUtilities.invokeLater(redraw);
    }

    private void resetCharts() {
        territoryChart.removeAllSeries();
        List<Actor> territorial = Actors.standard().territorial();
        for (int i = 0; i < territory.length; i++) {
            Actor actor = territorial.get(i);
            territory[i] = new XYSeries(actor.label(), false);
            TimeSeriesAttributes a = (TimeSeriesAttributes) territoryChart.addSeries(territory[i], null);
            a.setStrokeColor(i < Side.COUNT ? new Color(actor.rgb()) : i == Side.COUNT ? new Color(actor.rgb()).darker()
                    : new Color(actor.rgb()).darker().darker());
            a.setThickness(2.5);
            if (i == Side.COUNT) a.setDashPattern(TimeSeriesAttributes.PATTERN_DASH);
            if (i == Side.COUNT + 1) a.setDashPattern(TimeSeriesAttributes.PATTERN_DOT);
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
        drawn.add(new ChartWeek(rec.tick(), rec.date(), shares, price));
        String week = weekLine(rec.tick(), rec.date());
        String title = title(rec.date());
        SwingUtilities.invokeLater(() -> {
            if (run != runNumber) return; // a week of a run the user has since restarted
            for (int i = 0; i < territory.length; i++) territory[i].add(x, 100 * shares[i], false);
            fuel.add(x, price, false);
            territoryChart.updateChartWithin(rec.tick(), 250);
            fuelChart.updateChartWithin(rec.tick(), 250);
            displayFrame.setTitle(title);
            legend.setWeek(week);
        });
    }

    private String title(LocalDate date) {
        return "SahelSim: " + sim().scenario().title() + origin + (date == null ? "" : " \u2014 week of " + DAY.format(date));
    }

    private String weekLine(long tick, LocalDate date) {
        return "Week of " + DAY.format(date) + "  (week " + (tick + 1) + " of " + sim().calendar().weeks() + ")";
    }

    // ---- the teacher's controls ----

    /** Stops the play thread, if the run is playing, so the model holds still between two weeks. */
    private void holdStill() {
        if (console != null && console.getPlayState() == Console.PS_PLAYING) console.pressPause();
    }

    /** The run must have begun (play or pause pressed) for its state to exist. */
    private void requireBegun(String what) {
        if (sim().world() == null) {
            throw new IllegalStateException("the run has not begun: press play or pause first, then " + what);
        }
    }

    /**
     * Fires an event now, logged as the teacher's ({@code live_event}); the map shows its effect
     * at once where it has one, the charts from the next week.
     *
     * @throws IllegalStateException if the run has not begun
     */
    public void fire(ScenarioEvent event) {
        requireBegun("fire the event");
        synchronized (sim().schedule) {
            sim().fire(event, "teacher");
        }
        mirror();
        if (display != null) display.repaint();
        if (console != null) console.refresh();
    }

    /**
     * Saves the run as it stands after the week shown (pausing it if it plays), with the weeks
     * its charts show, into a new file.
     *
     * @throws IOException saying why, if the file cannot be written (an existing file is never replaced)
     */
    public Path save(Path file) throws IOException {
        requireBegun("save it");
        holdStill();
        synchronized (sim().schedule) {
            return Checkpoint.write(file, sim(), new ArrayList<>(drawn));
        }
    }

    /**
     * Replaces the run shown with a saved one, paused at the week it was saved after, with the
     * charts it had then.
     *
     * @throws IOException saying why, if the file is not a saved run or not one of this map
     */
    public void restore(Path file) throws IOException {
        Checkpoint.Saved saved = Checkpoint.read(file);
        if (!validSimState(saved.sim())) {
            throw new IOException(file + " was saved on a map of " + saved.sim().geography().cellDegrees()
                    + "° cells; these windows show " + geo.cellDegrees() + "°: open it in windows of that map"
                    + " (./sahelsim gui " + saved.sim().scenario().id() + " --set grid.cell_degrees="
                    + saved.sim().geography().cellDegrees() + ")");
        }
        restore(saved);
    }

    /** Shows a saved (or copied) run, paused: the console then steps it on from its week. */
    private void restore(Checkpoint.Saved saved) {
        Windows.onEventThread(() -> {
            holdStill();
            // A stopped console starts a fresh run when paused; the saved one then replaces it.
            if (console.getPlayState() == Console.PS_STOPPED) console.pressPause();
            synchronized (sim().schedule) {
                finish();
                load(saved.sim());
            }
            replayCharts(chartWeeks(saved.beside()));
            console.refresh();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<ChartWeek> chartWeeks(Object beside) {
        if (beside instanceof List<?> l && l.stream().allMatch(ChartWeek.class::isInstance)) return (List<ChartWeek>) l;
        return List.of(); // a checkpoint MASON's console wrote: the model alone
    }

    /**
     * A second set of windows (console, map, charts) on a copy of the run at the week shown: it
     * goes its own way from here, for a class to see a "what if" diverge from the same moment.
     */
    public SahelSimWithUI fork() {
        requireBegun("fork it");
        holdStill();
        Checkpoint.Saved copy;
        synchronized (sim().schedule) {
            copy = Checkpoint.copy(sim(), new ArrayList<>(drawn));
        }
        String from = " (fork from the week of " + DAY.format(sim().date()) + ")";
        SahelSimWithUI twin = new SahelSimWithUI(new SahelSim(sim().scenario(), geo, sim().seed()), catalog, overlay,
                origin.isEmpty() ? from : origin + from, family);
        twin.show(60 * (family.size() - 1));
        twin.restore(copy);
        Windows.onEventThread(() -> twin.setProjector(projector.on()));
        return twin;
    }

    /** The teacher's event form of these windows (made on first use); call on the event thread. */
    EventForm eventForm() {
        if (eventForm == null) {
            eventForm = new EventForm(this);
            if (projector.on()) projector.set(true, eventForm.frame());
        }
        return eventForm;
    }

    /** Larger text everywhere in these windows, for a projector (or back to normal); call on the event thread. */
    public void setProjector(boolean on) {
        projector.set(on, console, displayFrame, territoryFrame, fuelFrame, eventForm == null ? null : eventForm.frame());
        projector.charts(on, territoryChart.getChart(), fuelChart.getChart());
        legend.setScale(on ? Projector.SCALE : 1);
        displayFrame.validate();
    }

    public boolean isProjector() {
        return projector.on();
    }

    /** The frames of this window set: console, map, territory chart, fuel chart. */
    List<JFrame> frames() {
        return List.of(console, displayFrame, territoryFrame, fuelFrame);
    }

    /** The charts' titles' owner, for tests of the projector mode. */
    TimeSeriesChartGenerator territoryChart() {
        return territoryChart;
    }

    /** A date as a fractional year, for the charts' x axis. */
    static double year(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : new JFrame[] {displayFrame, territoryFrame, fuelFrame}) if (f != null) f.dispose();
        if (eventForm != null) eventForm.frame().dispose();
        displayFrame = territoryFrame = fuelFrame = null;
        display = null;
    }
}
