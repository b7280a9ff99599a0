package org.sahelsim.model.actors;

import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.operations.Planner;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;

/**
 * An insurgent armed group (JNIM, IS Sahel, the separatists): it deploys where grievance is high,
 * the state is weak and its side already holds the next cell, by its priorities, and recruits
 * where aggrieved people support it and its fighters are near.
 *
 * <p>Recruitment per cell and week: {@code recruitment × (population/1000) × support × grievance^γ
 * × nearness × headroom}, where nearness is its presence over the density that counts as full presence
 * (capped at 1), or its control of the cell — recruiters must be there — and headroom is how far
 * the group is from the most fighters the ground it governs can give it ({@link #headroom}). A
 * group whose ground continues across the border counts the people there too, cell by cell
 * ({@link Hinterland}).
 */
public class Insurgency extends ArmedActor {
    private static final long serialVersionUID = 1L;

    private final double recruitGrievance;
    /** Fighters a group can keep per person of the ground it governs (fighting-age men × armed share); infinite: no ceiling. */
    private final double armedPerPerson;
    private final double troopsPerKm2;
    private final Planner planner;
    /** The group's money: the fighters it can pay (unlimited: men alone set the ceiling). */
    private final WarChest chest;
    /** The people across the border its ground continues into ({@link Hinterland}). */
    private Hinterland across = Hinterland.none();
    /** Each cell's recruits this week; scratch, kept from week to week. */
    private transient double[] recruits;

    /** The density of fighters that counts as full presence, per km². */
    protected double troopsPerKm2() {
        return troopsPerKm2;
    }

    /**
     * Insurgents need fuel and food too: under the rural fuel restriction they move slower, in
     * proportion to the share of their fighters in the rural cells it covers.
     */
    @Override
    public double mobility(WorldState w) {
        double fuel = 1;
        if (w.ruralFuelRestriction) {
            int f = force.ordinal();
            double in = 0;
            double all = 0;
            for (int c = 0; c < w.cells; c++) {
                all += w.presence[f][c];
                if (w.fuelRestricted(c)) in += w.presence[f][c];
            }
            fuel = 1 - w.insurgentFuelDependence * (all > 0 ? in / all : 0);
        }
        return params.mobility() * fuel;
    }

    public Insurgency(Force force, ForceParams params, double recruitGrievance, double troopsPerKm2, Planner planner) {
        this(force, params, recruitGrievance, Double.POSITIVE_INFINITY, troopsPerKm2, planner);
    }

    /**
     * @param armedPerPerson fighters the group can keep armed and paid per person of the ground it
     *                       governs: its recruitment ceiling
     */
    public Insurgency(Force force, ForceParams params, double recruitGrievance, double armedPerPerson, double troopsPerKm2, Planner planner) {
        this(force, params, recruitGrievance, armedPerPerson, WarChest.unlimited(), troopsPerKm2, planner);
    }

    /**
     * @param armedPerPerson fighters the group can keep armed per person of the ground it governs
     * @param chest          its money: the fighters the ground it governs pays for
     */
    public Insurgency(Force force, ForceParams params, double recruitGrievance, double armedPerPerson, WarChest chest, double troopsPerKm2, Planner planner) {
        super(force, params);
        this.chest = chest;
        this.recruitGrievance = recruitGrievance;
        this.armedPerPerson = armedPerPerson;
        this.troopsPerKm2 = troopsPerKm2;
        this.planner = planner;
    }

    /**
     * Gives the group its ground across the border: the people there count in its ceiling, its
     * levy and its recruits where it holds the cells along the border (ODD §7.2).
     */
    public Insurgency across(Hinterland hinterland) {
        this.across = hinterland;
        return this;
    }

    @Override
    public List<MenuItem> operations(WorldState w, Week week, ec.util.MersenneTwisterFast random) {
        return planner.menuItems(w, week, force.side(), List.of(force), random);
    }

    /**
     * The month's deployment, then the group's operations against places; its standing campaign
     * (a drive, a stand at its towns, terror) bends where its fighters go and what they do.
     */
    @Override
    public void decide(WorldState w, Week week) {
        super.decide(w, week);
        planner.plan(w, week, force.side(), List.of(force));
        w.campaigns.concentrate(w, force);
        w.campaigns.terrorise(w, force, troopsPerKm2);
    }

