package org.sahelsim.classic.epstein;

import org.sahelsim.theory.Grievance;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A member of the general population (an "agent" in the paper). Its hardship and risk aversion
 * are drawn once and never change; its grievance follows the regime's legitimacy. Each tick, if
 * free, it moves (rule M) and then decides whether to be active (rule A); in jail it waits.
 */
public final class Citizen implements Steppable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final double hardship;
    private final double riskAversion;
    int site;
    boolean active;
    boolean jailed;
    /** Ticks of the term still to serve (unused when terms never end). */
    int termLeft;
    /** Where it was arrested: it comes back near there. */
    int arrestSite = -1;

    Citizen(int index, double hardship, double riskAversion, int site) {
        this.index = index;
        this.hardship = hardship;
        this.riskAversion = riskAversion;
        this.site = site;
    }

    public int index() {
        return index;
    }

    /** H, drawn from U(0, 1). */
    public double hardship() {
        return hardship;
    }

    /** R, drawn from U(0, 1). */
    public double riskAversion() {
        return riskAversion;
    }

    /** G = H(1 − L) under legitimacy L. */
    public double grievance(double legitimacy) {
        return Grievance.of(hardship, legitimacy);
    }

    public boolean isActive() {
        return active;
    }

    public boolean isJailed() {
        return jailed;
    }

    @Override
    public void step(SimState state) {
        if (jailed) return;
        CivilViolence m = (CivilViolence) state;
        if (m.scenario().citizens().move()) site = m.moveWithin(site, m.citizenSight());
        m.setActive(this, decides(m));
    }

    /**
     * Rule A: active if {@code G − N > T}, with net risk {@code N = R·P} and the estimated arrest
     * probability {@code P = 1 − exp(−k·r(C/A))} from the cops C and the actives A in sight,
     * A counting the citizen itself.
     */
    private boolean decides(CivilViolence m) {
        Citizens p = m.scenario().citizens();
        double g = grievance(m.legitimacy());
        // With no risk at all a citizen goes active only if G > T: most of the population can
        // be settled without looking round (the same answer, since N >= 0).
        if (g <= p.threshold()) return false;
        long seen = m.citizenSight().copsAndActives(site);
        int cops = (int) (seen >>> 32);
        int actives = 1 + (int) seen;
        double arrest = arrestProbability(p, cops, actives);
        return g - riskAversion * arrest > p.threshold();
    }

    /** P = 1 − exp(−k·r(C/A)): about 0.9 with one cop and one active (k = 2.3), 0 with no cop. */
    static double arrestProbability(Citizens p, int cops, int actives) {
        return 1 - Math.exp(-p.arrestConstant() * p.arrestRatio().apply(cops / (double) actives));
    }
}
