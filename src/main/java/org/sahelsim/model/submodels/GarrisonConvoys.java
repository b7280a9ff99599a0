package org.sahelsim.model.submodels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.FuelParams;
import org.sahelsim.model.params.GarrisonSupplyParams;
import org.sahelsim.model.world.Place;
import org.sahelsim.model.world.PlaceKind;
import org.sahelsim.model.world.RoadNetwork;
import org.sahelsim.model.world.RoadSegment;

/**
 * The state's garrisons supplied by road from Bamako (ODD §7.10, "Garrisons on the roads"). Each
 * week a supply convoy leaves Bamako for each state garrison that no siege shuts in, along the
 * road route it is likeliest to survive; on each road cell it is stopped with the week's convoy
 * danger there (the fuel submodel's, with the blockade's multiplier where JNIM blockades) times
 * {@code fuel.loss_per_hit}, times the escort's factor if escorted. So a convoy gets through with
 * chance {@code Π (1 − danger_c × escort × loss_per_hit)} over the cells of its route, and it does
 * or does not, a draw a place a week. While the army escorts the fuel convoys it also escorts
 * {@code escorted_runs} garrison convoys a week, to the garrisons worth most to the junta among
 * those the escort would help. No convoy leaves while Bamako's depot is down to its security
 * stock (the army's fuel is the city's), save to the garrisons at the depot itself.
 *
 * <p>A garrison not reached eats its stores and projects less as they fall ({@code Places#cutOff}).
 * The junta withdraws a garrison whose stores are down to {@code abandon_days} when a convoy's chance
 * to reach it is below {@code abandon_below}: its troops fall back to the field beside it, the place
 * stands empty, and its fall is news to its region's garrisons ({@link Routs}), each of which breaks
 * with a drawn chance. The capital is never withdrawn. Reads the world, never the date.
 */
