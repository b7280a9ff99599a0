package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.jfree.data.xy.XYSeries;
import org.sahelsim.classic.epstein.Census;
import org.sahelsim.classic.epstein.CivilViolence;
import org.sahelsim.classic.epstein.EpsteinScenario;
import org.sahelsim.classic.epstein.Occupant;
import org.sahelsim.scenario.ScenarioFolder;
import org.sahelsim.viz.EpsteinPalette;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.grid.IntGrid2D;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.gui.SimpleColorMap;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live window on Epstein's civil-violence model, for teaching: MASON's console (play, pause,
 * step; the model tab with the {@link EpsteinKnobs}: legitimacy and cop density), the torus with
 * quiescent, active and jailed citizens and the cops in their colours and a legend, and a chart
 * of the three kinds of citizen filled tick by tick. The model knows nothing of it: after each
 * tick the window copies what each site shows into a MASON grid, as MASON's own examples keep
 * their simulations free of their displays.
 */
public final class EpsteinWithUI extends GUIState {
    private static final int CHART_W = 520;

    private final CivilViolence model;
    private final EpsteinKnobs knobs;
    private final IntGrid2D sites;
    private final Occupant[] occupants;
    private final FastValueGridPortrayal2D torus = new FastValueGridPortrayal2D("Torus", false) {
        private static final long serialVersionUID = 1L;

        /** What a site shows comes from the model: no typing a new value into it. */
        @Override
        public double newValue(int x, int y, double value) {
            return sites.field[x][y];
        }
    };
    private final EpsteinLegend legend = new EpsteinLegend();

    private Display2D display;
    private JFrame displayFrame;
    private TimeSeriesChartGenerator chart;
    private JFrame chartFrame;
    private XYSeries quiescent;
    private XYSeries active;
    private XYSeries jailed;
    private volatile int runNumber;
    private Console console;

    /** @param model the model, not yet started */
    public EpsteinWithUI(CivilViolence model) {
        super(model);
        this.model = model;
        this.knobs = new EpsteinKnobs(model);
        EpsteinScenario s = model.scenario();
        this.sites = new IntGrid2D(s.torus().width(), s.torus().height(), Occupant.EMPTY.ordinal());
        this.occupants = new Occupant[s.torus().sites()];
        Color[] table = new Color[Occupant.values().length];
        for (Occupant o : Occupant.values()) table[o.ordinal()] = EpsteinPalette.of(o);
        torus.setField(sites);
        torus.setMap(new SimpleColorMap(table));
        knobs.onRefusal(r -> SwingUtilities.invokeLater(() -> legend.setRefusal(r)));
    }

