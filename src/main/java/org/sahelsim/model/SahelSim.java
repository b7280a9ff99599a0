package org.sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.actors.ArmedActor;
import org.sahelsim.model.actors.EuropeanUnion;
import org.sahelsim.model.actors.ForeignForce;
import org.sahelsim.model.actors.Insurgency;
import org.sahelsim.model.actors.Jnim;
import org.sahelsim.model.actors.Junta;
import org.sahelsim.model.actors.RussianForces;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.params.ForceParams;
import org.sahelsim.model.params.RegionControl;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.Attitudes;
import org.sahelsim.model.submodels.Combat;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.model.submodels.Economy;
import org.sahelsim.model.submodels.FuelSupply;
import org.sahelsim.model.submodels.Politics;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Region;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation of the war in Mali: a MASON {@link SimState} whose every step is a week.
 *
 * <p>Each week, in this order (the schedule's orderings 0–7): dated scenario events fire; the
 * actors decide (first week of each month: deployments, policies; the state's budget and the
 * junta's cohesion); fuel moves; forces move; combat; attitudes and recruitment; control;
 * observers record the week. A run is a pure function of (scenario, map, seed): all randomness
 * comes from this state's seeded generator, and nothing is static.
 */
public final class SahelSim extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final transient Geography geo;
    private final Calendar calendar;
    private final List<RunObserver> observers = new ArrayList<>();

    private WorldState world;
    private EventLog log;
    private Combat combat;
    private Attitudes attitudes;
    private Control control;
    private FuelSupply fuel;
    private Economy economy;
    private Politics politics;
    private ScenarioEvents events;
    private final List<ArmedActor> actors = new ArrayList<>();
    private int offensiveRegion = -1;
    private double offensiveShare;
    private long offensiveUntil = -1;
    private boolean finished;

    public SahelSim(Scenario scenario, Geography geo, long seed) {
        super(seed);
        this.scenario = scenario;
        this.geo = geo;
        this.calendar = new Calendar(scenario.period().start(), scenario.period().end());
    }

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

    public FuelSupply fuelSupply() {
        return fuel;
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

    public boolean isFinished() {
        return finished;
    }

    /** Logs a notable event at the current date. */
    public void log(String type, String region, List<String> actors, String description) {
        log.add(date(), type, region, actors, description);
    }

    @Override
    public void start() {
        super.start();
        finished = false;
        world = new WorldState(geo);
        log = new EventLog();
        actors.clear();
        var cp = scenario.control();
        combat = new Combat(scenario.combat());
        attitudes = new Attitudes(scenario.attitudes(), scenario.fuel().normalPriceCfa(), cp.insurgentTroopsPerKm2());
        control = new Control(cp);
        fuel = new FuelSupply(scenario.fuel(), world, cp.insurgentTroopsPerKm2());
        economy = new Economy(scenario.economy(), scenario.fuel().normalPriceCfa(), cp.dominance());
        politics = new Politics(scenario.politics(), scenario.fuel().normalPriceCfa(), scenario.economy().arrearsMonthsToSuspend());
        events = new ScenarioEvents(this, scenario.eventsOrEmpty());
        initialiseWorld();

        var fp = scenario.forces();
        double gamma = scenario.attitudes().recruitGrievance();
        actors.add(new Junta(fp.fama(), scenario.fuel().escortTrigger()));
        actors.add(new RussianForces(fp.russia(), scenario.economy().arrearsMonthsToSuspend()));
        actors.add(new ForeignForce(Force.FRANCE, fp.france()));
        actors.add(new ForeignForce(Force.MINUSMA, fp.minusma()));
        actors.add(new EuropeanUnion(fp.eu()));
        actors.add(new ForeignForce(Force.AES, fp.aes()));
        actors.add(new Jnim(fp.jnim(), gamma, cp.insurgentTroopsPerKm2(), scenario.fuel().blockadeThreshold(), scenario.fuel().blockadeRoadFocus()));
        actors.add(new Insurgency(Force.IS_SAHEL, fp.isSahel(), gamma, cp.insurgentTroopsPerKm2()));
        actors.add(new Insurgency(Force.SEPARATISTS, fp.separatists(), gamma, cp.insurgentTroopsPerKm2()));

        // Initial deployment: everyone where their priorities put them.
        for (ArmedActor a : actors) {
            int f = a.force().ordinal();
            if (world.strength[f] <= 0) continue;
            a.decide(this);
            System.arraycopy(world.plannedPresence[f], 0, world.presence[f], 0, world.cells);
        }
        world.recountStrength();

        int weeks = calendar.weeks();
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> events.fire(tick()), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, (Steppable) s -> decide(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) s -> fuel.step(world, random, date(), log), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 3, (Steppable) s -> actors.forEach(a -> a.move(this)), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 4, (Steppable) s -> combat.step(world, random), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 5, (Steppable) s -> {
            attitudes.step(world);
            actors.forEach(a -> a.recruit(this));
            world.recountStrength();
        }, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 6, (Steppable) s -> control.step(world), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 7, (Steppable) s -> {
            observe();
            if (tick() >= weeks - 1) {
                finished = true;
                observers.forEach(RunObserver::finished);
                kill();
            }
        }, 1.0);
    }

    /** Runs from the start to the scenario's end. */
    public void runToEnd() {
        start();
        while (!finished && schedule.step(this)) {
            // each step is a week
        }
        finish();
    }

    private void initialiseWorld() {
        WorldState w = world;
        var a = scenario.attitudes();
        var pol = scenario.politics();
        w.legitimacy = a.legitimacyStart();
        w.cohesion = pol.cohesionStart();
        w.treasuryUsd = scenario.economy().treasuryUsd();
        for (int s = 0; s < Side.COUNT; s++) {
            for (int t = s + 1; t < Side.COUNT; t++) {
                boolean h = s == Side.STATE.ordinal() || (Side.of(s) == Side.IS_SAHEL || Side.of(t) == Side.IS_SAHEL);
                w.hostile[s][t] = h;
                w.hostile[t][s] = h;
            }
        }
        for (Force f : Force.values()) {
            ForceParams fp = scenario.forces().of(f);
            int i = f.ordinal();
            w.strength[i] = fp.strength();
            w.quality[i] = fp.quality();
            w.airPower[i] = fp.airPower();
            w.isr[i] = fp.isr();
            w.engagement[i] = fp.engagement();
            w.civilianHarm[i] = fp.civilianHarm();
        }
        seedControl(w);
        for (int s = 0; s < Side.COUNT; s++) System.arraycopy(w.control[s], 0, w.support[s], 0, w.cells);
        Arrays.fill(w.fuelPrice, scenario.fuel().normalPriceCfa());
        w.bamakoPrice = scenario.fuel().normalPriceCfa();
        w.bamakoStockDays = scenario.fuel().stockDaysStart();
    }

    /**
     * Turns each region's initial shares into cells: the state holds the cells nearest its
     * capital and roads, the contested band comes next, and the insurgent sides hold the cells
     * farthest out, in the order JNIM, IS Sahel, separatists from the centre outward, each taking
     * its share of the region's area. A held cell starts at control {@code (1 + dominance)/2}.
     */
    private void seedControl(WorldState w) {
        double dominance = scenario.control().dominance();
        double held = (1 + dominance) / 2;
        var byRegion = scenario.initialControl().byRegion();
        for (Region r : geo.regions()) {
            RegionControl rc = byRegion.get(r.id());
            if (rc == null) throw new IllegalArgumentException("initial_control has no entry for region '" + r.id() + "'");
            double sum = rc.state() + rc.jnim() + rc.isSahel() + rc.separatists();
            if (sum > 1 + 1e-9) throw new IllegalArgumentException("initial_control." + r.id() + ": shares sum to " + sum + ", expected at most 1");
            var town = geo.towns().stream().filter(t -> t.capital() && t.region() == r.index()).findFirst().orElse(null);
            double lon0 = town == null ? 0 : town.lon();
            double lat0 = town == null ? 0 : town.lat();
            List<Integer> cells = new ArrayList<>();
            double area = 0;
            for (int c = 0; c < w.cells; c++) {
                if (geo.region(c) == r.index()) {
                    cells.add(c);
                    area += geo.areaKm2(c);
                }
            }
            // Distance from the capital, shortened for road and town cells (the state's grip follows them).
            cells.sort(Comparator.comparingDouble((Integer c) -> {
                double d = Math.hypot(geo.lon(c) - lon0, (geo.lat(c) - lat0));
                return geo.hasRoad(c) || !w.rural[c] ? d / 2 : d;
            }).thenComparingInt(c -> c));
            double[] bands = {rc.state(), 1 - sum, rc.jnim(), rc.isSahel(), rc.separatists()};
            int[] owner = {Side.STATE.ordinal(), -1, Side.JNIM.ordinal(), Side.IS_SAHEL.ordinal(), Side.SEPARATISTS.ordinal()};
            double acc = 0;
            int band = 0;
            double limit = bands[0] * area;
            for (int c : cells) {
                while (band < bands.length - 1 && acc >= limit - 1e-9) {
                    band++;
                    limit += bands[band] * area;
                }
                acc += geo.areaKm2(c);
                if (owner[band] >= 0) {
                    w.control[owner[band]][c] = held;
                } else {
                    double[] shares = rc.shares();
                    for (int s = 0; s < Side.COUNT; s++) w.control[s][c] = shares[s] * dominance;
                }
            }
        }
    }

    private void decide() {
        long t = tick();
        if (!calendar.startsMonth(t)) return;
        if (offensiveRegion >= 0 && t > offensiveUntil) {
            log("offensive", geo.regions().get(offensiveRegion).id(), List.of("state"),
                    "The state's offensive in " + geo.regions().get(offensiveRegion).name() + " ends");
            offensiveRegion = -1;
        }
        for (ArmedActor a : actors) a.decide(this);
        economy.month(world);
        double stateTerritory = Control.shares(world, scenario.control().dominance(), false, -1)[Side.STATE.ordinal()];
        if (politics.month(world, stateTerritory, random)) coup("Junta cohesion collapses");
    }

    /** Starts a state offensive: {@code share} of FAMa's and Russian strength goes to the region for {@code weeks}. */
    public void startOffensive(int region, double share, int weeks) {
        offensiveRegion = region;
        offensiveShare = share;
        offensiveUntil = tick() + weeks;
        for (ArmedActor a : actors) {
            if (a.force() == Force.FAMA || a.force() == Force.RUSSIA) {
                a.decide(this);
            }
        }
    }

    /** Called by the state's forces after planning: moves the offensive's share of the plan into its region. */
    public void commitOffensive(Force force) {
        if (offensiveRegion < 0 || tick() > offensiveUntil) return;
        int f = force.ordinal();
        double[] plan = world.plannedPresence[f];
        double total = 0;
        for (double x : plan) total += x;
        double committed = offensiveShare * total;
        double weight = 0;
        double[] enemy = new double[world.cells];
        for (int c = 0; c < world.cells; c++) {
            if (geo.region(c) != offensiveRegion || !world.stateMayOperate[c]) continue;
            double e = 1e-3;
            for (int g = 0; g < Force.COUNT; g++) if (Force.of(g).side().insurgent()) e += world.presence[g][c];
            enemy[c] = e;
            weight += e;
        }
        if (weight <= 0) return;
        for (int c = 0; c < world.cells; c++) plan[c] = plan[c] * (1 - offensiveShare) + committed * enemy[c] / weight;
    }

    /** A coup: the junta is replaced; a new junta may negotiate with JNIM and end the Russian contract. */
    public void coup(String why) {
        WorldState w = world;
        w.coups++;
        w.cohesion = scenario.politics().cohesionStart();
        boolean talks = scenario.politics().negotiatesAfterCoup();
        log("coup", "bamako", List.of("state"), why + ": a coup in Bamako brings a new junta"
                + (talks ? " that opens talks with JNIM and ends the Russian contract" : ""));
        if (talks) {
            w.jnimTalks = true;
            w.hostile[Side.STATE.ordinal()][Side.JNIM.ordinal()] = false;
            w.hostile[Side.JNIM.ordinal()][Side.STATE.ordinal()] = false;
            if (w.blockade) {
                w.blockade = false;
                log("blockade", "", List.of("jnim"), "JNIM lifts its blockade during talks with the new junta");
            }
            w.russiaContract = false;
            events.ramp(Force.RUSSIA, 0, (int) Math.round(scenario.politics().russiaExitWeeks()));
            log("contract", "bamako", List.of("russia", "state"), "The new junta ends the Russian contract; Russian forces begin to leave");
        }
    }

    private void observe() {
        WorldState w = world;
        double dom = scenario.control().dominance();
        int regions = geo.regions().size();
        double[][] all = Control.allShares(w, dom);
        double[][] rt = new double[regions][];
        double[][] rp = new double[regions][];
        for (int r = 0; r < regions; r++) {
            rt[r] = all[2 + 2 * r];
            rp[r] = all[3 + 2 * r];
        }
        WeekRecord rec = new WeekRecord(
                (int) tick(), date(),
                all[0], all[1], rt, rp,
                w.bamakoPrice, w.bamakoStockDays, w.weekViolentEvents, w.weekFatalities, w.weekCivilianFatalities,
                w.strength.clone(), w.cohesion, w.treasuryUsd, Attitudes.meanGrievance(w));
        for (RunObserver o : observers) o.week(rec, w);
        w.weekViolentEvents = 0;
        w.weekFatalities = 0;
        w.weekCivilianFatalities = 0;
        Arrays.fill(w.violence, 0);
        Arrays.fill(w.killed, 0);
    }
}