final class GarrisonConvoys implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** A road cell's survival taken as closed: below this, the road is shut (e^-46), not missing. */
    private static final double CLOSED = 1e-20;

    private final GarrisonSupplyParams p;
    private final double lossPerHit;
    private final double escortFactor;
    private final double securityStockDays;
    private final Routs routs;
    private transient double[] segCost;
    private transient double[] dist;
    private transient double[] distEscorted;

    GarrisonConvoys(GarrisonSupplyParams params, FuelParams fuel, Routs routs) {
        this.p = params;
        this.lossPerHit = fuel.lossPerHit();
        this.escortFactor = Math.max(0, 1 - fuel.escortProtection() * fuel.escortTroopsPerConvoy() / 100.0);
        this.securityStockDays = fuel.securityStockDays();
        this.routs = routs;
    }

    /** The chance a convoy survives a road cell whose week's danger is {@code danger}, with the escort's factor {@code escort} (1 unescorted). */
    static double cellSurvival(double danger, double escort, double lossPerHit) {
        return Math.max(0, 1 - Math.min(1, danger) * escort * lossPerHit);
    }

    /**
     * The chance a convoy from Bamako reaches each road node this week, on the route it is likeliest
     * to survive: {@code exp(−d)}, d the shortest path where a segment costs {@code −Σ ln(survival)}
     * over its cells. {@code escort} is the escort's factor (1 unescorted). A node no road from
     * Bamako leads to gets {@code NaN}: its garrison is not supplied by road (river, air) and is
     * refilled as before.
     */
    double[] reach(WorldState w, int from, double escort, double[] into) {
        RoadNetwork roads = w.geo.roads();
        List<RoadSegment> segments = roads.segments();
        if (segCost == null || segCost.length != segments.size()) segCost = new double[segments.size()];
        for (int s = 0; s < segments.size(); s++) {
            double cost = 0;
            for (int c : segments.get(s).cells()) {
                double survive = cellSurvival(w.roadDanger[c], escort, lossPerHit);
                // A cell no convoy survives still leads somewhere: a cost so high no convoy gets through, not no road.
                cost += survive <= CLOSED ? -Math.log(CLOSED) : -Math.log(survive);
            }
            segCost[s] = cost;
        }
        roads.shortestPaths(from, segCost, into);
        for (int n = 0; n < into.length; n++) into[n] = Double.isInfinite(into[n]) ? Double.NaN : Math.exp(-into[n]);
        return into;
    }

    /**
     * This week's supplies of the state's garrisons that no siege shuts in: each eats its week,
     * is refilled in full if its convoy gets through, or is cut off; those cut off and out of reach
     * are withdrawn. Writes {@code cutOff} for every place (false for all but the state's cut-off
     * garrisons). Returns the places cut off this week (for the airlift).
     */
    boolean[] supply(WorldState w, Week week) {
        Places pl = w.places;
        int n = pl.count();
        int bamako = w.geo.roads().nodeIndex("bamako");
        int nodes = w.geo.roads().nodes().size();
        if (dist == null || dist.length != nodes) {
            dist = new double[nodes];
            distEscorted = new double[nodes];
        }
        boolean fuelLeft = w.bamakoStockDays > securityStockDays;
        double[] chance = reach(w, bamako, 1, dist);
        double[] escorted = w.escortConvoys ? reach(w, bamako, escortFactor, distEscorted) : chance;
        double[] odds = new double[n];
        List<Integer> served = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            pl.cutOff[q] = false;
            if (!served(pl, q)) continue;
            int node = pl.place(q).roadNode();
            if (node < 0 || node == bamako || Double.isNaN(chance[node])) {
                odds[q] = 1;
            } else {
                odds[q] = fuelLeft ? chance[node] : 0;
                if (fuelLeft && escorted[node] > chance[node]) served.add(q);
            }
        }
        // The few escorts go to the garrisons worth most to the junta (ties by place).
        served.sort(Comparator.<Integer>comparingDouble(q -> -pl.worth[Side.STATE.ordinal()][q]).thenComparingInt(q -> q));
        for (int k = 0; k < Math.min(p.escortedRuns(), served.size()); k++) {
            int q = served.get(k);
            odds[q] = escorted[pl.place(q).roadNode()];
        }
        boolean[] cut = new boolean[n];
        for (int q = 0; q < n; q++) {
            if (!served(pl, q)) continue;
            pl.supplyDays[q] = Math.max(0, pl.supplyDays[q] - 7);
            boolean through = odds[q] >= 1 || week.random().nextDouble() < odds[q];
            if (through) {
                pl.supplyDays[q] = pl.supplyCapacity[q];
                continue;
            }
            cut[q] = true;
            pl.cutOff[q] = true;
            if (pl.supplyDays[q] <= p.abandonDays() && odds[q] < p.abandonBelow() && pl.place(q).kind() != PlaceKind.CAPITAL) {
                withdraw(w, week, q, odds[q]);
                cut[q] = false;
            }
        }
        return cut;
    }

    /**
     * Where a withdrawn garrison goes: the cell of the nearest place the state holds that is not
     * cut off (a garrison pulls back to a town the convoys still reach), else the neighbouring cell
     * the state holds best.
     */
    static int fallBack(WorldState w, int from) {
        Places pl = w.places;
        Place origin = pl.place(from);
        int best = -1;
        double nearest = Double.POSITIVE_INFINITY;
        for (int q = 0; q < pl.count(); q++) {
            if (q == from || pl.holder[q] != Side.STATE.ordinal() || pl.cutOff[q] || pl.besiegedBy[q] != Places.NOBODY) continue;
            Place place = pl.place(q);
            double d = org.sahelsim.model.world.Earth.distanceKm(origin.lon(), origin.lat(), place.lon(), place.lat());
            if (d < nearest) {
                nearest = d;
                best = q;
            }
        }
        return best >= 0 ? pl.place(best).cell() : Operations.refuge(w, Side.STATE, origin.cell());
    }

    /**
     * The state's airlift, troop-days a week, given to the places that need it ({@code need[q]}, a
     * week's troop-days; 0 for none) in the order of their worth to the junta, each its whole week
     * until the airlift runs out: the junta flies to the garrisons it most wants to keep.
     */
    static double[] airlift(double airlift, double[] need, double[] worth) {
        int n = need.length;
        Integer[] order = new Integer[n];
        for (int q = 0; q < n; q++) order[q] = q;
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(q -> -worth[q]).thenComparingInt(q -> q));
        double[] given = new double[n];
        double left = airlift;
        for (int q : order) {
            if (need[q] <= 0 || left <= 0) continue;
            given[q] = Math.min(need[q], left);
            left -= given[q];
        }
        return given;
    }

    /** Whether place {@code q} is one of the state's garrisons that no siege shuts in. */
    static boolean served(Places pl, int q) {
        return pl.holder[q] == Side.STATE.ordinal() && pl.besiegedBy[q] == Places.NOBODY && pl.garrisonTotal(q) > 0;
    }

    /** The junta withdraws the garrison of place {@code q}: its troops to the field beside it, the place empty, its region's garrisons told. */
    private void withdraw(WorldState w, Week week, int q, double odds) {
        Places pl = w.places;
        Place place = pl.place(q);
        double troops = pl.sideGarrison(Side.STATE, q);
        int refuge = fallBack(w, q);
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() != Side.STATE || pl.garrison[f][q] <= 0) continue;
            w.presence[f][refuge] += pl.garrison[f][q];
            w.presenceMoved(f);
        }
        pl.clearGarrison(Side.STATE, q);
        pl.cutOff[q] = false;
        pl.vacate(q, ChangeOfHands.WITHDRAWAL, week, "garrison_withdrawn", List.of(Side.STATE.key()), String.format(Locale.ROOT,
                "The army withdraws its garrison of %.0f from %s: %.0f days of supply left and a convoy's chance to reach it %.0f%%",
                troops, place.name(), pl.supplyDays[q], 100 * odds));
        routs.after(w, week, q, Side.STATE);
    }
}
