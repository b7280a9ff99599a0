package org.sahelsim.model.submodels;

import java.util.Arrays;
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
     * Each cell's inputs and sums this week, for the loops over the cells (scratch, kept from week
     * to week): its people per thousand (at least 1) and the density of full presence times its area
     * (the map's, made once),
     * the share of JNIM's attraction the blockade's blamed hardship takes, each side's attraction
     * and their sum.
     */
    private transient double[] perThousand;
    private transient double[] fullPresence;
    private transient double[] blamedHardship;
    private transient double[][] attraction;
    private transient double[] attractionSum;
    /** The map {@link #perThousand} and {@link #fullPresence} were made for. */
    private transient org.sahelsim.model.world.Geography mapped;

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
        if (stateKilled == null || stateKilled.length != n || mapped != w.geo) {
            stateKilled = new double[n];
            perThousand = new double[n];
            fullPresence = new double[n];
            blamedHardship = new double[n];
            attractionSum = new double[n];
            // Each cell's people per thousand (at least 1) and density of full presence times its
            // area: the map's, the same every week.
            for (int c = 0; c < n; c++) {
                perThousand[c] = Math.max(1.0, w.geo.population(c) / 1000.0);
                fullPresence[c] = troopsPerKm2 * w.geo.areaKm2(c);
            }
            mapped = w.geo;
        }
        attraction = SideTroops.sized(attraction, n);
        w.cellSweep().sweep(n, (from, to) -> update(w, from, to));
        // The civilians the state killed, added up in the cells' order once every cell is done.
        for (int c = 0; c < n; c++) w.stateAbusesSinceDecisions += stateKilled[c];
    }

    /**
     * The update of cells {@code from} to {@code to − 1}: each cell's own values only.
     *
     * <p>Laid out side by side over the cells, with no branch inside the loops where each cell
     * gets the same operations, so that the JIT does several cells an instruction: the grievance
     * that harm adds, then each cell's hardship and grievance against the state (one loop that
     * looks up each cell's region), then each side's attraction, then support. Every cell gets
     * the operations of a cell-by-cell update in their order, and the same bits: a harm of zero
     * over the people per thousand (at least one) is that zero, and troops over the density of full
     * presence are zero where there are none whenever that density is positive and finite.
     */
    private void update(WorldState w, int from, int to) {
        final int sides = Side.COUNT;
        double[][] troops = this.troops;
        SideTroops.all(w, troops, from, to);
        int state = Side.STATE.ordinal();
        int jnim = Side.JNIM.ordinal();
        double[] perThousand = this.perThousand;
        double[] fullPresence = this.fullPresence;
        double[] blamedHardship = this.blamedHardship;
        double[][] attraction = this.attraction;
        double[] sum = this.attractionSum;
        double[] stateKilled = this.stateKilled;
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
        double hardshipFuel = p.hardshipFuel();
        double hardshipBase = p.hardshipBase();
        double hardshipRural = p.hardshipRuralFuel();
        double drought = w.droughtHardship;
        double legitimacy = w.legitimacy;
        double normalPrice = this.normalPrice;
        // The grievance that civilians killed add against each side, fading with memory.
        System.arraycopy(w.civiliansKilledBy[state], from, stateKilled, from, to - from);
        for (int s = 0; s < sides; s++) {
            double[] killed = w.civiliansKilledBy[s];
            double[] grievance = w.harmGrievance[s];
            for (int c = from; c < to; c++) {
                double added = harmGrievance * killed[c] / perThousand[c];
                grievance[c] = Math.min(1, memory * grievance[c] + added);
            }
            Arrays.fill(killed, from, to, 0);
        }
        // Hardship and the grievance against the state.
        double[] stateHarm = w.harmGrievance[state];
        for (int c = from; c < to; c++) {
            double priceExcess = Math.max(0, Math.min(1, w.fuelPrice[c] / normalPrice - 1));
            // Under JNIM's blockade people blame part of the fuel hardship on those who impose it.
            double blamed = blamedIn[w.geo.region(c)];
            double fuelHardship = hardshipFuel * priceExcess;
            double h = hardshipBase + drought + (1 - blamed) * fuelHardship;
            if (w.fuelRestricted(c)) h += hardshipRural;
            h = Math.min(1, h);
            w.hardship[c] = h;
            double epstein = Grievance.of(h, legitimacy);
            w.grievanceState[c] = 1 - (1 - epstein) * (1 - stateHarm[c]);
            blamedHardship[c] = blamed * fuelHardship;
        }
        // Each side's attraction, and their sum in the sides' order.
        double[] grievance = w.grievanceState;
        Arrays.fill(sum, from, to, 0);
        for (int s = 0; s < sides; s++) {
            double[] ctrl = w.control[s];
            double[] att = attraction[s];
            double[] harm = w.harmGrievance[s];
            if (insurgent[s]) {
                // An insurgent group governs where its people are, before it holds the ground:
                // food distribution and mediation "allow it to strengthen its territorial presence".
                double[] present = troops[s];
                double served = services[s];
                double blamed = s == jnim ? 1 : 0;
                for (int c = from; c < to; c++) {
                    double near = Math.min(1, present[c] / fullPresence[c] + ctrl[c]);
                    double a = securityWeight * ctrl[c] + served * near + grievance[c] * near - harm[c];
                    att[c] = Math.max(0, a - blamed * blamedHardship[c]);
                    sum[c] += att[c];
                }
            } else {
                double weight = securityWeight + services[s];
                for (int c = from; c < to; c++) {
                    att[c] = Math.max(0, weight * ctrl[c] - grievance[c]);
                    sum[c] += att[c];
                }
            }
        }
        for (int s = 0; s < sides; s++) {
            double[] att = attraction[s];
            double[] support = w.support[s];
            for (int c = from; c < to; c++) {
                double target = att[c] / (1 + sum[c]);
                support[c] += supportRate * (target - support[c]);
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
