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

    public final Geography geo;
    public final int cells;

    /** Share of each cell held by each side; the rest of the cell is contested. */
    public final double[][] control;
    /** Share of each cell's people supporting each side; the rest are neutral. */
    public final double[][] support;
    /** Each side's administration of each cell (courts, tax, pacts, officials), 0–1: {@code administration[side][cell]}. */
    public final double[][] administration;
    /**
     * Each side's standing armed presence in each cell, 0–1 of full coercion: its coercion there
     * averaged over the last weeks (control's {@code hold_weeks}), never above this week's. A side
     * takes a cell by standing in it, not by passing through: {@code standing[side][cell]}.
     */
    public final double[][] standing;
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
    /** Months each side has still to go without a leader to plan its operations (0: led). */
    public final int[] leaderlessMonths = new int[Side.COUNT];
    /** The share of each side's men gone with rivals after its leaders were killed, for good (0: whole). */
    public final double[] splitAway = new double[Side.COUNT];
    /** This week's incidents in which civilians were killed, waiting to be logged (in the order they happened). */
    public final java.util.List<Incident> incidents = new java.util.ArrayList<>();
    /** Violent events in each cell this week. */
    public final int[] violence;
    /** This week's chance a convoy is hit in each cell (on roads), from the fuel submodel. */
    public final double[] roadDanger;
    /** Fuel price in each cell this week, CFA per litre. */
    public final double[] fuelPrice;
    /** Whether state forces may operate in a cell (false in a neighbour's no-go zone). */
    public final boolean[] stateMayOperate;
    /**
     * The shelter a neighbour that objects gives each cell near its border, 0–1
     * ({@code actors.BorderShelter}): the share of the state's strikes and of the worth of its
     * operations there that it gives up to the risk of an incident with the neighbour.
     */
    public final double[] shelter;
    /** Whether a cell is rural (no town in it). */
    public final boolean[] rural;

    /** National strength of each force (sum of its presence). */
    public final double[] strength = new double[Force.COUNT];
    public final double[] quality = new double[Force.COUNT];
    public final double[] airPower = new double[Force.COUNT];
    public final double[] isr = new double[Force.COUNT];
    public final double[] engagement = new double[Force.COUNT];
    public final double[] civilianHarm = new double[Force.COUNT];
    /** Each force's mandated strength: its start, then the level its latest arrival or departure aims at. */
    public final double[] mandate = new double[Force.COUNT];
    /** How far each force's columns travel in a week on operations, km. */
    public final double[] speedKmWeek = new double[Force.COUNT];
    /** Whether the last engagement in each cell was a set battle (else an ambush or raid). */
    public final boolean[] lastEngagementSetBattle;
    /** Who fights whom (war, truce, alliance); its only writer. */
    public final Relations relations;
    /** Whether each pair of sides fights: {@code hostile[a][b]}, as {@link #relations} sets it. */
    public final boolean[][] hostile = new boolean[Side.COUNT][Side.COUNT];

    // National policies and conditions, set by actors and events.
    public boolean ruralFuelRestriction;
    /** The regions whose rural areas the rural fuel restriction covers while it holds: {@code [region]}. */
    public final boolean[] ruralRestrictionScope;
    public boolean taxCut;
    public boolean sanctions;
    public double sanctionsRevenueLoss;
    /** JNIM's blockade of fuel imports (its own writer: declare and lift through it). */
    public final Blockade blockade;
    /** The state's intentions to take named places. */
    public final Intentions intentions = new Intentions();
    /** The armed groups' standing campaigns: where they concentrate, and terror. */
    public final Campaigns campaigns = new Campaigns();
    /** Every place's holder, garrison and supplies (none held until initialised). */
    public Places places;
    /** The operations under way, in the order they were launched. */
    public final java.util.List<org.sahelsim.model.operations.Operation> operations = new java.util.ArrayList<>();
    /** Each force's troops killed since the last monthly decisions (what patrons count). */
    public final double[] killedSinceDecisions = new double[Force.COUNT];
    /** Civilians the state's forces killed since the last monthly decisions (what the UN reports, what erodes legitimacy). */
    public double stateAbusesSinceDecisions;
    /** Extra hardship from an exogenous shock (a drought), 0–1. */
    public double droughtHardship;
    /** The gold price, US$ a tonne (the scenario's, until a shock moves it). */
    public double goldUsdPerTonne;
    /** Changes to legitimacy waiting for the monthly update (a foreign force gone, a coup). */
    public double legitimacyShock;
    /**
     * What the defeats the people remember have cost the state's legitimacy for good (0 or less): a
     * lasting term of the legitimacy it moves toward (ODD §7.2), set by the routs of its columns.
     */
    public double legitimacyStanding;
    /** Share of the insurgents' mobility lost while rural fuel sales are restricted. */
    public double insurgentFuelDependence;
    /** The normal fuel price, CFA a litre (what prices are read against). */
    public double normalFuelPrice;
    /** Orders players give actors for the coming month (none: every actor follows its rule). */
    public final Orders orders = new Orders();
    /** Whether the run's actors take the dated decisions themselves. */
    public boolean freeDecisions;
    /** Where each force's troops came from and went this week. */
    public final TroopLedger troops = new TroopLedger();
    /** This week's tallies of violence per region: events and fatalities. */
    public final int[] regionEvents;
    public final double[] regionFatalities;
    public boolean escortConvoys;
    /** FAMa troops taken from the field to escort fuel convoys (part of its strength, in no cell). */
    public double escortTroops;
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
    /** Civilians each side's forces killed this week, in every cell (the week's civilian fatalities by side). */
    public final double[] weekCiviliansKilledBy = new double[Side.COUNT];

    /**
     * Counts violence in this week's tallies: {@code events} violent events in {@code cell} that
     * killed {@code fatalities} people, in the cell, the week's totals and the cell's region.
     */
    public void tallyViolence(int cell, int events, double fatalities) {
        violence[cell] += events;
        weekViolentEvents += events;
        weekFatalities += fatalities;
        int r = geo.region(cell);
        regionEvents[r] += events;
        regionFatalities[r] += fatalities;
    }

    public WorldState(Geography geo) {
        this.geo = geo;
        this.cells = geo.cellCount();
        control = new double[Side.COUNT][cells];
        support = new double[Side.COUNT][cells];
        administration = new double[Side.COUNT][cells];
        standing = new double[Side.COUNT][cells];
        harmGrievance = new double[Side.COUNT][cells];
        grievanceState = new double[cells];
        hardship = new double[cells];
        presence = new double[Force.COUNT][cells];
        plannedPresence = new double[Force.COUNT][cells];
        civiliansKilledBy = new double[Side.COUNT][cells];
        violence = new int[cells];
        fuelPrice = new double[cells];
        roadDanger = new double[cells];
        stateMayOperate = new boolean[cells];
        Arrays.fill(stateMayOperate, true);
        shelter = new double[cells];
        lastEngagementSetBattle = new boolean[cells];
        rural = new boolean[cells];
        Arrays.fill(rural, true);
        geo.towns().forEach(t -> rural[t.cell()] = false);
        blockade = new Blockade(geo.regions().size());
        ruralRestrictionScope = new boolean[geo.regions().size()];
        Arrays.fill(ruralRestrictionScope, true);
        relations = new Relations(geo.regions().size());
        places = Places.none(geo.places());
        regionEvents = new int[geo.regions().size()];
        regionFatalities = new double[geo.regions().size()];
    }

    /** Whether the rural fuel restriction holds in a cell this week (restricted, rural, in its scope). */
    public boolean fuelRestricted(int cell) {
        return ruralFuelRestriction && rural[cell] && ruralRestrictionScope[geo.region(cell)];
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
        return dominant(control, cell, threshold);
    }

    /** The side that dominates a cell of a control grid ({@code [side][cell]}) at the given threshold, or null when contested. */
    public static Side dominant(double[][] control, int cell, double threshold) {
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

    /**
     * Each force's troops in the field as last counted, and whether its row of {@link #presence}
     * has been written since ({@link #presenceMoved}); none until the first count (and none in a
     * run resumed from a checkpoint, which counts every row again).
     */
    private transient double[] fieldCounted;
    private transient boolean[] fieldMoved;
    private transient int[] movedRows;

    /** Sets each force's strength to the sum of its troops in the field, in garrisons, on operations and (FAMa's) on escort. */
    public void recountStrength() {
        // The forces' field troops, each summed in the cells' order as fieldStrength adds it.
        if (fieldCounted == null) {
            fieldCounted = new double[Force.COUNT];
            fieldMoved = new boolean[Force.COUNT];
            movedRows = new int[Force.COUNT];
        }
        cellSweep().rowTotals(presence, cells, fieldCounted);
        java.util.Arrays.fill(fieldMoved, false);
        addPlacedTroops();
    }

    /**
     * {@link #recountStrength} counting again only the rows of {@link #presence} written since the
     * last count ({@link #presenceMoved}): every other row's sum is the one counted then, to the bit.
     * For the submodels, which mark every row they write.
     */
    public void recountMovedStrength() {
        if (fieldCounted == null) {
            recountStrength();
            return;
        }
        // The marked rows, each summed in the cells' order, several side by side.
        int moved = 0;
        for (int f = 0; f < Force.COUNT; f++) if (fieldMoved[f]) movedRows[moved++] = f;
        if (moved > 0) {
            double[][] rows = new double[moved][];
            for (int i = 0; i < moved; i++) rows[i] = presence[movedRows[i]];
            double[] totals = new double[moved];
            cellSweep().rowTotals(rows, cells, totals);
            for (int i = 0; i < moved; i++) fieldCounted[movedRows[i]] = totals[i];
            java.util.Arrays.fill(fieldMoved, false);
        }
        assert java.util.Arrays.equals(fieldCounted, fieldTotals()) : "a row of presence was written without presenceMoved";
        addPlacedTroops();
    }

    private double[] fieldTotals() {
        double[] totals = new double[Force.COUNT];
        org.sahelsim.model.submodels.CellSweep.totals(presence, cells, totals);
        return totals;
    }

    private void addPlacedTroops() {
        for (int g = 0; g < Force.COUNT; g++) strength[g] = fieldCounted[g] + places.garrisoned(g) + onOperations(g);
        strength[Force.FAMA.ordinal()] += escortTroops;
    }

    /** Marks force {@code f}'s row of {@link #presence} as written: the next count adds it up again. */
    public void presenceMoved(int f) {
        if (fieldMoved != null) fieldMoved[f] = true;
        presenceWrites[f]++;
    }

    /** Marks every force's row of {@link #presence} as written. */
    public void presenceMoved() {
        if (fieldMoved != null) java.util.Arrays.fill(fieldMoved, true);
        for (int f = 0; f < Force.COUNT; f++) presenceWrites[f]++;
    }

    /**
     * How many times force {@code f}'s row of {@link #presence} has been marked written
     * ({@link #presenceMoved}) in this state's life in memory: a reader that keeps something it
     * worked out from the row may keep it while the count stands. A state read back from a
     * checkpoint starts again from zero: compare counts of one state object only.
     */
    public long presenceWrites(int f) {
        return presenceWrites[f];
    }

    private transient long[] presenceWrites = new long[Force.COUNT];

    /** A state read back from a checkpoint: its counts of writes start again. */
    private Object readResolve() {
        if (presenceWrites == null) presenceWrites = new long[Force.COUNT];
        return this;
    }

    /** Troops of force {@code f} escorting fuel convoys (only FAMa escorts). */
    public double escorting(int f) {
        return f == Force.FAMA.ordinal() ? escortTroops : 0;
    }

    /** Troops of force {@code f} in the field (its presence summed over the cells). */
    public double fieldStrength(int f) {
        double s = 0;
        for (double p : presence[f]) s += p;
        return s;
    }

    /** Troops of force {@code f} on operations under way. */
    public double onOperations(int f) {
        double s = 0;
        for (var op : operations) if (!op.done) s += op.troops[f];
        return s;
    }

    /**
     * Adds troops to a force in the field: in proportion to where its troops already are, or
     * where it plans to be, or in Bamako when it has neither (a first arrival).
     */
    public void addToField(Force force, double troops) {
        if (troops <= 0) return;
        int f = force.ordinal();
        presenceMoved(f);
        double now = fieldStrength(f);
        if (now <= 0) {
            double planned = 0;
            for (double p : plannedPresence[f]) planned += p;
            if (planned > 0) {
                for (int c = 0; c < cells; c++) presence[f][c] = troops * plannedPresence[f][c] / planned;
            } else {
                int bamako = geo.town("bamako") != null ? geo.town("bamako").cell() : 0;
                presence[f][bamako] = troops;
            }
        } else {
            double k = (now + troops) / now;
            for (int c = 0; c < cells; c++) presence[f][c] *= k;
        }
        strength[f] += troops;
    }

    /** Takes up to {@code troops} out of a force's field presence, everywhere in proportion; returns how many. */
    public double removeFromField(Force force, double troops) {
        int f = force.ordinal();
        double now = fieldStrength(f);
        if (now <= 0 || troops <= 0) return 0;
        presenceMoved(f);
        double taken = Math.min(now, troops);
        double k = (now - taken) / now;
        for (int c = 0; c < cells; c++) presence[f][c] *= k;
        strength[f] -= taken;
        return taken;
    }

    /**
     * Puts {@code troops} of FAMa's field army on convoy escort (as many as there are in the field):
     * they stay in its strength, in no cell, until {@link #stopEscorts}. Returns how many went.
     */
    public double startEscorts(double troops) {
        double taken = removeFromField(Force.FAMA, troops);
        escortTroops += taken;
        strength[Force.FAMA.ordinal()] += taken;
        escortConvoys = true;
        return taken;
    }

    /** Brings every escort back to FAMa's field army and stops escorting; returns how many came back. */
    public double stopEscorts() {
        double back = escortTroops;
        escortTroops = 0;
        strength[Force.FAMA.ordinal()] -= back;
        addToField(Force.FAMA, back);
        escortConvoys = false;
        return back;
    }

    /**
     * The run's threads for its cells, for the submodels that take them from the world (the
     * schedule owns them and gives them to the others): the same results on any number.
     */
    private org.sahelsim.model.submodels.CellSweep cellSweep;

    /** The threads that sweep this run's cells: the calling thread alone unless the run's schedule gives more. */
    public org.sahelsim.model.submodels.CellSweep cellSweep() {
        if (cellSweep == null) cellSweep = org.sahelsim.model.submodels.CellSweep.on(1);
        return cellSweep;
    }

    /** Sweeps this run's cells with {@code sweep} from now on. */
    public void sweepCellsWith(org.sahelsim.model.submodels.CellSweep sweep) {
        this.cellSweep = sweep;
    }
}
