package org.sahelsim.classic.epstein;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * Epstein's Model I as a MASON model: citizens and cops on a torus, one tick at a time.
 *
 * <p><b>A tick.</b> First the scenario's {@link Change}s due before this tick move their levers
 * (then any lever a teacher pulled in the GUI). Then every free citizen and every cop acts once,
 * in an order shuffled afresh each tick with the model's seeded generator (the paper's
 * "asynchronous activation ... once per period, random order"): it moves to a random empty site
 * within its vision (rule M; citizens only if the scenario lets them move), then a citizen
 * decides to be active or quiet (rule A) and a cop arrests one random active citizen it sees
 * (rule C). An arrested citizen leaves the torus at once. Last, in citizen order, each jailed
 * citizen's term counts down, and a citizen whose term is served comes back quiet onto a random
 * empty site within its vision of where it was arrested (anywhere, if none is free there).
 *
 * <p><b>Start.</b> Cops, then citizens, on distinct sites drawn at random; each citizen draws
 * its hardship, then its risk aversion, from U(0, 1); everyone starts quiet.
 *
 * <p>A run is a pure function of (scenario, seed): all randomness comes from this state's
 * generator, nothing is static, and many runs may share a JVM. Not thread-safe: one thread
 * steps a model (the GUI's levers wait for the next tick).
 */
public final class CivilViolence extends SimState {
    private static final long serialVersionUID = 1L;

    private final EpsteinScenario scenario;

    private Lattice lattice;
    private Lattice.Sight citizenSight;
    private Lattice.Sight copSight;
    private Citizen[] citizens;
    private List<Cop> cops;
    private double legitimacy;
    /** Each change's lever value when it started (NaN before). */
    private double[] changeFrom;
    private int active;
    private int jailed;
    private int tick;
    private List<Census> history;
    private Steppable[] order;
    private int[] seen;
    private Stoppable ticking;
    private volatile Double wantedLegitimacy;
    private volatile Double wantedCopDensity;

    /** A model of the scenario with the seed; {@link #start()} (or {@link #runToEnd()}) builds it. */
    public CivilViolence(EpsteinScenario scenario, long seed) {
        super(seed);
        this.scenario = scenario;
    }

    public EpsteinScenario scenario() {
        return scenario;
    }

    @Override
    public void start() {
        super.start();
        Torus t = scenario.torus();
        int reach = (int) Math.floor(Math.max(scenario.citizens().vision(), scenario.cops().vision()));
        lattice = new Lattice(t.width(), t.height(), reach);
        citizenSight = lattice.sight(scenario.citizens().vision());
        copSight = lattice.sight(scenario.cops().vision());
        seen = new int[Math.max(citizenSight.size(), copSight.size()) + 1];
        legitimacy = scenario.legitimacy();
        changeFrom = new double[scenario.changes().size()];
        java.util.Arrays.fill(changeFrom, Double.NaN);
        active = 0;
        jailed = 0;
        tick = 0;
        wantedLegitimacy = null;
        wantedCopDensity = null;

        int[] sites = new int[lattice.sites];
        for (int i = 0; i < sites.length; i++) sites[i] = i;
        shuffle(sites, sites.length);
        int nCops = scenario.copCount();
        int nCitizens = scenario.citizenCount();
        cops = new ArrayList<>();
        for (int i = 0; i < nCops; i++) {
            cops.add(new Cop(sites[i]));
            lattice.putCop(sites[i]);
        }
        citizens = new Citizen[nCitizens];
        for (int i = 0; i < nCitizens; i++) {
            int site = sites[nCops + i];
            double hardship = random.nextDouble();
            double riskAversion = random.nextDouble();
            citizens[i] = new Citizen(i, hardship, riskAversion, site);
            lattice.putCitizen(site, i, false);
        }
        order = new Steppable[nCitizens + lattice.sites];
        history = new ArrayList<>(scenario.ticks() + 1);
        history.add(census());
        ticking = schedule.scheduleRepeating(Schedule.EPOCH, 0, new Tick(), 1.0);
    }

    /** One tick of the whole model, as the class comment describes. */
    private static final class Tick implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((CivilViolence) state).playTick();
        }
    }

    private void playTick() {
        int t = tick + 1;
        moveLevers(t);
        int n = 0;
        for (Citizen c : citizens) if (!c.jailed) order[n++] = c;
        for (Cop c : cops) order[n++] = c;
        shuffle(order, n);
        for (int i = 0; i < n; i++) order[i].step(this);
        serveTerms();
        tick = t;
        history.add(census());
        if (tick >= scenario.ticks()) ticking.stop();
    }

    /** Runs the scenario from the start to its last tick; returns the census of every tick, 0 included. */
    public List<Census> runToEnd() {
        start();
        while (!isOver() && schedule.step(this)) {
            // each step is a tick
        }
        finish();
        return history();
    }

    /** Whether the scenario's ticks are all done. */
    public boolean isOver() {
        return tick >= scenario.ticks();
    }

    /** Ticks done. */
    public int tick() {
        return tick;
    }

    /** The census after each tick so far, from tick 0 (the start). */
    public List<Census> history() {
        return Collections.unmodifiableList(history);
    }

    /** The population now. */
    public Census census() {
        return new Census(tick, citizens.length - active - jailed, active, jailed, cops.size(), legitimacy);
    }

    public double legitimacy() {
        return legitimacy;
    }

    /** Cops per site now. */
    public double copDensity() {
        return cops.size() / (double) lattice.sites;
    }

    /** The number of active citizens now. */
    public int activeCount() {
        return active;
    }

    /** The citizens, by index. */
    public List<Citizen> citizens() {
        return List.of(citizens);
    }

    /**
     * Asks for a new legitimacy from the next tick on (a lever pulled from outside the run).
     *
     * @throws IllegalArgumentException unless 0 <= value <= 1
     */
    public void requestLegitimacy(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("legitimacy is a share between 0 and 1; " + value + " refused");
        }
        wantedLegitimacy = value;
    }

    /**
     * Asks for a new cop density from the next tick on: cops are added on random empty sites or
     * random cops withdrawn.
     *
     * @throws IllegalArgumentException unless the cops would fit beside the citizens
     */
    public void requestCopDensity(double value) {
        if (!scenario.copsFit(value)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "cop density must lie between 0 and %.4f (the sites the citizens leave free); %s refused",
                    scenario.maxCopDensity(), value));
        }
        wantedCopDensity = value;
    }

    /** What each site shows, row by row ({@code site = y·width + x}), into {@code into}. */
    public void occupants(Occupant[] into) {
        Occupant[] all = Occupant.values();
        for (int s = 0; s < lattice.sites; s++) into[s] = all[lattice.kind[s]];
        for (Citizen c : citizens) {
            if (c.jailed && lattice.kind[c.arrestSite] == Lattice.EMPTY) into[c.arrestSite] = Occupant.JAILED;
        }
    }

    // ---- what the agents do to the lattice ----

    Lattice.Sight citizenSight() {
        return citizenSight;
    }

    Lattice.Sight copSight() {
        return copSight;
    }

    /** Rule M: moves the agent on {@code site} to a random empty site in sight, if any; returns where it stands. */
    int moveWithin(int site, Lattice.Sight sight) {
        int n = sight.collect(site, Lattice.EMPTY, seen);
        if (n == 0) return site;
        int to = seen[random.nextInt(n)];
        lattice.move(site, to);
        return to;
    }

    void setActive(Citizen c, boolean now) {
        if (c.active == now) return;
        c.active = now;
        active += now ? 1 : -1;
        lattice.putCitizen(c.site, c.index(), now);
    }

    /** Rule C: arrests one active citizen, chosen at random, in a cop's sight from {@code site}. */
    void arrestSomeoneSeenFrom(int site) {
        int n = copSight.collect(site, Lattice.ACTIVE, seen);
        if (n == 0) return;
        Citizen c = citizens[lattice.citizen[seen[random.nextInt(n)]]];
        Integer max = scenario.jail().maxTerm();
        c.termLeft = max == null ? 0 : random.nextInt(max + 1);
        c.active = false;
        c.jailed = true;
        c.arrestSite = c.site;
        lattice.clear(c.site);
        c.site = -1;
        active--;
        jailed++;
    }

    /** Terms count down, in citizen order; a served term means release near the arrest site. */
    private void serveTerms() {
        if (jailed == 0 || !scenario.jail().termsEnd()) return;
        for (Citizen c : citizens) {
            if (!c.jailed) continue;
            if (c.termLeft > 0) {
                c.termLeft--;
                continue;
            }
            int site = emptySiteNear(c.arrestSite);
            c.jailed = false;
            c.site = site;
            lattice.putCitizen(site, c.index(), false);
            jailed--;
        }
    }

    /** A random empty site among the arrest site and those in a citizen's sight of it; else anywhere. */
    private int emptySiteNear(int site) {
        int n = citizenSight.collect(site, Lattice.EMPTY, seen);
        if (lattice.kind[site] == Lattice.EMPTY) seen[n++] = site;
        if (n > 0) return seen[random.nextInt(n)];
        return emptySiteAnywhere();
    }

    /** A uniformly random empty site (there is always one: agents never outnumber the sites). */
    private int emptySiteAnywhere() {
        int free = 0;
        for (byte k : lattice.kind) if (k == Lattice.EMPTY) free++;
        int pick = random.nextInt(free);
        for (int s = 0; s < lattice.sites; s++) {
            if (lattice.kind[s] == Lattice.EMPTY && pick-- == 0) return s;
        }
        throw new IllegalStateException("no empty site on the torus");
    }

    // ---- levers ----

    private void moveLevers(int t) {
        List<Change> changes = scenario.changes();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (!c.covers(t)) continue;
            if (Double.isNaN(changeFrom[i])) changeFrom[i] = c.lever() == Lever.LEGITIMACY ? legitimacy : copDensity();
            double v = c.valueAt(t, changeFrom[i]);
            if (c.lever() == Lever.LEGITIMACY) legitimacy = v;
            else setCops(scenario.torus().count(v));
        }
        Double l = wantedLegitimacy;
        if (l != null) {
            legitimacy = l;
            wantedLegitimacy = null;
        }
        Double d = wantedCopDensity;
        if (d != null) {
            setCops(scenario.torus().count(d));
            wantedCopDensity = null;
        }
    }

    /** Adds cops on random empty sites, or withdraws random cops, until there are {@code count}. */
    private void setCops(int count) {
        while (cops.size() < count) {
            int site = emptySiteAnywhere();
            lattice.putCop(site);
            cops.add(new Cop(site));
        }
        while (cops.size() > count) {
            int i = random.nextInt(cops.size());
            Cop gone = cops.get(i);
            lattice.clear(gone.site);
            Cop last = cops.remove(cops.size() - 1);
            if (i < cops.size()) cops.set(i, last);
        }
    }

    /** Fisher–Yates over the first {@code n} items, with the model's generator. */
    private void shuffle(int[] a, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    private void shuffle(Object[] a, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Object x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }
}