    /**
     * The share of its recruiting the group can still do, {@code max(0, 1 − fighters / ceiling)},
     * where the ceiling is the lesser of the men and the money: {@code armedPerPerson} times the
     * people of the ground it governs (each cell's people times its control or administration
     * there, whichever is more), and the fighters its war chest pays ({@link WarChest}). Men of
     * fighting age come from the ground a group holds; their pay comes from the trade there.
     */
    public double headroom(WorldState w) {
        double ceiling = ceiling(w);
        if (Double.isInfinite(ceiling)) return 1;
        return ceiling > 0 ? Math.max(0, 1 - w.strength[force.ordinal()] / ceiling) : 0;
    }

    /** The most fighters the group can keep: the lesser of its men's ceiling and the fighters its money pays. */
    public double ceiling(WorldState w) {
        WarChest.Ground ground = chest.ground(w, force.side(), across);
        double men = Double.isInfinite(armedPerPerson) ? Double.POSITIVE_INFINITY : armedPerPerson * ground.people();
        return Math.min(men, chest.payableFighters(ground)) * (1 - w.splitAway[force.side().ordinal()]);
    }

    /** The fighters the group's war chest pays ({@link WarChest#payableFighters}); infinite for an unlimited purse. */
    public double payable(WorldState w) {
        return chest.payableFighters(chest.ground(w, force.side(), across));
    }

    @Override
    public void recruit(WorldState w) {
        int f = force.ordinal();
        int s = force.side().ordinal();
        double headroom = headroom(w);
        if (headroom <= 0) return;
        int n = w.cells;
        if (recruits == null || recruits.length != n || perCellOf != w.geo || acrossOf != across) fixPerCell(w);
        double[] added = recruits;
        double[] nearBy = near;
        double[] coerced = fullCoercion;
        double[] base = recruitBase;
        boolean separatists = force == Force.SEPARATISTS;
        boolean linear = recruitGrievance == 1.0;
        w.presenceMoved(f);
        // Each cell's recruits from its own values, on the run's threads; their sum, in the cells' order, after.
        deployment().cells().sweep(n, (from, to) -> {
            double[] presence = w.presence[f];
            double[] control = w.control[s];
            double[] support = w.support[s];
            double[] grievanceState = w.grievanceState;
            // How near the group is, every cell of the block in one branch-free pass (several cells an instruction).
            for (int c = from; c < to; c++) nearBy[c] = Math.min(1, presence[c] / coerced[c] + control[c]);
            for (int c = from; c < to; c++) {
                added[c] = 0;
                double near = nearBy[c];
                if (near <= 0) continue;
                double grievance = separatists ? Math.max(grievanceState[c], support[c]) : grievanceState[c];
                // Math.pow(g, 1.0) is g exactly (its contract), so the default skips the call.
                double r = base[c] * support[c] * (linear ? grievance : Math.pow(grievance, recruitGrievance)) * near * headroom;
                presence[c] += r;
                added[c] = r;
            }
        });
        double recruited = w.troops.recruited[f];
        for (int c = 0; c < n; c++) if (added[c] != 0) recruited += added[c];
        w.troops.recruited[f] = recruited;
    }

    /**
     * The per-cell factors of {@link #recruit} that do not change from week to week, each the same
     * product as before in the same order: the troops that coerce the whole cell
     * ({@code troopsPerKm2 × km²}) and {@code recruitment × (people + people across) / 1000}.
     */
    private void fixPerCell(WorldState w) {
        int n = w.cells;
        recruits = new double[n];
        near = new double[n];
        fullCoercion = new double[n];
        recruitBase = new double[n];
        double recruitment = params.recruitment();
        for (int c = 0; c < n; c++) {
            fullCoercion[c] = troopsPerKm2 * w.geo.areaKm2(c);
            recruitBase[c] = recruitment * (w.geo.population(c) + across.people(c)) / 1000.0;
        }
        perCellOf = w.geo;
        acrossOf = across;
    }

    /** Scratch of {@link #recruit}, kept from week to week: each cell's nearness, and the fixed factors with the map and hinterland they came from. */
    private transient double[] near;
    private transient double[] fullCoercion;
    private transient double[] recruitBase;
    private transient Object perCellOf;
    private transient Hinterland acrossOf;
}