    /**
     * Opens the console, the torus and the chart on a scenario with a seed, and returns at once
     * with the windows showing (the run waits for the user to press play).
     */
    public static EpsteinWithUI open(ScenarioFolder.Entry<EpsteinScenario> entry, long seed) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the GUI needs a graphical display, but Java runs headless"
                    + " (is DISPLAY set? is -Djava.awt.headless=true given?)");
        }
        EpsteinWithUI gui = new EpsteinWithUI(new CivilViolence(entry.scenario(), seed));
        Windows.onEventThread(() -> {
            Console c = new Console(gui);
            c.setIncrementSeedOnStop(false); // a replay is the same society
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            int x = Math.min(gui.chartFrame.getX() + gui.chartFrame.getWidth(), screen.x + screen.width - c.getWidth());
            c.setBounds(x, screen.y, c.getWidth(), Math.min(screen.height, Math.max(c.getHeight(), 640)));
            c.setVisible(true);
            gui.console = c;
        });
        return gui;
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
        return "Civil violence (Epstein 2002)";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>Epstein's civil violence: rebellion against a central authority</h2>"
                + "<p>Citizens (blue when quiet, red when active) and cops (black) wander a torus. A citizen's grievance is its"
                + " hardship times (1 &minus; legitimacy); it goes active when its grievance exceeds its net risk by a threshold."
                + " Its risk is its risk aversion times its estimated chance of arrest, which grows with the cops it sees and"
                + " falls with the actives it sees. Each cop arrests one active citizen it sees; the jailed (grey, where they"
                + " were taken) leave the torus for their term.</p>"
                + "<p>Press <b>play</b> to run, <b>pause</b> then <b>step</b> (the play button) to go a tick at a time,"
                + " <b>stop</b> then play to start again with the same seed.</p>"
                + "<p><b>The Model tab</b> shows the counts and two levers: legitimacy and cop density. Things to try: open the"
                + " scenario legitimacy-jump, then legitimacy-increments (a small drop at once against a large one slowly);"
                + " in legitimacy-jump without its scripted drop (--set 'changes=[]') pull legitimacy from 0.9 to 0.7 at"
                + " once, then a hundredth a tick; withdraw the cops a few at a time.</p>"
                + "<p>Source: Joshua M. Epstein, \"Modeling civil violence: An agent-based computational approach\","
                + " PNAS 99 suppl. 3 (2002). The project's docs/CLASSICS.md says what is replicated and what differs.</p>"
                + "</body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return knobs;
    }

    /** The model tab refreshes every tick: it shows the counts as they change. */
    @Override
    public sim.portrayal.Inspector getInspector() {
        sim.portrayal.Inspector i = super.getInspector();
        if (i != null) i.setVolatile(true);
        return i;
    }

    public EpsteinKnobs knobs() {
        return knobs;
    }

    public CivilViolence model() {
        return model;
    }

    public Display2D display() {
        return display;
    }

    public EpsteinLegend legend() {
        return legend;
    }

    /** What the display shows: each site's {@link Occupant} ordinal, by column and row. */
    public IntGrid2D sites() {
        return sites;
    }

    XYSeries series(Occupant o) {
        return switch (o) {
            case QUIESCENT -> quiescent;
            case ACTIVE -> active;
            case JAILED -> jailed;
            default -> throw new IllegalArgumentException(o + " is not charted");
        };
    }

    // ---- the GUIState life cycle ----

    @Override
    public void init(Controller c) {
        super.init(c);
        EpsteinScenario s = model.scenario();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int w = s.torus().width();
        int h = s.torus().height();
        double px = Math.max(4, Math.min(16, Math.floor((screen.height - 280) / (double) h)));
        display = new Display2D(w * px, h * px, this);
        display.setBackdrop(EpsteinPalette.EMPTY);
        display.attach(torus, "Torus");
        displayFrame = display.createFrame();
        displayFrame.getContentPane().add(legend, BorderLayout.SOUTH);
        displayFrame.pack();
        // Room for the scroll pane's borders, so the whole torus shows without scrolling, and for the legend.
        displayFrame.setSize(Math.min(screen.width, Math.max(displayFrame.getWidth() + 40, 720)),
                Math.min(screen.height, displayFrame.getHeight() + 40));
        displayFrame.setLocation(screen.x, screen.y);
        displayFrame.setTitle(s.title());
        legend.setStatus("Tick 0: press play");
        showStart();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        chart = new TimeSeriesChartGenerator();
        chart.setTitle("Citizens: quiescent, active and jailed");
        chart.setXAxisLabel("tick");
        chart.setYAxisLabel("citizens");
        chartFrame = chart.createFrame();
        chartFrame.setTitle("Citizens: " + s.title());
        chartFrame.setBounds(screen.x + displayFrame.getWidth(), screen.y, CHART_W, (int) (CHART_W / 1.5) + 36);
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);
    }

    /** Before the first play the torus shows the start, from a copy started aside and dropped. */
    private void showStart() {
        CivilViolence preview = new CivilViolence(model.scenario(), model.seed());
        preview.start();
        mirror(preview);
    }

    private void mirror(CivilViolence m) {
        m.occupants(occupants);
        int w = sites.getWidth();
        for (int s = 0; s < occupants.length; s++) sites.field[s % w][s / w] = occupants[s].ordinal();
    }

    @Override
    public void start() {
        super.start();
        runNumber++;
        knobs.started();
        resetChart();
        mirror(model);
        Census first = model.census();
        int run = runNumber;
        SwingUtilities.invokeLater(() -> {
            if (run != runNumber) return;
            add(first);
            legend.setStatus(status(first));
        });
        scheduleRepeatingImmediatelyAfter(new Watch());
        display.reset();
        display.repaint();
    }

    /** After each tick of the model: mirror the torus, then add the tick to the chart on the event thread. */
    private final class Watch implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            knobs.ticked();
            mirror(model);
            Census c = model.census();
            int run = runNumber;
            SwingUtilities.invokeLater(() -> {
                if (run != runNumber) return; // a tick of a run the user has since restarted
                add(c);
                chart.updateChartWithin(c.tick(), 250);
                legend.setStatus(status(c));
            });
        }
    }

    private String status(Census c) {
        return String.format(java.util.Locale.ROOT, "Tick %d of %d: %d active, %d jailed, %d quiescent; %d cops; legitimacy %.2f",
                c.tick(), model.scenario().ticks(), c.active(), c.jailed(), c.quiescent(), c.cops(), c.legitimacy());
    }

    private void add(Census c) {
        quiescent.add(c.tick(), c.quiescent(), false);
        active.add(c.tick(), c.active(), false);
        jailed.add(c.tick(), c.jailed(), false);
    }

    private void resetChart() {
        chart.removeAllSeries();
        quiescent = series("quiescent", EpsteinPalette.QUIESCENT);
        active = series("active", EpsteinPalette.ACTIVE);
        jailed = series("jailed", EpsteinPalette.JAILED);
    }

    private XYSeries series(String name, Color colour) {
        XYSeries s = new XYSeries(name, false);
        TimeSeriesAttributes a = (TimeSeriesAttributes) chart.addSeries(s, null);
        a.setStrokeColor(colour);
        a.setThickness(2.5);
        return s;
    }

    @Override
    public void load(SimState state) {
        super.load(state);
        mirror(model);
        display.reset();
        display.repaint();
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : new JFrame[] {displayFrame, chartFrame}) if (f != null) f.dispose();
        displayFrame = chartFrame = null;
        display = null;
    }
}
