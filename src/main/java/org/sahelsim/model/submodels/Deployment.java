package org.sahelsim.model.submodels;

import java.util.Map;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.Priorities;
import org.sahelsim.model.world.Mine;
import org.sahelsim.model.world.Region;

/**
 * Where a force wants its troops, and how they get there.
 *
 * <p>Planning (monthly): each priority is a feature of the cells normalised to sum to one over
 * the map, so a weight reads as "the share of the force given to this concern" (capital 0.3:
 * nearly a third guards Bamako). The weighted mix is multiplied by the force's regional
 * affinity and by a mask (cells the force may not enter), then scaled to its strength.
 *
 * <p>Movement (weekly): presence closes {@code mobility × fuelFactor} of the gap to the plan,
 * then is rescaled so the force's total is conserved.
 */
public final class Deployment {
    private Deployment() {
    }

    /** The priorities' features, in the order their terms are added to a cell's plan. */
    private static final int CAPITAL = 0;
    private static final int POPULATION = 1;
    private static final int MINES = 2;
    private static final int ROADS = 3;
    private static final int THREAT = 4;
    private static final int GRIEVANCE = 5;
    private static final int WEAKNESS = 6;
    private static final int FRONTIER = 7;
    private static final int HELD = 8;
    private static final int FEATURES = 9;

    /**
     * Writes the force's planned presence into {@code w.plannedPresence[force]}.
     *
     * <p>Two passes over the cells: the first works out each feature the force weighs in each
     * cell it may enter, keeps it, and adds it up over the map; the second adds each cell's
     * weighted, normalised features to its plan, in the features' order.
     *
     * @param mask cells the force may enter (null: all)
     */
    public static void plan(WorldState w, Force force, Priorities pr, boolean[] mask) {
        int n = w.cells;
        Side own = force.side();
        int bamako = w.geo.town("bamako") != null ? w.geo.town("bamako").cell() : -1;
        int capitalRegion = w.geo.regionIndex("bamako");
        double[] weights = {pr.capital(), pr.population(), pr.mines(), pr.roads(), pr.threat(), pr.grievance(), pr.weakness(), pr.frontier(), pr.held()};
        double[] affinity = new double[w.geo.regions().size()];
        Map<String, Double> aff = pr.regions();
        for (Region r : w.geo.regions()) {
            Double a = aff == null ? null : aff.get(r.id());
            affinity[r.index()] = a == null ? 1.0 : a;
        }
        // A mine weighs its output; an artisanal site of unknown output weighs as one tonne a year.
        // Few cells have one: their output, summed per cell in the mines' order, by cell.
        int[] mineCells = w.geo.mines().stream().mapToInt(Mine::cell).distinct().sorted().toArray();
        double[] mineOutput = new double[mineCells.length];
        for (Mine m : w.geo.mines()) {
            mineOutput[java.util.Arrays.binarySearch(mineCells, m.cell())] += Double.isNaN(m.tonnesPerYear()) ? 1 : m.tonnesPerYear();
        }
        boolean[] hostile = w.hostile[own.ordinal()];
        double[] ownControl = w.control[own.ordinal()];
        double[] stateControl = w.control[Side.STATE.ordinal()];
        double[] total = new double[FEATURES];
        // The first pass works out each weighed feature of each cell the force may enter and keeps
        // it (each cell's own, on the run's threads); the totals are then added up in the cells' order.
        double[][] col = w.deploymentFeatures(FEATURES);
        w.cellSweep().sweep(n, (from, to) -> {
            double[] feature = new double[FEATURES];
            int mine = java.util.Arrays.binarySearch(mineCells, from);
            if (mine < 0) mine = -mine - 1;
            for (int c = from; c < to; c++) {
                boolean mineHere = mine < mineCells.length && mineCells[mine] == c;
                if (mask == null || mask[c]) {
                    features(w, c, weights, hostile, ownControl, stateControl, bamako, capitalRegion, mineHere ? mineOutput[mine] : 0, feature);
                    for (int k = 0; k < FEATURES; k++) if (weights[k] > 0) col[k][c] = feature[k];
                }
                if (mineHere) mine++;
            }
        });
        for (int k = 0; k < FEATURES; k++) {
            if (weights[k] <= 0) continue;
            double[] column = col[k];
            double t = 0;
            for (int c = 0; c < n; c++) if (mask == null || mask[c]) t += column[c] * affinity[w.geo.region(c)];
            total[k] = t;
        }
        double[] plan = w.plannedPresence[force.ordinal()];
        java.util.Arrays.fill(plan, 0);
        double weightSum = 0;
        for (double x : weights) weightSum += x;
        boolean any = false;
        for (int k = 0; k < FEATURES; k++) any |= weights[k] > 0 && total[k] > 0;
        // Each weight's share, divided once a plan rather than once a cell (the same number: the
        // term below divides it first).
        double[] share = new double[FEATURES];
        for (int k = 0; k < FEATURES; k++) share[k] = weights[k] / weightSum;
        // The features that add to a plan, in their order.
        int[] used = new int[FEATURES];
        int uses = 0;
        for (int k = 0; k < FEATURES; k++) if (weights[k] > 0 && total[k] > 0) used[uses++] = k;
        int terms = uses;
        if (any) {
            // The second pass: each cell's plan from its own features, on the run's threads.
            w.cellSweep().sweep(n, (from, to) -> {
                for (int c = from; c < to; c++) {
                    if (mask != null && !mask[c]) continue;
                    double a = affinity[w.geo.region(c)];
                    double x = plan[c];
                    for (int u = 0; u < terms; u++) {
                        int k = used[u];
                        x += share[k] * col[k][c] * a / total[k];
                    }
                    plan[c] = x;
                }
            });
        }
        double sum = 0;
        for (double x : plan) sum += x;
        // Garrisons, columns on operations and convoy escorts are not the field army's to place.
        int fi = force.ordinal();
        double strength = Math.max(0, w.strength[fi] - w.places.garrisoned(fi) - w.onOperations(fi) - w.escorting(fi));
        if (sum <= 0) {
            if (bamako >= 0) plan[bamako] = strength;
            return;
        }
        for (int c = 0; c < n; c++) plan[c] = plan[c] / sum * strength;
    }

