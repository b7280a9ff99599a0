package org.sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.List;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.observe.Observers;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.FuelSupply;
import org.sahelsim.model.submodels.Submodel;
import org.sahelsim.model.world.Geography;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation of the war in Mali: a MASON {@link SimState} whose every step is a week.
 *
 * <p>{@link #start()} builds the world ({@link Initialisation}, ODD §5) and schedules the
 * submodels that {@link WeeklySchedule} declares, in its order (ODD §3), then one last step that
 * ends the run after its final week. A run is a pure function of (scenario, map, seed): all
 * randomness comes from this state's seeded generator, and nothing is static.
 */
public final class SahelSim extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final Geography geo;
    private final Calendar calendar;
    private final Observers observers = new Observers();

    private WorldState world;
    private EventLog log;
    private WeeklySchedule submodels;
    private boolean finished;
    private int cellThreads = 1;

    public SahelSim(Scenario scenario, Geography geo, long seed) {
        super(seed);
        this.scenario = scenario;
        this.geo = geo;
        this.calendar = new Calendar(scenario.period().start(), scenario.period().end());
    }

    /**
     * Sweeps the cells of this run on {@code threads} threads (the calling one included) where a
     * submodel can share them out; the run's results are the same bits on any number. For a single
     * run on a fine map with a processor to spare, not for the runs of an ensemble that already
     * keeps every processor busy. Takes effect at the next {@link #start()}.
     */
    public SahelSim cellThreads(int threads) {
        this.cellThreads = Math.max(1, threads);
        return this;
    }

    /** Adds an observer that receives each week once every submodel has run. */
    public void addObserver(RunObserver observer) {
        observers.add(observer);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Geography geography() {
        return geo;
    }

    public WorldState world() {
        return world;
    }

    public EventLog eventLog() {
        return log;
    }

    public Calendar calendar() {
        return calendar;
    }

    /** The weekly submodels, in the order they run. */
    public WeeklySchedule submodels() {
        return submodels;
    }

    public FuelSupply fuelSupply() {
        return submodels.fuel();
    }

    public MersenneTwisterFast rng() {
        return random;
    }

    /** The current week's first day. */
    public LocalDate date() {
        return calendar.date(tick());
    }

    public long tick() {
        double t = schedule.getTime();
        return t < 0 || t == Schedule.AFTER_SIMULATION ? 0 : (long) t;
    }

    /** The week now running, as the submodels see it. */
    public Week week() {
        long t = tick();
        return new Week(t, calendar.startsMonth(t), random, log, calendar.date(t), seed());
    }

    /**
     * The menu of an actor for the coming month, as a player sees it ({@code state}, {@code jnim},
     * {@code is_sahel}, {@code separatists}, {@code russia}, {@code france}, {@code ecowas},
     * {@code algeria}, {@code aes}, ...): the same options its rule weighs. It draws nothing from
     * the run's random numbers.
     */
    public java.util.List<org.sahelsim.model.actors.MenuItem> menu(String actor) {
        long t = tick();
        MersenneTwisterFast blur = new MersenneTwisterFast(seed() * 1_000_003L + t);
        Week w = new Week(t, true, blur, new EventLog(), calendar.date(t));
        return submodels.decisions().menu(world, w, actor, blur);
    }

    /**
     * Fires an event now, whatever its date, as a dated event of its type would act (a teacher's
     * live event); it is logged as {@code live_event} with {@code by} first among its actors.
     */
    public void fire(org.sahelsim.model.params.ScenarioEvent event, String by) {
        submodels.events().fireNow(world, week(), event, by);
    }

    /** Gives an actor a player's orders for the coming month (option ids from its {@link #menu}). */
    public void order(String actor, java.util.List<String> choices) {
        world.orders.give(actor, choices);
    }

    public boolean isFinished() {
        return finished;
    }

    @Override
    public void start() {
        super.start();
        finished = false;
        log = new EventLog();
        world = Initialisation.world(scenario, geo, random);
        submodels = new WeeklySchedule(scenario, world, calendar, observers, org.sahelsim.model.submodels.CellSweep.on(cellThreads));
        Initialisation.deploy(world, submodels.decisions().actors(), week());
        submodels.settle(world, scenario.control().settleWeeks());
        List<Submodel> order = submodels.inOrder();
        for (int i = 0; i < order.size(); i++) schedule.scheduleRepeating(Schedule.EPOCH, i, order.get(i), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order.size(), new RunEnd(), 1.0);
    }

    /** Runs from the start to the scenario's end. */
    public void runToEnd() {
        start();
        while (!finished && schedule.step(this)) {
            // each step is a week
        }
        finish();
    }

    /** Ends the run once its last week has been observed. */
    private static final class RunEnd implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            SahelSim sim = (SahelSim) state;
            if (sim.tick() >= sim.calendar.weeks() - 1) {
                sim.finished = true;
                sim.observers.finished();
                sim.kill();
            }
        }
    }
}
