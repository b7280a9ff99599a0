package org.sahelsim.model.submodels;

import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.AttitudeParams;
import org.sahelsim.theory.Grievance;

/**
 * Grievance and support per cell.
 *
 * <p><b>Grievance.</b> Civilian harm adds grievance against the side that did it, in proportion
 * to the civilians killed per 1,000 inhabitants, and fades with {@code grievanceMemory}.
 * Hardship comes from the fuel price (reaching {@code hardshipFuel} at twice the normal price)
 * and the rural fuel restriction, on top of a structural {@code hardshipBase}. Following Epstein (2002), the grievance against the state is
 * {@code hardship × (1 − legitimacy)}, combined with harm-driven grievance as independent
 * causes: {@code 1 − (1 − H(1 − L))(1 − G_harm)}.
 *
 * <p><b>Support</b> moves toward the side that brings security and services (Athena's
 * support → influence → control chain): a side's attraction in a cell is its control there
 * weighted by security and by its services (JNIM's food distribution and mediation; the state's
 * services and tax cuts), minus the grievance against it; an insurgent side also gains from the
 * grievance against the state where it is present ("rallied to Al-Qaeda by default"). Target
 * support is each attraction over one plus their sum (the rest neutral); support closes
 * {@code supportRate} of the gap each week.
 */
public final class Attitudes extends Submodel {
    private static final long serialVersionUID = 1L;

    private final AttitudeParams p;
    private final double normalPrice;
    private final double troopsPerKm2;
    private final double blame;
    /** Each side's troops by cell this week ({@link SideTroops#all}); scratch, kept from week to week. */
    private transient double[][] troops;
    /** The civilians the state killed in each cell this week; scratch, kept from week to week. */
    private transient double[] stateKilled;

    /**
     * @param normalFuelPrice the price at which fuel causes no hardship
     * @param troopsPerKm2    the density of armed presence that counts as being fully present
     */
    public Attitudes(AttitudeParams params, double normalFuelPrice, double troopsPerKm2) {
        this(params, normalFuelPrice, troopsPerKm2, 0);
    }

    /**
     * @param blockadeBlame share of the fuel hardship people blame on JNIM while its blockade covers them
     */
    public Attitudes(AttitudeParams params, double normalFuelPrice, double troopsPerKm2, double blockadeBlame) {
        this.blame = blockadeBlame;
        this.p = params;
        this.normalPrice = normalFuelPrice;
        this.troopsPerKm2 = troopsPerKm2;
    }

    @Override
    public void step(WorldState w, Week week) {
        update(w);
    }

    /**
     * One week's update of every cell, on the run's threads ({@link WorldState#cellSweep}): each
     * cell's update reads this week's inputs and its own last values only, so the result is the
     * same on any number of threads.
     */
    public void update(WorldState w) {
        int n = w.cells;
        troops = SideTroops.sized(troops, n);
        if (stateKilled == null || stateKilled.length != n) stateKilled = new double[n];
        w.cellSweep().sweep(n, (from, to) -> update(w, from, to));
        // The civilians the state killed, added up in the cells' order once every cell is done.
        for (int c = 0; c < n; c++) w.stateAbusesSinceDecisions += stateKilled[c];
    }

    /** The update of cells {@code from} to {@code to − 1}: each cell's own values only. */
    private void update(WorldState w, int from, int to) {
        final int sides = Side.COUNT;
        double[] attraction = new double[sides];
        double[][] troops = this.troops;
        SideTroops.all(w, troops, from, to);
        int state = Side.STATE.ordinal();
        int jnim = Side.JNIM.ordinal();
        // What does not change from cell to cell this week: each side's services, whether it is an
        // insurgent, and the share of the fuel hardship blamed on JNIM in each region.
        double[] services = new double[sides];
        boolean[] insurgent = new boolean[sides];
        for (int s = 0; s < sides; s++) {
            Side side = Side.of(s);
            services[s] = switch (side) {
                case STATE -> p.stateServices() + (w.taxCut ? p.taxCutSupport() : 0);
                case JNIM -> p.governanceJnim();
                default -> 0;
            };
            insurgent[s] = side.insurgent();
        }
        int regions = w.geo.regions().size();
        double[] blamedIn = new double[regions];
        for (int r = 0; r < regions; r++) blamedIn[r] = !w.jnimTalks && w.blockade.covers(r) ? blame : 0;
        double harmGrievance = p.harmGrievance();
        double memory = p.grievanceMemory();
        double securityWeight = p.securityWeight();
        double supportRate = p.supportRate();
        for (int c = from; c < to; c++) {
            double perThousand = Math.max(1.0, w.geo.population(c) / 1000.0);
            stateKilled[c] = w.civiliansKilledBy[state][c];
            for (int s = 0; s < sides; s++) {
                // A zero over a positive number is that zero: skipped, the same bits (few cells see civilians killed in a week).
                double harm = harmGrievance * w.civiliansKilledBy[s][c];
                double added = harm == 0 ? harm : harm / perThousand;
                w.harmGrievance[s][c] = Math.min(1, memory * w.harmGrievance[s][c] + added);
                w.civiliansKilledBy[s][c] = 0;
            }
            double priceExcess = Math.max(0, Math.min(1, w.fuelPrice[c] / normalPrice - 1));
            // Under JNIM's blockade people blame part of the fuel hardship on those who impose it.
            double blamed = blamedIn[w.geo.region(c)];
            double fuelHardship = p.hardshipFuel() * priceExcess;
            double h = p.hardshipBase() + w.droughtHardship + (1 - blamed) * fuelHardship;
            if (w.fuelRestricted(c)) h += p.hardshipRuralFuel();
            h = Math.min(1, h);
            w.hardship[c] = h;
            double epstein = Grievance.of(h, w.legitimacy);
            double grievance = 1 - (1 - epstein) * (1 - w.harmGrievance[state][c]);
            w.grievanceState[c] = grievance;
            double fullPresence = troopsPerKm2 * w.geo.areaKm2(c);
            boolean positive = fullPresence > 0 && fullPresence < Double.POSITIVE_INFINITY;

            double sum = 0;
            for (int s = 0; s < sides; s++) {
                double ctrl = w.control[s][c];
                double a;
                if (insurgent[s]) {
                    // An insurgent group governs where its people are, before it holds the ground:
                    // food distribution and mediation "allow it to strengthen its territorial presence".
                    double present = troops[s][c];
                    double near = Math.min(1, (present == 0 && positive ? present : present / fullPresence) + ctrl);
                    a = securityWeight * ctrl + services[s] * near + grievance * near - w.harmGrievance[s][c];
                    if (s == jnim) a -= blamed * fuelHardship;
                } else {
                    a = (securityWeight + services[s]) * ctrl - grievance;
                }
                attraction[s] = Math.max(0, a);
                sum += attraction[s];
            }
            for (int s = 0; s < sides; s++) {
                double target = attraction[s] / (1 + sum);
                w.support[s][c] += supportRate * (target - w.support[s][c]);
            }
        }
    }

    /** Population-weighted mean grievance against the state. */
    public static double meanGrievance(WorldState w) {
        double num = 0;
        double den = 0;
        for (int c = 0; c < w.cells; c++) {
            num += w.geo.population(c) * w.grievanceState[c];
            den += w.geo.population(c);
        }
        return den == 0 ? 0 : num / den;
    }
}