    /** The features of cell {@code c} the force weighs (those of weight 0 are left as they were). */
    private static void features(WorldState w, int c, double[] weights, boolean[] hostile, double[] ownControl, double[] stateControl,
                                 int bamako, int capitalRegion, double mineOutput, double[] out) {
        double people = w.geo.population(c);
        if (weights[CAPITAL] > 0) out[CAPITAL] = c == bamako || w.geo.region(c) == capitalRegion ? 1 : 0;
        if (weights[POPULATION] > 0) out[POPULATION] = people;
        if (weights[MINES] > 0) out[MINES] = mineOutput;
        if (weights[ROADS] > 0) out[ROADS] = w.geo.hasRoad(c) ? 1 : 0;
        if (weights[THREAT] > 0) {
            double enemy = 0;
            for (int f = 0; f < Force.COUNT; f++) if (hostile[Force.of(f).side().ordinal()]) enemy += w.presence[f][c];
            out[THREAT] = enemy;
        }
        if (weights[GRIEVANCE] > 0) out[GRIEVANCE] = w.grievanceState[c] * people;
        // Weakness: people out of the state's reach (recruits, zakat, food), not empty sand.
        if (weights[WEAKNESS] > 0) out[WEAKNESS] = people * (1 - stateControl[c]);
        if (weights[FRONTIER] > 0) {
            double near = 0;
            int deg = w.geo.neighbourCount(c);
            for (int k = 0; k < deg; k++) near += ownControl[w.geo.neighbour(c, k)];
            out[FRONTIER] = deg > 0 ? (near / deg) * (1 - ownControl[c]) + 1e-6 : 0;
        }
        if (weights[HELD] > 0) out[HELD] = ownControl[c] * people;
    }

    /** Moves a force toward its plan, conserving its strength. */
    public static void move(WorldState w, Force force, double rate) {
        int f = force.ordinal();
        double[] pres = w.presence[f];
        double[] plan = w.plannedPresence[f];
        double before = 0;
        double planned = 0;
        for (int c = 0; c < w.cells; c++) {
            before += pres[c];
            planned += plan[c];
        }
        if (before <= 0) return;
        if (planned <= 0) return;
        double after = 0;
        for (int c = 0; c < w.cells; c++) {
            pres[c] += rate * (plan[c] * before / planned - pres[c]);
            after += pres[c];
        }
        if (after > 0) {
            double k = before / after;
            for (int c = 0; c < w.cells; c++) pres[c] *= k;
        }
    }
}
