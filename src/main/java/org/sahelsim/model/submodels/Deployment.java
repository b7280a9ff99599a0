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

    /**
     * Writes the force's planned presence into {@code w.plannedPresence[force]}.
     *
     * @param mask cells the force may enter (null: all)
     */
    public static void plan(WorldState w, Force force, Priorities pr, boolean[] mask) {
        int n = w.cells;
        Side own = force.side();
        double[][] features = new double[9][n];
        int bamako = w.geo.town("bamako") != null ? w.geo.town("bamako").cell() : -1;
        int capitalRegion = w.geo.regionIndex("bamako");
        for (int c = 0; c < n; c++) {
            features[0][c] = c == bamako || w.geo.region(c) == capitalRegion ? 1 : 0;
            features[1][c] = w.geo.population(c);
            features[3][c] = w.geo.hasRoad(c) ? 1 : 0;
            double enemy = 0;
            double statePresence = 0;
            for (int f = 0; f < Force.COUNT; f++) {
                Side s = Force.of(f).side();
                if (w.hostile[own.ordinal()][s.ordinal()]) enemy += w.presence[f][c];
                if (s == Side.STATE) statePresence += w.presence[f][c];
            }
            features[4][c] = enemy;
            features[5][c] = w.grievanceState[c] * w.geo.population(c);
            // Weakness: people out of the state's reach (recruits, zakat, food), not empty sand.
            features[6][c] = w.geo.population(c) * (1 - w.control[Side.STATE.ordinal()][c]);
            double near = 0;
            int deg = w.geo.neighbourCount(c);
            for (int k = 0; k < deg; k++) near += w.control[own.ordinal()][w.geo.neighbour(c, k)];
            features[7][c] = deg > 0 ? (near / deg) * (1 - w.control[own.ordinal()][c]) + 1e-6 : 0;
            features[8][c] = w.control[own.ordinal()][c] * w.geo.population(c);
        }
        // A mine weighs its output; an artisanal site of unknown output weighs as one tonne a year.
        for (Mine m : w.geo.mines()) features[2][m.cell()] += Double.isNaN(m.tonnesPerYear()) ? 1 : m.tonnesPerYear();
        double[] weights = {pr.capital(), pr.population(), pr.mines(), pr.roads(), pr.threat(), pr.grievance(), pr.weakness(), pr.frontier(), pr.held()};
        double[] affinity = new double[w.geo.regions().size()];
        Map<String, Double> aff = pr.regions();
        for (Region r : w.geo.regions()) {
            Double a = aff == null ? null : aff.get(r.id());
            affinity[r.index()] = a == null ? 1.0 : a;
        }
        double[] plan = w.plannedPresence[force.ordinal()];
        java.util.Arrays.fill(plan, 0);
        double weightSum = 0;
        for (double x : weights) weightSum += x;
        for (int k = 0; k < features.length; k++) {
            if (weights[k] <= 0) continue;
            double total = 0;
            for (int c = 0; c < n; c++) if (mask == null || mask[c]) total += features[k][c] * affinity[w.geo.region(c)];
            if (total <= 0) continue;
            for (int c = 0; c < n; c++) {
                if (mask != null && !mask[c]) continue;
                plan[c] += weights[k] / weightSum * features[k][c] * affinity[w.geo.region(c)] / total;
            }
        }
        double sum = 0;
        for (double x : plan) sum += x;
        // Garrisons and columns on operations are not the field army's to place.
        int fi = force.ordinal();
        double strength = Math.max(0, w.strength[fi] - w.places.garrisoned(fi) - w.onOperations(fi));
        if (sum <= 0) {
            if (bamako >= 0) plan[bamako] = strength;
            return;
        }
        for (int c = 0; c < n; c++) plan[c] = plan[c] / sum * strength;
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
