package org.sahelsim.model;

import java.util.Arrays;
import org.sahelsim.model.world.Geography;

/**
 * The dynamic state of the world: per-cell variables as flat arrays indexed {@code [cell]} or
 * {@code [side or force][cell]}, and national variables. Flat arrays keep the weekly sweeps over
 * cells cache-friendly; the submodels read and write them directly, in the order the schedule
 * fixes, so there is one writer at a time.
 */
public final class WorldState implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public final transient Geography geo;
    public final int cells;

    /** Share of each cell held by each side; the rest of the cell is contested. */
    public final double[][] control;
    /** Share of each cell's people supporting each side; the rest are neutral. */
    public final double[][] support;
    /** Harm-driven grievance of each cell's people against each side, 0–1. */
    public final double[][] harmGrievance;
    /** Grievance against the state (Epstein: hardship × (1 − legitimacy), combined with harm). */
    public final double[] grievanceState;
    /** Hardship from fuel prices and restrictions, 0–1. */
    public final double[] hardship;
    /** Troops of each force in each cell. */
    public final double[][] presence;
    /** Troops each force plans to have in each cell (its last monthly decision). */
    public final double[][] plannedPresence;
    /** Civilians killed in each cell this week by each side. */
    public final double[][] civiliansKilledBy;
    /** Violent events in each cell this week. */
    public final int[] violence;
    /** People killed in each cell this week, all sides and civilians. */
    public final double[] killed;
    /** Fuel price in each cell this week, CFA per litre. */
    public final double[] fuelPrice;
    /** Whether state forces may operate in a cell (false in a neighbour's no-go zone). */
    public final boolean[] stateMayOperate;
    /** Whether a cell is rural (no town in it). */
    public final boolean[] rural;

    /** National strength of each force (sum of its presence). */
    public final double[] strength = new double[Force.COUNT];
    public final double[] quality = new double[Force.COUNT];
    public final double[] airPower = new double[Force.COUNT];
    public final double[] isr = new double[Force.COUNT];
    public final double[] engagement = new double[Force.COUNT];
    public final double[] civilianHarm = new double[Force.COUNT];
    /** Whether the last engagement in each cell was a set battle (else an ambush or raid). */
    public final boolean[] lastEngagementSetBattle;
    /** Whether each pair of sides fights: {@code hostile[a][b]}. */
    public final boolean[][] hostile = new boolean[Side.COUNT][Side.COUNT];

    // National policies and conditions, set by actors and events.
    public boolean ruralFuelRestriction;
    public boolean taxCut;
    public boolean sanctions;
    public double sanctionsRevenueLoss;
    public boolean blockade;
    /** Regions under the declared blockade; all when empty and {@link #blockade} is on. */
    public final boolean[] blockadedRegion;
    public boolean escortConvoys;
    public boolean russiaSuspended;
    public boolean russiaContract = true;
    public boolean jnimTalks;
    public double legitimacy;
    public double cohesion;
    public double treasuryUsd;
    public double arrearsMonths;
    public int coups;
    /** Fuel factor 0–1 on military mobility (1 with normal stocks). */
    public double fuelMobility = 1.0;
    /** Bamako's price and stock, for the junta's and recorders' reading. */
    public double bamakoPrice;
    public double bamakoStockDays;
    /** Fuel stocks and flows; set when the fuel submodel is built. */
    public FuelLedger fuel;

    // This week's tallies.
    public int weekViolentEvents;
    public double weekFatalities;
    public double weekCivilianFatalities;

    public WorldState(Geography geo) {
        this.geo = geo;
        this.cells = geo.cellCount();
        control = new double[Side.COUNT][cells];
        support = new double[Side.COUNT][cells];
        harmGrievance = new double[Side.COUNT][cells];
        grievanceState = new double[cells];
        hardship = new double[cells];
        presence = new double[Force.COUNT][cells];
        plannedPresence = new double[Force.COUNT][cells];
        civiliansKilledBy = new double[Side.COUNT][cells];
        violence = new int[cells];
        killed = new double[cells];
        fuelPrice = new double[cells];
        stateMayOperate = new boolean[cells];
        Arrays.fill(stateMayOperate, true);
        lastEngagementSetBattle = new boolean[cells];
        rural = new boolean[cells];
        Arrays.fill(rural, true);
        geo.towns().forEach(t -> rural[t.cell()] = false);
        blockadedRegion = new boolean[geo.regions().size()];
    }

    /** Civilians a force kills per engagement it fights. */
    public double civilianHarmRate(int force) {
        return civilianHarm[force];
    }

    /** Total troops of a side present in a cell. */
    public double sidePresence(Side side, int cell) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == side) s += presence[f][cell];
        return s;
    }

    /** The side that dominates a cell at the given threshold, or null when contested. */
    public Side dominant(int cell, double threshold) {
        Side best = null;
        double bestShare = threshold;
        for (int s = 0; s < Side.COUNT; s++) {
            if (control[s][cell] >= bestShare) {
                best = Side.of(s);
                bestShare = control[s][cell];
            }
        }
        return best;
    }

    /** Sets each force's strength to the sum of its presence (after combat, recruitment). */
    public void recountStrength() {
        for (int f = 0; f < Force.COUNT; f++) {
            double s = 0;
            for (double p : presence[f]) s += p;
            strength[f] = s;
        }
    }

    /** Scales a force's presence everywhere so its strength becomes {@code target}. */
    public void scaleForce(Force force, double target) {
        int f = force.ordinal();
        double now = 0;
        for (double p : presence[f]) now += p;
        if (now <= 0) {
            // Nobody on the ground yet: arrive where the force plans to be, or in Bamako.
            double planned = 0;
            for (double p : plannedPresence[f]) planned += p;
            if (planned > 0) {
                for (int c = 0; c < cells; c++) presence[f][c] = target * plannedPresence[f][c] / planned;
            } else {
                int bamako = geo.town("bamako") != null ? geo.town("bamako").cell() : 0;
                presence[f][bamako] = target;
            }
        } else {
            double k = target / now;
            for (int c = 0; c < cells; c++) presence[f][c] *= k;
        }
        strength[f] = target;
    }
}
